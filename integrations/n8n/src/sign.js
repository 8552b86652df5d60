// ---- Sales Machine request signing: the ONE copy (integrations/n8n/src/sign.js). build.mjs injects it into
// every "Sign ..." Code node of the workflows; edit it here, run `node integrations/n8n/build.mjs`, never edit
// the copies in workflows/*.json.
//
// X-Sm-Signature = "sha256=" + hex(HMAC-SHA256(secret, timestamp + "." + functionName + "." + deliveryId + "." + body))
// over the exact body string that the HTTP Request node sends (it sends smBody raw, never re-serialised).
// Needs NODE_FUNCTION_ALLOW_BUILTIN=crypto (self-hosted n8n) and the environment variables
//   SM_WEBHOOK_SECRET  the shared secret (the API's SM_WEBHOOK_SECRET)          no default: required
//   SM_API_URL         the Sales Machine API base URL                           default http://localhost:3000
const smCrypto = require('crypto');

function smApiUrl() {
  return String($env.SM_API_URL || 'http://localhost:3000').replace(/\/+$/, '');
}

/** A stable delivery id from parts (A-Z a-z 0-9 . _ : - only, at most 200 characters). */
function smDeliveryId(...parts) {
  const id = parts.map((p) => String(p).replace(/[^A-Za-z0-9._:-]/g, '_')).join(':');
  return id.length <= 200 ? id : `${id.slice(0, 150)}:${smCrypto.createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
}

/** The hex SHA-256 of a value's JSON: a delivery id that stays the same when the same work is sent again. */
function smDigest(value) {
  return smCrypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

/** One signed call, as the fields the "Call Sales Machine" HTTP Request node reads. */
function smSign(functionName, payload, deliveryId) {
  const secret = $env.SM_WEBHOOK_SECRET;
  if (!secret) throw new Error('SM_WEBHOOK_SECRET is not set in the n8n environment');
  if (!/^[A-Za-z]+$/.test(functionName)) throw new Error(`not a function name: ${functionName}`);
  if (!/^[A-Za-z0-9._:-]{1,200}$/.test(deliveryId)) throw new Error(`not a delivery id: ${deliveryId}`);
  const body = JSON.stringify(payload); // serialised once; these exact characters are signed and sent
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const signature = smCrypto.createHmac('sha256', secret)
    .update(`${timestamp}.${functionName}.${deliveryId}.`)
    .update(body, 'utf8')
    .digest('hex');
  return {
    smFunction: functionName,
    smUrl: `${smApiUrl()}/${functionName}`,
    smBody: body,
    smTimestamp: timestamp,
    smSignature: `sha256=${signature}`,
    smDeliveryId: deliveryId,
  };
}
// ---- end of Sales Machine request signing

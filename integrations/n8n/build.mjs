#!/usr/bin/env node
// Writes integrations/n8n/workflows/*.json (importable n8n workflows) from the definitions below, injecting the
// one signing snippet (src/sign.js) into every "Sign ..." Code node.
//   node integrations/n8n/build.mjs          regenerate the committed workflows
//   node integrations/n8n/build.mjs --check  exit 1 if a committed workflow differs from what this file builds
// No secret is in any workflow: secrets are n8n credentials or environment variables (see docs/integration.md).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const SIGN = readFileSync(join(here, 'src', 'sign.js'), 'utf8').trimEnd();

// ---- credentials the workflows use (created in n8n by the user; ids are only placeholders n8n re-links by name)
const CRED = {
  search: { httpHeaderAuth: { id: 'smCredSearch0001', name: 'SM Search API' } },
  enrichment: { httpHeaderAuth: { id: 'smCredEnrich0001', name: 'SM Enrichment API' } },
  chat: { httpHeaderAuth: { id: 'smCredChat000001', name: 'SM Chat Completions' } },
  linkedin: { httpHeaderAuth: { id: 'smCredLinkedin01', name: 'SM LinkedIn API' } },
  calendar: { httpHeaderAuth: { id: 'smCredCalendar01', name: 'SM Calendar API' } },
  smtp: { smtp: { id: 'smCredSmtp000001', name: 'SM SMTP' } },
  imap: { imap: { id: 'smCredImap000001', name: 'SM IMAP' } },
};

// ---- environment variables with their documented defaults (expressions)
const env = (name, fallback) => `$env.${name} || ${JSON.stringify(fallback)}`;
const SEARCH_URL = env('SM_SEARCH_URL', 'https://search.example.com');
const ENRICHMENT_URL = env('SM_ENRICHMENT_URL', 'https://enrichment.example.com');
const LLM_BASE_URL = env('SM_LLM_BASE_URL', 'https://api.openai.com/v1');
const LLM_MODEL = env('SM_LLM_MODEL', 'gpt-4o-mini');
const LINKEDIN_URL = env('SM_LINKEDIN_URL', 'https://linkedin-provider.example.com');
const CALENDAR_URL = env('SM_CALENDAR_URL', 'https://calendar.example.com');

function uuid(seed) {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

class Flow {
  constructor(id, name, description) {
    this.id = id;
    this.name = name;
    this.description = description;
    this.nodes = [];
    this.connections = {};
    this.x = 0;
  }

  add(name, type, typeVersion, parameters, extra = {}, position) {
    const node = { parameters, id: uuid(`${this.id}/${name}`), name, type, typeVersion, position: position ?? [this.x, 300], ...extra };
    if (!position) this.x += 240;
    this.nodes.push(node);
    return name;
  }

  link(from, to, output = 0) {
    const c = (this.connections[from] ??= { main: [] });
    while (c.main.length <= output) c.main.push([]);
    c.main[output].push({ node: to, type: 'main', index: 0 });
  }

  chain(...names) {
    for (let i = 0; i + 1 < names.length; i++) this.link(names[i], names[i + 1]);
    return names[names.length - 1];
  }

  json() {
    return {
      id: this.id,
      name: this.name,
      nodes: this.nodes,
      connections: this.connections,
      active: false,
      settings: { executionOrder: 'v1', saveManualExecutions: true, callerPolicy: 'workflowsFromSameOwner' },
      pinData: {},
      meta: { templateCredsSetupCompleted: false, description: this.description },
      tags: [],
    };
  }

  // ---- building blocks

  triggers(schedule) {
    const manual = this.add('Run now', 'n8n-nodes-base.manualTrigger', 1, {}, {}, [0, 200]);
    const timer = this.add('Schedule', 'n8n-nodes-base.scheduleTrigger', 1.2, { rule: { interval: [schedule] } }, {}, [0, 400]);
    this.x = 240;
    return [manual, timer];
  }

  /** A Code node whose code starts with the signing snippet. */
  sign(name, code, mode = 'runOnceForAllItems') {
    return this.add(name, 'n8n-nodes-base.code', 2, { mode, language: 'javaScript', jsCode: `${SIGN}\n\n${code.trim()}\n` });
  }

  code(name, code, mode = 'runOnceForAllItems') {
    return this.add(name, 'n8n-nodes-base.code', 2, { mode, language: 'javaScript', jsCode: `${code.trim()}\n` });
  }

  /**
   * The one way every workflow calls Sales Machine: POST smUrl with the raw smBody and the three headers the
   * Sign node computed. Non-2xx fails the node (after 3 tries), so a 401 stops the execution with the API's answer.
   * tolerate: statuses that are an answer, not a failure (the item then carries {statusCode, body}).
   */
  call(name, tolerate = []) {
    const options = tolerate.length ? { response: { response: { fullResponse: true, neverError: true } } } : {};
    return this.add(name, 'n8n-nodes-base.httpRequest', 4.2, {
      method: 'POST',
      url: '={{ $json.smUrl }}',
      sendHeaders: true,
      headerParameters: {
        parameters: [
          { name: 'X-Sm-Timestamp', value: '={{ $json.smTimestamp }}' },
          { name: 'X-Sm-Signature', value: '={{ $json.smSignature }}' },
          { name: 'X-Sm-Delivery-Id', value: '={{ $json.smDeliveryId }}' },
          // n8n's default Accept includes text/*, which the API currently answers as a text/event-stream
          // (status inside, body not signed-checked): ask for JSON explicitly
          { name: 'Accept', value: 'application/json' },
        ],
      },
      sendBody: true,
      contentType: 'raw',
      rawContentType: 'application/json',
      body: '={{ $json.smBody }}',
      options,
    }, { retryOnFail: true, maxTries: 3, waitBetweenTries: 2000 });
  }

  /** After a tolerant call: fails on any status but 2xx and the tolerated ones, with the API's error. */
  checked(name, callName, tolerate) {
    return this.code(name, `
const tolerated = ${JSON.stringify(tolerate)};
return $input.all().map((item, i) => {
  const { statusCode, body } = item.json;
  const sent = $('${callName}').all()[i]?.json ?? {};
  if ((statusCode < 200 || statusCode > 299) && !tolerated.includes(statusCode)) {
    throw new Error(\`Sales Machine answered \${statusCode} to \${sent.smFunction ?? '${callName}'}: \${JSON.stringify(body)}\`);
  }
  return { json: { function: sent.smFunction, deliveryId: sent.smDeliveryId, statusCode, answer: body } };
});`);
  }

  /** A provider call with a Header Auth credential and a JSON body (an expression). */
  provider(name, method, url, credential, jsonBody, extra = {}) {
    const parameters = {
      method,
      url: `={{ ${url} }}`,
      authentication: 'genericCredentialType',
      genericAuthType: 'httpHeaderAuth',
      options: { timeout: 30000 },
    };
    if (jsonBody) Object.assign(parameters, { sendBody: true, specifyBody: 'json', jsonBody: `={{ ${jsonBody} }}` });
    return this.add(name, 'n8n-nodes-base.httpRequest', 4.2, parameters,
      { credentials: credential, retryOnFail: true, maxTries: 3, waitBetweenTries: 2000, ...extra });
  }
}

/** listWork, signed, for the user named by SM_ONLY_USER_ID (optional: default every user). */
const LIST_WORK = `
const only = $env.SM_ONLY_USER_ID;
const payload = only ? { userId: only, limit: 100 } : { limit: 100 };
return [{ json: smSign('listWork', payload, smDeliveryId('work', $execution.id, Date.now())) }];`;

// ---------------------------------------------------------------------------------------------------------------
const flows = [];

{
  const f = new Flow('smDetection00001', 'SM · Prospect detection',
    'Per active campaign: the search provider finds people matching the ICP, at most the day\'s remaining budget, -> ingestProspects.');
  const [manual, timer] = f.triggers({ field: 'hours', hoursInterval: 24 });
  const sign = f.sign('Sign listWork', LIST_WORK);
  f.link(manual, sign);
  f.link(timer, sign);
  f.chain(sign, f.call('listWork'),
    f.code('Campaigns with budget', `
const work = $input.first().json;
return work.campaigns.filter((c) => c.detectionRemaining > 0).map((c) => ({ json: c }));`),
    f.provider('Search provider', 'POST', `(${SEARCH_URL}) + '/v1/people/search'`, CRED.search,
      'JSON.stringify({ campaignId: $json.campaignId, icp: $json.icpCriteria, limit: $json.detectionRemaining })'),
    f.sign('Sign ingestProspects', `
const campaigns = $('Campaigns with budget').all();
const calls = [];
$input.all().forEach((item, i) => {
  const campaign = campaigns[i].json;
  const people = (item.json.people ?? []).slice(0, campaign.detectionRemaining).map((p) => ({
    fullName: p.fullName, companyName: p.companyName, jobTitle: p.jobTitle ?? undefined,
    linkedinUrl: p.linkedinUrl ?? undefined, email: p.email ?? undefined,
  }));
  if (people.length === 0) return;
  const payload = { userId: campaign.userId, campaignId: campaign.campaignId, prospects: people };
  // the same people found again give the same delivery id: the API answers its stored answer
  calls.push({ json: smSign('ingestProspects', payload, smDeliveryId('detect', campaign.campaignId, smDigest(payload))) });
});
return calls;`),
    f.call('ingestProspects'),
    f.code('Detected', `
const sent = $('Sign ingestProspects').all();
return $input.all().map((item, i) => ({ json: { campaignId: JSON.parse(sent[i].json.smBody).campaignId, ...item.json } }));`));
  flows.push(['sm-detection.json', f]);
}

{
  const f = new Flow('smEnrichment0001', 'SM · Enrichment and drafting',
    'New prospects -> enrichment provider -> chat completions (draft, confidence, reasoning) -> ingestEnrichment; the API routes the draft to review or the outbox.');
  const [manual, timer] = f.triggers({ field: 'minutes', minutesInterval: 30 });
  const sign = f.sign('Sign listWork', LIST_WORK);
  f.link(manual, sign);
  f.link(timer, sign);
  f.chain(sign, f.call('listWork'),
    f.code('Prospects to enrich', `
return $input.first().json.toEnrich.map((p) => ({ json: p }));`),
    f.provider('Enrichment provider', 'POST', `(${ENRICHMENT_URL}) + '/v1/enrich'`, CRED.enrichment,
      'JSON.stringify({ fullName: $json.fullName, companyName: $json.companyName, jobTitle: $json.jobTitle, email: $json.email, linkedinUrl: $json.linkedinUrl })'),
    f.code('Prompt', `
const prospects = $('Prospects to enrich').all();
return $input.all().map((item, i) => {
  const p = prospects[i].json;
  const e = item.json;
  const channel = p.email ? 'email' : 'linkedin';
  const messages = [
    { role: 'system', content: 'You write short, honest first outreach messages for a B2B seller. Never promise prices, guarantees, or criticise competitors. Answer with a JSON object {"subject": string, "message": string, "confidence": 0-100, "reasoning": string}.' },
    { role: 'user', content: JSON.stringify({ channel, prospect: { fullName: p.fullName, jobTitle: p.jobTitle, companyName: p.companyName }, enrichment: e }) },
  ];
  return { json: { prospect: p, enrichment: e, channel, request: { model: ${LLM_MODEL}, messages, response_format: { type: 'json_object' }, temperature: 0.2 } } };
});`),
    f.provider('Chat completions', 'POST', `(${LLM_BASE_URL}).replace(/\\/+$/, '') + '/chat/completions'`, CRED.chat,
      'JSON.stringify($json.request)'),
    f.sign('Sign ingestEnrichment', `
const prompts = $('Prompt').all();
return $input.all().map((item, i) => {
  const { prospect, enrichment, channel, request } = prompts[i].json;
  let draft;
  try {
    draft = JSON.parse(item.json.choices[0].message.content);
  } catch (e) {
    throw new Error(\`the chat completion for prospect \${prospect.prospectId} is not the JSON asked for: \${e.message}\`);
  }
  const confidence = Math.max(0, Math.min(100, Math.round(Number(draft.confidence))));
  const list = (v) => (Array.isArray(v) ? v.filter((s) => typeof s === 'string' && s.trim()).slice(0, 50) : undefined);
  const payload = {
    userId: prospect.userId,
    prospectId: prospect.prospectId,
    enrichment: {
      talkingPoints: list(enrichment.talkingPoints), painPoints: list(enrichment.painPoints),
      recentActivity: enrichment.recentActivity ?? undefined, techStack: list(enrichment.techStack),
      companyData: enrichment.companyData ?? undefined, confidenceScore: confidence, model: request.model,
    },
    draft: {
      messageType: 'initial_outreach', channel, subject: channel === 'email' ? String(draft.subject ?? '') : undefined,
      message: String(draft.message ?? ''), confidenceScore: confidence, reasoning: String(draft.reasoning ?? ''),
    },
  };
  // one enrichment per prospect: a retry of the same draft is a redelivery
  return { json: smSign('ingestEnrichment', payload, smDeliveryId('enrich', prospect.prospectId, smDigest(payload))) };
});`),
    f.call('ingestEnrichment'),
    f.code('Drafted', `
const sent = $('Sign ingestEnrichment').all();
return $input.all().map((item, i) => ({ json: { prospectId: JSON.parse(sent[i].json.smBody).prospectId, ...item.json } }));`));
  flows.push(['sm-enrichment-drafting.json', f]);
}

{
  const f = new Flow('smWarmup00000001', 'SM · Warm-up and connection status',
    'Unfinished LinkedIn warm-ups -> the LinkedIn provider does today\'s actions and reports the day\'s totals and the connection status -> recordWarmup (the difference) and recordConnectionStatus (when it changed).');
  const [manual, timer] = f.triggers({ field: 'hours', hoursInterval: 2 });
  const sign = f.sign('Sign listWork', LIST_WORK);
  f.link(manual, sign);
  f.link(timer, sign);
  f.chain(sign, f.call('listWork'),
    f.code('Warm-ups', `
return $input.first().json.toWarmUp.map((w) => ({ json: w }));`),
    f.provider('LinkedIn provider: warm-up', 'POST', `(${LINKEDIN_URL}) + '/v1/warmup'`, CRED.linkedin,
      'JSON.stringify({ profileUrl: $json.linkedinUrl, day: $json.day, maxActionsToday: Math.max(0, $json.actionLimit) })'),
    f.sign('Sign warm-up reports', `
const warmups = $('Warm-ups').all();
const calls = [];
$input.all().forEach((item, i) => {
  const w = warmups[i].json;
  const today = item.json; // the provider's totals for today: {likesToday, commentsToday, connectionStatus}
  const likes = Math.max(0, Number(today.likesToday ?? 0) - w.likesToday);
  const comments = Math.max(0, Number(today.commentsToday ?? 0) - w.commentsToday);
  const completed = w.day >= w.plannedDays;
  if (likes + comments > 0 || completed) {
    const payload = { userId: w.userId, prospectId: w.prospectId, likes, comments, day: Math.min(w.day, 15), completed };
    calls.push({ json: smSign('recordWarmup', payload,
      smDeliveryId('warmup', w.prospectId, 'day', w.day, 'totals', today.likesToday ?? 0, today.commentsToday ?? 0, completed)) });
  }
  const status = today.connectionStatus;
  if (['pending', 'accepted', 'rejected'].includes(status) && status !== w.connectionStatus) {
    calls.push({ json: smSign('recordConnectionStatus', { userId: w.userId, prospectId: w.prospectId, status },
      smDeliveryId('connection', w.prospectId, status)) });
  }
});
return calls;`),
    f.call('Report to Sales Machine'),
    f.code('Reported', `
const sent = $('Sign warm-up reports').all();
return $input.all().map((item, i) => ({ json: { function: sent[i].json.smFunction, deliveryId: sent[i].json.smDeliveryId, ...item.json } }));`));
  flows.push(['sm-warmup-connection.json', f]);
}

{
  const f = new Flow('smSender00000001', 'SM · Sender',
    'claimOutbound -> Send Email over SMTP (e-mails) or the LinkedIn provider (LinkedIn messages) -> reportDelivery sent/failed. Sends only what the API hands out.');
  const [manual, timer] = f.triggers({ field: 'minutes', minutesInterval: 10 });
  const sign = f.sign('Sign claimOutbound', `
const limit = Math.max(1, Math.min(100, Number($env.SM_SENDER_BATCH || 20)));
return [{ json: smSign('claimOutbound', { limit }, smDeliveryId('claim', $execution.id, Date.now())) }];`);
  f.link(manual, sign);
  f.link(timer, sign);
  const claimed = f.chain(sign, f.call('claimOutbound'), f.code('Claimed messages', `
return $input.first().json.items.map((m) => ({ json: m }));`));
  const emails = f.code('E-mails', `
return $input.all().filter((m) => m.json.channel === 'email');`);
  const send = f.add('Send e-mail (SMTP)', 'n8n-nodes-base.emailSend', 2.1, {
    fromEmail: `={{ ${env('SM_MAIL_FROM', 'sales@example.com')} }}`,
    toEmail: '={{ $json.prospect.email }}',
    subject: '={{ $json.subject }}',
    emailFormat: 'text',
    text: '={{ $json.text }}',
    options: { appendAttribution: false },
  }, { credentials: CRED.smtp, retryOnFail: true, maxTries: 3, waitBetweenTries: 5000, onError: 'continueErrorOutput' });
  f.chain(claimed, emails, send);
  const sentEmail = f.sign('Sign sent e-mail', `
const m = $('E-mails').item.json;
return { json: smSign('reportDelivery', { messageId: m.messageId, status: 'sent', externalId: String($json.messageId ?? '').slice(0, 200) || undefined },
  smDeliveryId('report', m.messageId)) };`, 'runOnceForEachItem');
  const failedEmail = f.sign('Sign failed e-mail', `
const m = $('E-mails').item.json;
const error = String($json.error?.message ?? $json.error ?? 'the SMTP server refused the message').slice(0, 2000);
return { json: smSign('reportDelivery', { messageId: m.messageId, status: 'failed', error }, smDeliveryId('report', m.messageId)) };`, 'runOnceForEachItem');
  f.link(send, sentEmail, 0);
  f.link(send, failedEmail, 1);
  const linkedin = f.code('LinkedIn messages', `
return $input.all().filter((m) => m.json.channel === 'linkedin');`);
  f.link(claimed, linkedin);
  const sendLinkedin = f.provider('LinkedIn provider: send', 'POST', `(${LINKEDIN_URL}) + '/v1/messages'`, CRED.linkedin,
    'JSON.stringify({ profileUrl: $json.prospect.linkedinUrl, text: $json.text })', { onError: 'continueErrorOutput' });
  f.link(linkedin, sendLinkedin);
  const sentLinkedin = f.sign('Sign sent LinkedIn message', `
const m = $('LinkedIn messages').item.json;
return { json: smSign('reportDelivery', { messageId: m.messageId, status: 'sent', externalId: String($json.id ?? '').slice(0, 200) || undefined },
  smDeliveryId('report', m.messageId)) };`, 'runOnceForEachItem');
  const failedLinkedin = f.sign('Sign failed LinkedIn message', `
const m = $('LinkedIn messages').item.json;
const error = String($json.error?.message ?? $json.error ?? 'the LinkedIn provider refused the message').slice(0, 2000);
return { json: smSign('reportDelivery', { messageId: m.messageId, status: 'failed', error }, smDeliveryId('report', m.messageId)) };`, 'runOnceForEachItem');
  f.link(sendLinkedin, sentLinkedin, 0);
  f.link(sendLinkedin, failedLinkedin, 1);
  const report = f.call('reportDelivery');
  for (const n of [sentEmail, failedEmail, sentLinkedin, failedLinkedin]) f.link(n, report);
  f.chain(report, f.code('Delivered', `
return $input.all().map((item) => ({ json: { reported: item.json } }));`));
  flows.push(['sm-sender.json', f]);
}

{
  const f = new Flow('smListener000001', 'SM · Listener',
    'Replies over IMAP (Email Trigger) and from the LinkedIn provider -> recordInboundReply; calendar bookings -> recordMeetingBooked. Acts for the Sales Machine user SM_SELLER_USER_ID (the owner of this mailbox, LinkedIn account and calendar).');
  const [manual, timer] = f.triggers({ field: 'minutes', minutesInterval: 5 });
  // e-mail replies: n8n's Email Trigger (IMAP), active workflows only
  const imap = f.add('Replies (IMAP)', 'n8n-nodes-base.emailReadImap', 2.1, {
    mailbox: 'INBOX', postProcessAction: 'read', format: 'resolved', downloadAttachments: false, options: {},
  }, { credentials: CRED.imap }, [0, 700]);
  const signMail = f.sign('Sign e-mail reply', `
const seller = $env.SM_SELLER_USER_ID;
if (!seller) throw new Error('SM_SELLER_USER_ID is not set: the Sales Machine user this mailbox belongs to');
return $input.all().flatMap((item) => {
  const mail = item.json;
  const from = mail.from?.value?.[0]?.address;
  if (!from) return [];
  const externalId = String(mail.messageId ?? smDigest(mail)).slice(0, 200);
  const text = String(mail.text ?? mail.textPlain ?? '').trim() || '(empty message)';
  const payload = { userId: seller, email: from, channel: 'email', text: text.slice(0, 10000),
    subject: mail.subject ? String(mail.subject).slice(0, 500) : undefined,
    receivedAt: new Date(mail.date ?? Date.now()).toISOString(), externalId };
  return [{ json: smSign('recordInboundReply', payload, smDeliveryId('reply', 'email', smDigest(payload))) }];
});`);
  f.nodes.find((n) => n.name === signMail).position = [240, 700];
  const mailCall = f.call('recordInboundReply (e-mail)', [404]);
  f.nodes.find((n) => n.name === mailCall).position = [480, 700];
  const mailChecked = f.checked('E-mail replies recorded', mailCall, [404]);
  f.nodes.find((n) => n.name === mailChecked).position = [720, 700];
  f.chain(imap, signMail, mailCall, mailChecked);

  // LinkedIn replies and calendar bookings: polled
  f.x = 240;
  const linkedinInbox = f.provider('LinkedIn provider: inbox', 'GET', `(${LINKEDIN_URL}) + '/v1/inbox'`, CRED.linkedin, null);
  const calendar = f.provider('Calendar provider: bookings', 'GET', `(${CALENDAR_URL}) + '/v1/bookings'`, CRED.calendar, null);
  f.nodes.find((n) => n.name === calendar).position = [240, 500];
  for (const t of [manual, timer]) {
    f.link(t, linkedinInbox);
    f.link(t, calendar);
  }
  const signLinkedin = f.sign('Sign LinkedIn replies', `
const seller = $env.SM_SELLER_USER_ID;
if (!seller) throw new Error('SM_SELLER_USER_ID is not set: the Sales Machine user this LinkedIn account belongs to');
return $input.all().flatMap((item) => (item.json.messages ?? []).map((m) => {
  const payload = { userId: seller, linkedinUrl: m.profileUrl, channel: 'linkedin', text: String(m.text).slice(0, 10000),
    receivedAt: new Date(m.receivedAt).toISOString(), externalId: String(m.id).slice(0, 200) };
  // the event id plus the content: the same report is a redelivery; an edited one is a new delivery that the
  // API's own key (externalId) keeps from being stored twice
  return { json: smSign('recordInboundReply', payload, smDeliveryId('reply', 'linkedin', m.id, smDigest(payload))) };
}));`);
  f.nodes.find((n) => n.name === signLinkedin).position = [480, 300];
  const signBookings = f.sign('Sign bookings', `
const seller = $env.SM_SELLER_USER_ID;
if (!seller) throw new Error('SM_SELLER_USER_ID is not set: the Sales Machine user this calendar belongs to');
return $input.all().flatMap((item) => (item.json.bookings ?? []).map((b) => {
  const payload = { userId: seller, email: b.attendeeEmail, title: String(b.title).slice(0, 200),
    scheduledAt: new Date(b.startTime).toISOString(), durationMinutes: Number(b.durationMinutes),
    meetingLink: b.meetingUrl ?? undefined, externalEventId: String(b.id).slice(0, 200) };
  // a changed booking (same event id) is a new delivery; the API keeps one meeting per externalEventId
  return { json: smSign('recordMeetingBooked', payload, smDeliveryId('booking', b.id, smDigest(payload))) };
}));`);
  f.nodes.find((n) => n.name === signBookings).position = [480, 500];
  f.link(linkedinInbox, signLinkedin);
  f.link(calendar, signBookings);
  const polledCall = f.call('Record replies and bookings', [404]);
  f.nodes.find((n) => n.name === polledCall).position = [720, 400];
  f.link(signLinkedin, polledCall);
  f.link(signBookings, polledCall);
  const polledChecked = f.code('Replies and bookings recorded', `
const tolerated = [404];
return $input.all().map((item) => {
  const { statusCode, body } = item.json;
  if ((statusCode < 200 || statusCode > 299) && !tolerated.includes(statusCode)) {
    throw new Error(\`Sales Machine answered \${statusCode}: \${JSON.stringify(body)}\`);
  }
  return { json: { statusCode, answer: body } };
});`);
  f.nodes.find((n) => n.name === polledChecked).position = [960, 400];
  f.link(polledCall, polledChecked);
  flows.push(['sm-listener.json', f]);
}

// ---------------------------------------------------------------------------------------------------------------
const check = process.argv.includes('--check');
const out = join(here, 'workflows');
mkdirSync(out, { recursive: true });
let stale = 0;
// no secret in a workflow: credentials hold keys and passwords, the environment holds SM_WEBHOOK_SECRET
const SECRET_LIKE = /Bearer\s|sk-[A-Za-z0-9]{8}|"password"|"apiKey"|local-webhook-secret|test-provider-key/;
for (const [file, flow] of flows) {
  const text = `${JSON.stringify(flow.json(), null, 2)}\n`;
  if (SECRET_LIKE.test(text)) { console.error(`${file}: looks like it holds a secret: ${text.match(SECRET_LIKE)[0]}`); stale++; }
  const path = join(out, file);
  if (check) {
    let current = '';
    try { current = readFileSync(path, 'utf8'); } catch { /* missing */ }
    if (current !== text) { console.error(`stale: ${path} (run node integrations/n8n/build.mjs)`); stale++; }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale ? 1 : 0);

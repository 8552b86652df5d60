// The end-to-end scenario of issue 17, with real n8n executions against the running local stack, a real SMTP/IMAP
// server (GreenMail) and the provider stand-ins. Started by scripts/test-n8n, which provides (environment):
//   SM_API_URL, N8N_DIR (the cached n8n install), N8N_USER_FOLDER, N8N_PORT, N8N_RUNNERS_BROKER_PORT,
//   PROVIDERS_URL, SMTP_PORT, IMAP_PORT, WORKFLOWS_DIR
// Workflows are imported (n8n import:workflow), then run with `n8n execute --id` and judged by their output and by
// the API's state, never by n8n's exit code. Prints one line per step with its time; exits 1 on the first failure.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { localCredentials, SELLER_MAILBOX } from './local-credentials.mjs';

const {
  SM_API_URL: API, N8N_DIR, PROVIDERS_URL, SMTP_PORT, IMAP_PORT, WORKFLOWS_DIR,
} = process.env;
for (const v of ['SM_API_URL', 'N8N_DIR', 'N8N_USER_FOLDER', 'N8N_PORT', 'N8N_RUNNERS_BROKER_PORT', 'PROVIDERS_URL', 'SMTP_PORT', 'IMAP_PORT', 'WORKFLOWS_DIR']) {
  if (!process.env[v]) { console.error(`scenario: ${v} is not set (run scripts/test-n8n)`); process.exit(2); }
}
// the mail client libraries come with the cached n8n (the same ones its e-mail nodes use)
const requireFromN8n = createRequire(join(N8N_DIR, 'node_modules', 'n8n', 'package.json'));
const Imap = requireFromN8n('imap');
const nodemailer = requireFromN8n('nodemailer');
const { simpleParser } = requireFromN8n('mailparser');
const N8N_BIN = join(N8N_DIR, 'node_modules', '.bin', 'n8n');

const SECRET = 'local-webhook-secret'; // the local profile's SM_WEBHOOK_SECRET
const WF = {
  detection: 'smDetection00001', enrichment: 'smEnrichment0001', warmup: 'smWarmup00000001',
  sender: 'smSender00000001', listener: 'smListener000001',
};

const started = Date.now();
let stepStarted = Date.now();
function step(name) {
  const now = Date.now();
  console.log(`  [${((now - started) / 1000).toFixed(1)} s] ${name}`);
  stepStarted = now;
}
function done(what) {
  console.log(`    ok (${((Date.now() - stepStarted) / 1000).toFixed(1)} s): ${what}`);
}

// ---- the API as the seller sees it
let token = null;
async function api(fn, body = {}, { auth = true } = {}) {
  const res = await fetch(`${API}/${fn}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (res.status !== 200) throw new Error(`${fn} answered ${res.status}: ${text}`);
  return json;
}

// ---- n8n
let n8nEnv;
function n8n(args, extraEnv = {}) {
  return new Promise((resolve) => {
    execFile(N8N_BIN, args, { env: { ...n8nEnv, ...extraEnv }, maxBuffer: 256 * 1024 * 1024, timeout: 300_000 },
      (error, stdout, stderr) => resolve({ code: error?.code ?? 0, stdout, stderr }));
  });
}

/** Runs a workflow; its verdict comes from the printed execution, not the exit code. */
async function execute(id, extraEnv = {}) {
  const { stdout, stderr } = await n8n(['execute', `--id=${id}`, '--rawOutput'], { N8N_LOG_LEVEL: 'info', ...extraEnv });
  const lines = stdout.split('\n');
  const first = lines.indexOf('{');
  const last = lines.lastIndexOf('}');
  let run = null;
  if (first >= 0 && last > first) {
    try { run = JSON.parse(lines.slice(first, last + 1).join('\n')); } catch { run = null; }
  }
  const error = run?.data?.resultData?.error;
  const ok = run != null && !error && (run.status === undefined || run.status === 'success');
  const output = (node) => (run?.data?.resultData?.runData?.[node]?.[0]?.data?.main?.[0] ?? []).map((i) => i.json);
  const ran = (node) => run?.data?.resultData?.runData?.[node] !== undefined;
  return { ok, run, output, ran, log: `${stdout}\n${stderr}` };
}

async function mustRun(id, extraEnv) {
  const r = await execute(id, extraEnv);
  if (!r.ok) {
    console.error(r.log.slice(-6000));
    throw new Error(`workflow ${id} did not succeed`);
  }
  return r;
}

// ---- mail
function imapMessages(user, password) {
  return new Promise((resolve, reject) => {
    const imap = new Imap({ user, password, host: '127.0.0.1', port: Number(IMAP_PORT), tls: false, authTimeout: 10000 });
    const raws = [];
    imap.once('error', reject);
    imap.once('ready', () => {
      imap.openBox('INBOX', true, (err, box) => {
        if (err) return reject(err);
        if (box.messages.total === 0) { imap.end(); return; }
        const f = imap.seq.fetch('1:*', { bodies: '' });
        f.on('message', (msg) => msg.on('body', (stream) => {
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.once('end', () => raws.push(Buffer.concat(chunks)));
        }));
        f.once('error', reject);
        f.once('end', () => imap.end());
      });
    });
    imap.once('end', async () => resolve(await Promise.all(raws.map((r) => simpleParser(r)))));
    imap.connect();
  });
}

async function mailboxCounts(addresses) {
  const counts = {};
  for (const a of addresses) {
    // GreenMail creates a recipient's account on first delivery (login and password: the address)
    counts[a] = await imapMessages(a, a).then((m) => m.length, () => 0);
  }
  return counts;
}

// ---- state the seller can see, for "nothing more changed"
async function snapshot(userId) {
  const prospects = (await api('listProspects', { limit: 100 })).items;
  const details = [];
  for (const p of prospects.sort((a, b) => a.id.localeCompare(b.id))) {
    const d = await api('getProspect', { id: p.id });
    details.push({
      id: d.id, status: d.status, enrichment: d.enrichment?.enrichedAt ?? null,
      messages: d.messages.map((m) => `${m.direction}/${m.channel}/${m.subject}/${m.text}`),
      meetings: d.meetings.map((m) => `${m.title}/${m.scheduledAt}/${m.status}`),
      pendingReviews: d.pendingReviews.length,
      warmup: d.warmup && { likes: d.warmup.likes, comments: d.warmup.comments, connectionStatus: d.warmup.connectionStatus },
    });
  }
  const reviews = {};
  for (const status of ['pending', 'approved', 'edited', 'rejected']) {
    reviews[status] = (await api('listReviewQueue', { status, limit: 100 })).items.map((r) => r.id).sort();
  }
  const activity = (await api('activityStream', { limit: 100 })).items.map((e) => e.id).sort();
  const stats = await api('dashboardStats', {});
  const meetings = (await api('listMeetings', { when: 'upcoming', limit: 100 })).items.map((m) => m.id).sort();
  return { userId, details, reviews, activity, meetings, handedOff: stats.emailsHandedOffToday };
}

const children = [];
process.on('exit', () => { for (const c of children) { try { c.kill('SIGTERM'); } catch { /* gone */ } } });

async function main() {
  step('seller signs up, autopilot, 2 e-mails a day, time zone Pacific/Kiritimati (UTC+14), an active campaign');
  const email = `seller-${randomUUID().slice(0, 8)}@sales.test`;
  const signup = await api('signup', { email, password: 'n8n-scenario-Pw1', fullName: 'Sam Seller', companyName: 'Sales Co' }, { auth: false });
  token = signup.session.token;
  const userId = signup.user.id;
  await api('updateMe', { timezone: 'Pacific/Kiritimati' });
  await api('updateSettings', { mode: 'autopilot', dailyEmailLimit: 2, aiConfidenceThreshold: 80 });
  const campaign = await api('createCampaign', { name: 'n8n scenario', icpCriteria: { industries: ['Software'], jobTitles: ['CEO'], companySizes: [], locations: [] } });
  await api('updateCampaign', { id: campaign.id, status: 'active' });
  done(`user ${userId}, campaign ${campaign.id}`);

  const folder = process.env.N8N_USER_FOLDER;
  n8nEnv = {
    PATH: process.env.PATH, HOME: folder, N8N_USER_FOLDER: folder,
    N8N_LISTEN_ADDRESS: '127.0.0.1', N8N_PORT: process.env.N8N_PORT, N8N_RUNNERS_BROKER_PORT: process.env.N8N_RUNNERS_BROKER_PORT,
    N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1', N8N_RUNNERS_ENABLED: 'true',
    NODE_FUNCTION_ALLOW_BUILTIN: 'crypto', N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
    N8N_ENCRYPTION_KEY: 'sales-machine-n8n-test-key', N8N_DIAGNOSTICS_ENABLED: 'false',
    N8N_VERSION_NOTIFICATIONS_ENABLED: 'false', N8N_PERSONALIZATION_ENABLED: 'false', N8N_TEMPLATES_ENABLED: 'false',
    N8N_LOG_LEVEL: 'warn', N8N_SECURE_COOKIE: 'false', DB_SQLITE_POOL_SIZE: '2',
    N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
    SM_API_URL: API, SM_WEBHOOK_SECRET: SECRET, SM_ONLY_USER_ID: userId, SM_SELLER_USER_ID: userId,
    SM_SEARCH_URL: PROVIDERS_URL, SM_ENRICHMENT_URL: PROVIDERS_URL, SM_LLM_BASE_URL: PROVIDERS_URL,
    SM_LLM_MODEL: 'test-model', SM_LINKEDIN_URL: PROVIDERS_URL, SM_CALENDAR_URL: PROVIDERS_URL,
    SM_MAIL_FROM: SELLER_MAILBOX.user, SM_SENDER_BATCH: '20',
  };

  step('n8n: import the credentials (test values) and the five workflows');
  const credsFile = join(mkdtempSync(join(tmpdir(), 'sm-n8n-creds-')), 'credentials.json');
  writeFileSync(credsFile, JSON.stringify(localCredentials(SMTP_PORT, IMAP_PORT)));
  let r = await n8n(['import:credentials', `--input=${credsFile}`], { N8N_LOG_LEVEL: 'info' });
  assert.match(r.stdout + r.stderr, /Successfully imported 7 credentials/, r.stdout + r.stderr);
  const files = readdirSync(WORKFLOWS_DIR).filter((f) => f.endsWith('.json'));
  assert.equal(files.length, 5);
  r = await n8n(['import:workflow', '--separate', `--input=${WORKFLOWS_DIR}`], { N8N_LOG_LEVEL: 'info' });
  assert.match(r.stdout + r.stderr, /Successfully imported 5 workflows/, r.stdout + r.stderr);
  done(files.join(', '));

  step('detection: the search provider\'s 6 people -> ingestProspects: 5 created, 1 duplicate');
  let x = await mustRun(WF.detection);
  assert.deepEqual(x.output('ingestProspects').map((o) => [o.created, o.duplicates, o.rejected.length]), [[5, 1, 0]]);
  let prospects = (await api('listProspects', { limit: 100 })).items;
  const byName = Object.fromEntries(prospects.map((p) => [p.fullName, p]));
  assert.deepEqual(Object.keys(byName).sort(), ['Ada Auto', 'Finn Fail', 'Lena Low', 'Otto Auto', 'Vera Vip']);
  assert.ok(prospects.every((p) => p.status === 'new' && p.campaignId === campaign.id));
  done('5 prospects in the campaign, status new');

  step('the seller marks Vera VIP; enrichment and drafting: Vera (VIP) and Lena (confidence 40) to review, Otto and Ada (92) auto-approved');
  await api('updateProspect', { id: byName['Vera Vip'].id, isVip: true, vipReason: 'Strategic account' });
  x = await mustRun(WF.enrichment);
  const routes = Object.fromEntries(x.output('Drafted').map((o) => [o.prospectId, o.draft]));
  assert.deepEqual(routes, {
    [byName['Vera Vip'].id]: 'review', [byName['Lena Low'].id]: 'review',
    [byName['Otto Auto'].id]: 'outbox', [byName['Ada Auto'].id]: 'outbox', [byName['Finn Fail'].id]: 'outbox',
  });
  const pending = (await api('listReviewQueue', { status: 'pending', limit: 100 })).items;
  assert.deepEqual(pending.map((i) => i.prospect.fullName), ['Vera Vip', 'Lena Low']); // VIP first (priority)
  assert.equal(pending[0].reasoning, 'Recent office opening is a clear hook');
  done('2 in review (VIP first), 3 in the outbox (Finn\'s on LinkedIn)');

  step('the seller approves Vera\'s draft (Lena\'s stays pending)');
  await api('approveMessage', { id: pending[0].id });
  done('4 approved messages in the outbox');

  step('sender: claims, sends over SMTP, reports; the daily cap (2) holds');
  x = await mustRun(WF.sender);
  const addr = Object.fromEntries(Object.values(byName).filter((p) => p.email).map((p) => [p.fullName.split(' ')[0].toLowerCase(), p.email]));
  const prospectAddresses = Object.values(addr);
  let mail = await mailboxCounts(prospectAddresses);
  assert.deepEqual(mail, { [addr.vera]: 0, [addr.otto]: 1, [addr.ada]: 1, [addr.lena]: 0 });
  const otto = (await imapMessages(addr.otto, addr.otto))[0];
  assert.equal(otto.subject, 'Hello Otto');
  assert.equal(otto.from.value[0].address, SELLER_MAILBOX.user);
  assert.match(otto.text, /congratulations on the new office at Contoso/);
  let stats = await api('dashboardStats', {});
  assert.equal(stats.emailsHandedOffToday, 2);
  for (const name of ['Otto Auto', 'Ada Auto']) {
    const p = await api('getProspect', { id: byName[name].id });
    assert.equal(p.status, 'contacted');
    assert.equal(p.messages.filter((m) => m.direction === 'outbound').length, 1);
  }
  // Finn's LinkedIn message: the provider refused it 3 times (n8n's retries), then reportDelivery failed
  const finnAttempts = async () => (await (await fetch(`${PROVIDERS_URL}/_calls`)).json())
    .filter((c) => c.path === '/v1/messages' && String(c.body?.profileUrl).includes('finn-fail')).length;
  assert.equal(await finnAttempts(), 3);
  const failedEvents = (await api('activityStream', { limit: 100 })).items.filter((e) => e.type === 'message_failed');
  assert.deepEqual(failedEvents.map((e) => e.prospectId), [byName['Finn Fail'].id]);
  const finn = await api('getProspect', { id: byName['Finn Fail'].id });
  assert.equal(finn.status, 'new');
  assert.equal(finn.messages.length, 0);
  x = await mustRun(WF.sender);
  assert.equal(await finnAttempts(), 3, 'a failed message is not sent again');
  mail = await mailboxCounts(prospectAddresses);
  assert.equal(mail[addr.vera], 0, 'over the cap: Vera\'s approved message waits for tomorrow');
  assert.equal((await api('getProspect', { id: byName['Vera Vip'].id })).status, 'new');
  done('Otto and Ada received exactly one e-mail each (read back over IMAP); Vera\'s waits (cap 2); Finn\'s LinkedIn message failed after 3 tries and was reported; a second run sent nothing');

  step('warm-up and connection status: Vera and Finn (the ones with a LinkedIn URL): day 1, 3 likes + 1 comment, accepted');
  x = await mustRun(WF.warmup);
  assert.deepEqual(x.output('Reported').map((o) => o.function).sort(),
    ['recordConnectionStatus', 'recordConnectionStatus', 'recordWarmup', 'recordWarmup']);
  let vera = await api('getProspect', { id: byName['Vera Vip'].id });
  assert.deepEqual([vera.warmup.likes, vera.warmup.comments, vera.warmup.connectionStatus], [3, 1, 'accepted']);
  done('warm-up recorded');

  step('listener (polled part): a LinkedIn reply from Vera, a booking by Otto');
  x = await mustRun(WF.listener);
  vera = await api('getProspect', { id: byName['Vera Vip'].id });
  assert.equal(vera.status, 'engaged');
  assert.deepEqual(vera.messages.filter((m) => m.direction === 'inbound').map((m) => [m.channel, m.text]), [['linkedin', 'Thanks Vera here, happy to talk.']]);
  const ottoNow = await api('getProspect', { id: byName['Otto Auto'].id });
  assert.equal(ottoNow.status, 'meeting_booked');
  assert.deepEqual(ottoNow.meetings.map((m) => [m.title, m.durationMinutes]), [['Intro call with Otto', 30]]);
  done('Vera engaged (LinkedIn reply stored), Otto meeting_booked (meeting stored)');

  step('listener (IMAP): Ada replies by e-mail; n8n runs the active workflow\'s Email Trigger');
  await nodemailer.createTransport({ host: '127.0.0.1', port: Number(SMTP_PORT), secure: false, ignoreTLS: true })
    .sendMail({ from: `Ada Auto <${addr.ada}>`, to: SELLER_MAILBOX.user, subject: 'Re: Hello Ada', text: 'Sounds good, call me on Monday.' });
  r = await n8n(['update:workflow', `--id=${WF.listener}`, '--active=true']);
  const server = spawn(N8N_BIN, ['start'], { env: n8nEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(server);
  let serverLog = '';
  server.stdout.on('data', (d) => { serverLog += d; });
  server.stderr.on('data', (d) => { serverLog += d; });
  let ada = null;
  for (let i = 0; i < 120; i++) {
    await new Promise((res) => setTimeout(res, 1000));
    ada = await api('getProspect', { id: byName['Ada Auto'].id });
    if (ada.messages.some((m) => m.direction === 'inbound')) break;
  }
  server.kill('SIGTERM');
  await new Promise((res) => server.once('exit', res));
  await n8n(['update:workflow', `--id=${WF.listener}`, '--active=false']);
  if (!ada.messages.some((m) => m.direction === 'inbound')) {
    console.error(serverLog.slice(-4000));
    throw new Error('the e-mail reply never reached Sales Machine');
  }
  assert.equal(ada.status, 'engaged');
  assert.deepEqual(ada.messages.filter((m) => m.direction === 'inbound').map((m) => [m.channel, m.subject, m.text.trim()]),
    [['email', 'Re: Hello Ada', 'Sounds good, call me on Monday.']]);
  done('Ada engaged, her e-mail stored as an inbound message');

  step('every workflow again: nothing more changes');
  const before = await snapshot(userId);
  const mailBefore = await mailboxCounts([...prospectAddresses, SELLER_MAILBOX.user]);
  for (const id of Object.values(WF)) await mustRun(id);
  const after = await snapshot(userId);
  assert.deepEqual(after, before);
  assert.deepEqual(await mailboxCounts([...prospectAddresses, SELLER_MAILBOX.user]), mailBefore);
  done(`${before.details.length} prospects, ${before.activity.length} activity events, ${before.meetings.length} meeting, mailboxes unchanged`);

  step('a wrong secret: the API answers 401, the workflow fails and nothing changes (then the right one works)');
  const extra = await api('createProspect', { campaignId: campaign.id, fullName: 'Nia New', companyName: 'Globex', email: `nia.${userId.slice(0, 8)}@globex.test` });
  const beforeWrong = await snapshot(userId);
  x = await execute(WF.enrichment, { SM_WEBHOOK_SECRET: 'not-the-secret' });
  assert.equal(x.ok, false, 'the execution must fail');
  assert.match(x.log, /401/);
  assert.match(x.log, /UNAUTHORIZED|Authorization failed/);
  assert.equal(x.ran('Enrichment provider'), false, 'nothing after the refused listWork ran');
  assert.deepEqual(await snapshot(userId), beforeWrong);
  x = await mustRun(WF.enrichment);
  assert.notEqual((await api('getProspect', { id: extra.id })).enrichment, null);
  done('401 from the API, no change; with the right secret Nia is enriched');

  const calls = await (await fetch(`${PROVIDERS_URL}/_calls`)).json();
  assert.ok(calls.length > 0 && calls.every((c) => c.authorized), 'every provider call carried its credential');
  console.log(`n8n scenario: PASS in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().then(() => process.exit(0), (e) => {
  console.error(`n8n scenario: FAIL: ${e.stack ?? e}`);
  process.exit(1);
});

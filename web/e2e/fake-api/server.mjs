// DEV AID ONLY: a tiny in-memory stand-in for a few API functions, for working on the SPA while the real
// API is not running. The committed browser tests target the real API (E2E_API_URL), never this.
// Usage: node e2e/fake-api/server.mjs  (listens on 127.0.0.1:3000, allows http://localhost:5173)
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';

const ORIGIN = 'http://localhost:5173';
const now = () => new Date().toISOString();
const user = { id: randomUUID(), email: 'demo@sales-machine.local', fullName: 'Demo Seller', companyName: 'Demo Co', timezone: 'Europe/Paris', createdAt: now(), onboardingCompleted: true };
const sessions = new Set();
const prospects = Array.from({ length: 12 }, (_, i) => ({ id: randomUUID(), campaignId: null, fullName: `Prospect ${i + 1}`, jobTitle: 'Head of Sales', companyName: `Company ${(i % 4) + 1}`, status: ['new', 'contacted', 'engaged'][i % 3], isVip: false, linkedinUrl: `https://linkedin.com/in/p${i}`, email: null, lastActivityAt: now(), createdAt: now() }));
let reviews = prospects.slice(0, 10).map((p, i) => ({ id: randomUUID(), prospect: p, messageType: 'initial_outreach', channel: 'linkedin', proposedSubject: null, proposedMessage: `Hi ${p.fullName}, we guarantee a 3x pipeline.`, confidenceScore: 60 + i, reasoning: 'Below threshold', blockedTopics: i % 2 ? ['guarantee'] : [], status: 'pending', editedSubject: null, editedMessage: null, rejectionReason: null, priority: 1, createdAt: now(), reviewedAt: null }));
const detail = (p) => ({ ...p, location: 'Paris', vipReason: null, source: 'linkedin', enrichment: { talkingPoints: ['Hiring SDRs'], painPoints: ['Low reply rates'], recentActivity: 'Posted about outbound', techStack: ['HubSpot'], companyData: { size: '51-200' }, confidenceScore: 80, personalizationScore: 70, model: 'fake', enrichedAt: now() }, messages: [], meetings: [], pendingReviews: reviews.filter((r) => r.prospect.id === p.id), warmup: null });
const err = (status, code, message) => ({ status, body: { error: { code, message, details: [], requestId: randomUUID() } } });
const decide = (id, status) => {
  const r = reviews.find((x) => x.id === id);
  if (!r) return err(409, 'CONFLICT', 'Already decided');
  reviews = reviews.filter((x) => x.id !== id);
  return { ...r, status };
};

const fns = {
  login: (i, s) => (i.email === user.email && i.password === 'demo-password-1' ? (s.login = true, { user, session: { token: 'x', expiresAt: now() } }) : err(401, 'INVALID_CREDENTIALS', 'Wrong e-mail or password')),
  logout: (_i, s) => ((s.logout = true), { revoked: 1 }),
  me: () => user,
  dashboardStats: () => ({ healthScore: 72, prospectsTotal: prospects.length, prospectsThisWeek: 4, replyRate: 0.18, meetingsUpcoming: 2, reviewPending: reviews.length, emailsHandedOffToday: 5, dailyEmailLimit: 20 }),
  dashboardPipeline: () => ({ stages: ['new', 'contacted', 'engaged', 'qualified', 'meeting_booked', 'meeting_completed', 'customer', 'lost', 'nurture', 'unsubscribed'].map((status) => ({ status, count: prospects.filter((p) => p.status === status).length })) }),
  activityStream: () => ({ items: prospects.map((p, i) => ({ id: randomUUID(), type: 'prospect_added', prospectId: p.id, summary: `${p.fullName} added`, at: new Date(Date.now() - i * 86400000).toISOString() })), nextCursor: null }),
  listReviewQueue: () => ({ items: reviews, nextCursor: null }),
  approveMessage: (i) => decide(i.id, 'approved'),
  editMessage: (i) => decide(i.id, 'edited'),
  rejectMessage: (i) => decide(i.id, 'rejected'),
  bulkApprove: (i) => ({ approved: i.ids.filter((id) => decide(id, 'approved').status !== 409), failed: [] }),
  listProspects: (i) => ({ items: prospects.filter((p) => !i.search || `${p.fullName} ${p.companyName}`.toLowerCase().includes(i.search.toLowerCase())), nextCursor: null }),
  getProspect: (i) => { const p = prospects.find((x) => x.id === i.id); return p ? detail(p) : err(404, 'NOT_FOUND', 'Prospect not found'); },
  updateProspect: (i) => { const p = prospects.find((x) => x.id === i.id); Object.assign(p, i.isVip !== undefined ? { isVip: i.isVip } : {}, i.status ? { status: i.status } : {}); return p; },
  deleteProspect: (i) => { prospects.splice(prospects.findIndex((x) => x.id === i.id), 1); return { deleted: true }; },
  listMeetings: () => ({ items: [], nextCursor: null }),
  listTemplates: () => ({ items: [{ id: randomUUID(), name: 'First touch', channel: 'linkedin', useCase: 'initial_outreach', subject: null, body: 'Hi {{firstName}}', variables: ['firstName'], system: true }] }),
  getSettings: () => ({ aiConfidenceThreshold: 80, dailyEmailLimit: 20, timezone: 'Europe/Paris', mode: 'semi_automatic', warmup: { minDays: 7, maxDays: 14, dailyActionLimit: 20 }, blacklistedTerms: [], notifications: { email: true, inApp: true } }),
  listSessions: () => ({ items: [{ id: 'h1', createdAt: now(), lastSeenAt: now(), userAgent: 'Chromium', current: true }] }),
};
const PUBLIC = new Set(['login']);

createServer((req, res) => {
  const cors = { 'Access-Control-Allow-Origin': ORIGIN, 'Access-Control-Allow-Credentials': 'true', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Allow-Methods': 'POST, GET' };
  if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
  if (req.url === '/health') return res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end('{"status":"UP"}');
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    const name = req.url.slice(1);
    const token = /sm_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const state = {};
    let out = !fns[name] ? err(404, 'NOT_FOUND', 'Unknown function') : !PUBLIC.has(name) && !sessions.has(token) ? err(401, 'UNAUTHORIZED', 'Log in first') : fns[name](JSON.parse(raw || '{}'), state);
    const headers = { ...cors, 'Content-Type': 'application/json' };
    if (state.login) { const t = randomUUID(); sessions.add(t); headers['Set-Cookie'] = `sm_session=${t}; HttpOnly; Path=/; SameSite=Lax`; }
    if (state.logout) { sessions.delete(token); headers['Set-Cookie'] = 'sm_session=; Max-Age=0; Path=/'; }
    const status = out && typeof out.status === 'number' && out.body ? out.status : 200;
    if (status !== 200) out = out.body;
    res.writeHead(status, headers).end(JSON.stringify(out));
  });
}).listen(3000, '127.0.0.1', () => console.log('fake API on http://127.0.0.1:3000'));

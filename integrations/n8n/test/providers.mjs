// Stand-ins for the third-party HTTP providers the workflows call (search, enrichment, chat completions, LinkedIn,
// calendar). They answer fixed data; they are test fixtures, not part of the product. Every request is recorded
// (GET /_calls) with whether it carried the credential's header.
//   node providers.mjs PORT        (prints "providers listening on PORT" when ready)
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 0);
const startedAt = Date.now(); // the provider's events have fixed times, like a real provider's
const calls = [];
// the scenario's people: one is found twice under another spelling of the same e-mail (a duplicate). Addresses
// and profiles carry a tag taken from the searched campaign (its id's first 8 characters), so that runs against
// a long-lived stack or mail server never see each other's mail.
let tag = 'none';
export function people(t) {
  return [
    { fullName: 'Vera Vip', companyName: 'Northwind', jobTitle: 'CEO', email: `vera.${t}@northwind.test`,
      linkedinUrl: `https://www.linkedin.com/in/vera-vip-${t}` },
    { fullName: 'Otto Auto', companyName: 'Contoso', jobTitle: 'Head of Sales', email: `otto.${t}@contoso.test` },
    { fullName: 'Ada Auto', companyName: 'Fabrikam', jobTitle: 'VP Marketing', email: `ada.${t}@fabrikam.test` },
    { fullName: 'Lena Low', companyName: 'Initech', jobTitle: 'Analyst', email: `lena.${t}@initech.test` },
    { fullName: 'Otto Auto', companyName: 'Contoso', jobTitle: 'Head of Sales', email: `OTTO.${t}@Contoso.test` },
    // LinkedIn only; the LinkedIn provider refuses every message to this profile (the sender's failure path)
    { fullName: 'Finn Fail', companyName: 'Umbrella', jobTitle: 'CTO', linkedinUrl: `https://www.linkedin.com/in/finn-fail-${t}` },
  ];
}

function answer(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => { raw += c; });
  req.on('end', () => {
    const url = new URL(req.url, 'http://localhost');
    let body = null;
    try { body = raw ? JSON.parse(raw) : null; } catch { return answer(res, 400, { error: 'not JSON' }); }
    if (url.pathname === '/_calls') return answer(res, 200, calls);
    calls.push({ method: req.method, path: url.pathname, authorized: req.headers.authorization === 'Bearer test-provider-key', body });
    if (req.headers.authorization !== 'Bearer test-provider-key') return answer(res, 401, { error: 'missing or wrong API key' });
    switch (`${req.method} ${url.pathname}`) {
      case 'POST /v1/people/search':
        tag = String(body?.campaignId ?? 'none').slice(0, 8);
        return answer(res, 200, { people: people(tag).slice(0, Math.max(0, Number(body?.limit ?? 20))) });
      case 'POST /v1/enrich':
        return answer(res, 200, {
          talkingPoints: [`${body.companyName} opened a new office`], painPoints: ['Slow outbound'],
          techStack: ['HubSpot'], companyData: { size: '51-200' }, recentActivity: 'Posted about hiring',
        });
      case 'POST /chat/completions': {
        const prompt = JSON.parse(body.messages[1].content);
        const low = prompt.prospect.fullName.startsWith('Lena');
        const content = {
          subject: `Hello ${prompt.prospect.fullName.split(' ')[0]}`,
          message: `Hi ${prompt.prospect.fullName.split(' ')[0]}, congratulations on the new office at ${prompt.prospect.companyName}. Worth a short chat?`,
          confidence: low ? 40 : 92,
          reasoning: low ? 'Little public information' : 'Recent office opening is a clear hook',
        };
        return answer(res, 200, { id: 'chatcmpl-test', model: body.model, choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(content) } }] });
      }
      case 'POST /v1/warmup':
        return answer(res, 200, { likesToday: 3, commentsToday: 1, connectionStatus: 'accepted' });
      case 'POST /v1/messages':
        if (String(body?.profileUrl).includes('finn-fail')) return answer(res, 503, { error: 'profile unreachable' });
        return answer(res, 200, { id: `li-${Date.now()}` });
      case 'GET /v1/inbox':
        return answer(res, 200, { messages: [{ id: `li-reply-${tag}`, profileUrl: `https://linkedin.com/in/vera-vip-${tag}/`,
          text: 'Thanks Vera here, happy to talk.', receivedAt: new Date(startedAt - 60_000).toISOString() }] });
      case 'GET /v1/bookings':
        return answer(res, 200, { bookings: [{ id: `cal-evt-${tag}`, title: 'Intro call with Otto', attendeeEmail: `otto.${tag}@contoso.test`,
          startTime: new Date(startedAt + 2 * 86_400_000).toISOString(), durationMinutes: 30, meetingUrl: 'https://meet.example.com/otto' }] });
      default:
        return answer(res, 404, { error: `no such endpoint: ${req.method} ${url.pathname}` });
    }
  });
});

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  server.listen(port, '127.0.0.1', () => console.log(`providers listening on ${server.address().port}`));
}

// Runs scripts/verify-deployment against small fake API/SPA servers on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, run } from '../lib/procs.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const script = path.join(repo, 'scripts', 'verify-deployment');
const verify = (...args) => run('bash', [script, ...args], { env: { ...process.env, VERIFY_ATTEMPTS: '1' } });

const health = (db, upstash) => ({
  status: db === 'UP' && upstash === 'UP' ? 'UP' : 'DOWN',
  components: { db: { status: db }, upstash: { status: upstash } },
});

// An anonymous caller's /health: no version or instance (those only answer a call on the instance's own host).
// One fake server; each test picks a behaviour by path prefix: /ok, /dbdown, /noshell.
function fakeServer() {
  return http.createServer((req, res) => {
    const [, mode, ...rest] = req.url.split('/');
    const route = '/' + rest.join('/');
    if (route === '/health') {
      const body = mode === 'dbdown' ? health('DOWN', 'UP') : health('UP', 'UP');
      res.writeHead(mode === 'dbdown' ? 503 : 200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(body));
    }
    if (route === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(mode === 'noshell' ? '<html><body>Maintenance</body></html>' : '<!doctype html><body><div id="root"></div></body>');
    }
    res.writeHead(404).end();
  });
}

let server;
let hanging;
let base;
let hangingUrl;
const sockets = new Set();

before(async () => {
  server = fakeServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  // Accepts connections and never answers: curl's --max-time must end the check.
  hanging = net.createServer((s) => sockets.add(s));
  await new Promise((r) => hanging.listen(0, '127.0.0.1', r));
  hangingUrl = `http://127.0.0.1:${hanging.address().port}`;
});

after(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((r) => hanging.close(r));
  await new Promise((r) => server.close(r));
});

test('a healthy API and SPA pass, with one PASS line per check and a skipped database', async () => {
  const r = await verify(`${base}/ok`, `${base}/ok`);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^PASS api-health: .*\/health 200 status=UP db=UP upstash=UP$/m);
  assert.match(r.stdout, /^PASS spa-index: .* 200 with the app shell$/m);
  assert.match(r.stdout, /^SKIP database: no DATABASE_URL given$/m);
  assert.match(r.stdout, /^RESULT: deployment verified$/m);
});

test('a 503 health with the database down fails and names the component', async () => {
  const r = await verify(`${base}/dbdown`, `${base}/ok`);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^FAIL api-health: .* HTTP 503 status=DOWN db=DOWN upstash=UP$/m);
  assert.match(r.stdout, /^PASS spa-index/m);
  assert.match(r.stdout, /^RESULT: 1 check\(s\) failed$/m);
});

test('an SPA page without the app shell fails', async () => {
  const r = await verify(`${base}/ok`, `${base}/noshell`);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^FAIL spa-index: .* no app shell/m);
});

test('closed ports fail every check quickly, the database included', async () => {
  const closed = `http://127.0.0.1:${await freePort()}`;
  const dbPort = await freePort();
  const r = await verify(closed, closed, `postgresql://sm:s3cret-pw@127.0.0.1:${dbPort}/sm`);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^FAIL api-health: .* unreachable/m);
  assert.match(r.stdout, /^FAIL spa-index: .* unreachable/m);
  assert.match(r.stdout, /^FAIL database: (SELECT 1 failed|psql is not installed)/m);
  assert.match(r.stdout, /^RESULT: 3 check\(s\) failed$/m);
  assert.doesNotMatch(r.stdout + r.stderr, /s3cret-pw/, 'the database password must never be printed');
  assert.ok(r.ms < 5000, `took ${r.ms} ms`);
});

test('a server that never answers is cut off by the 5 s timeout', async () => {
  const r = await verify(hangingUrl, `${base}/ok`);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^FAIL api-health: .* unreachable .*(timed out|Timeout)/im);
  assert.ok(r.ms >= 4500 && r.ms < 8000, `took ${r.ms} ms`);
});

test('wrong usage exits 2 with the usage line', async () => {
  const r = await run('bash', [script, 'only-one-arg']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^usage: .*verify-deployment API_URL SPA_URL \[DATABASE_URL\]/m);
});

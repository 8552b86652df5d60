// Starts the real web/Caddyfile with Caddy on 127.0.0.1 over a fake Vite build and checks
// what a browser would get: headers, caching, SPA fallback and 404 for missing bundles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitForHttp, onPath } from '../lib/procs.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const API_ORIGIN = 'https://api-staging.sales-machine.com';
const REFERENCE = '<!doctype html><html><head><title>Sales Machine API reference</title></head><body><div id="api-reference"></div></body></html>';
const SHELL = '<!doctype html><html><head><script type="module" src="/assets/index-3f2a9c.js"></script></head><body><div id="root"></div></body></html>';

const haveCaddy = await onPath('caddy');
let caddy;
let dist;
let base;

before(async () => {
  if (!haveCaddy) return;
  dist = await mkdtemp(path.join(tmpdir(), 'sm-spa-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), SHELL);
  await writeFile(path.join(dist, 'assets', 'index-3f2a9c.js'), 'console.log("app");'.repeat(200));
  await writeFile(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await mkdir(path.join(dist, 'api-reference'));
  await writeFile(path.join(dist, 'api-reference', 'index.html'), REFERENCE);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  caddy = spawn('caddy', ['run', '--config', path.join(repo, 'web', 'Caddyfile'), '--adapter', 'caddyfile'], {
    env: { ...process.env, PORT: String(port), SM_SPA_ROOT: dist, SM_API_ORIGIN: API_ORIGIN, HOME: dist },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  caddy.stderr.on('data', (d) => (stderr += d));
  caddy.once('exit', (code) => { if (code) console.error(`caddy exited ${code}: ${stderr}`); });
  await waitForHttp(`${base}/health`);
});

after(async () => {
  if (caddy && caddy.exitCode === null) {
    const exited = new Promise((r) => caddy.once('exit', r));
    caddy.kill('SIGTERM');
    await exited;
  }
  if (dist) await rm(dist, { recursive: true, force: true });
});

const skip = haveCaddy ? false : 'caddy is not installed (scripts/test-ops installs it with apt-get when run as root)';

test('the index is served with no-cache and the app shell', { skip }, async () => {
  const res = await fetch(`${base}/`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cache-control'), 'no-cache');
  assert.match(res.headers.get('content-type'), /text\/html/);
  assert.match(await res.text(), /<div id="root"><\/div>/);
});

test('the API reference page is served as its own page, not the app shell', { skip }, async () => {
  const res = await fetch(`${base}/api-reference/`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-security-policy'), /connect-src 'self' https:\/\/api-staging\.sales-machine\.com/);
  assert.match(await res.text(), /<div id="api-reference"><\/div>/);
});

test('a client-side route falls back to index.html', { skip }, async () => {
  const res = await fetch(`${base}/campaigns/42/review?tab=pending`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cache-control'), 'no-cache');
  assert.match(await res.text(), /<div id="root"><\/div>/);
});

test('hashed assets are cached for a year as immutable', { skip }, async () => {
  const res = await fetch(`${base}/assets/index-3f2a9c.js`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.match(res.headers.get('content-type'), /javascript/);
  assert.match(await res.text(), /console\.log/);
});

test('a missing asset is a 404, not the app shell', { skip }, async () => {
  const res = await fetch(`${base}/assets/index-deadbeef.js`);
  assert.equal(res.status, 404);
  assert.equal(res.headers.get('cache-control'), 'no-store', 'an error must never be cached as immutable');
  assert.equal(res.headers.get('server'), null);
  assert.doesNotMatch(await res.text(), /<div id="root">/);
});

test('other existing files are served as they are and revalidated', { skip }, async () => {
  const res = await fetch(`${base}/favicon.svg`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /image\/svg\+xml/);
  assert.equal(res.headers.get('cache-control'), 'no-cache');
});

test('the Content-Security-Policy lets the app connect only to itself and the API origin of its environment', { skip }, async () => {
  const res = await fetch(`${base}/`);
  const csp = res.headers.get('content-security-policy');
  assert.ok(csp, 'CSP header missing');
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['connect-src'], ["'self'", API_ORIGIN]);
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['script-src'], ["'self'"]);
  assert.deepEqual(directives['frame-ancestors'], ["'none'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
});

test('security headers are present on every response and the Server header is removed', { skip }, async () => {
  for (const p of ['/', '/assets/index-3f2a9c.js', '/some/route']) {
    const res = await fetch(`${base}${p}`);
    await res.arrayBuffer();
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', p);
    assert.equal(res.headers.get('x-frame-options'), 'DENY', p);
    assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', p);
    assert.match(res.headers.get('strict-transport-security'), /max-age=\d+/, p);
    assert.ok(res.headers.get('content-security-policy'), p);
    assert.equal(res.headers.get('server'), null, p);
  }
});

test('responses are compressed when the browser accepts gzip', { skip }, async () => {
  const res = await fetch(`${base}/assets/index-3f2a9c.js`, { headers: { 'accept-encoding': 'gzip' } });
  await res.arrayBuffer();
  assert.equal(res.headers.get('content-encoding'), 'gzip');
});

test('/health answers 200 for Railway without touching the build', { skip }, async () => {
  const res = await fetch(`${base}/health`);
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'ok');
});

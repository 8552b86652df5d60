// Browser-test harness: builds the SPA against E2E_API_URL, serves it with `vite preview` on :5173
// (the origin the API allows with credentials) and drives Debian's Chromium through playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const API_URL = (process.env.E2E_API_URL || 'http://localhost:3000').replace(/\/$/, '');
export const SPA_PORT = Number(process.env.E2E_SPA_PORT || 5173);
export const SPA_URL = `http://localhost:${SPA_PORT}`;
export const WEB_DIR = new URL('..', import.meta.url).pathname;
export const RESULTS_DIR = join(WEB_DIR, 'test-results');
/** Screenshots of every route (gitignored), kept by CI as artefacts. */
export const ARTIFACTS_DIR = join(WEB_DIR, 'e2e', 'artifacts');
export const DEMO = { email: 'demo@sales-machine.local', password: 'demo-password-1' };

async function waitFor(url, ms) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
      last = `status ${r.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms} ms (${last})`);
}

/** Debian's Chromium through playwright-core, in a throw-away profile. */
export async function launchBrowser({ colorScheme = 'light', timezoneId, locale } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'sm-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    colorScheme,
    ...(timezoneId ? { timezoneId } : {}),
    ...(locale ? { locale } : {}),
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A Vite server (`vite`, `vite preview ...`) of web/ on SPA_PORT, in its own process group; resolves when it answers. */
export async function startVite(args, env = {}) {
  const server = spawn('node', ['node_modules/vite/bin/vite.js', ...args, '--port', String(SPA_PORT), '--strictPort', '--host', 'localhost'], {
    cwd: WEB_DIR,
    env: { ...process.env, VITE_API_URL: API_URL, ...env },
    stdio: 'ignore',
    detached: true,
  });
  await waitFor(SPA_URL, 60_000);
  return {
    stop() {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        server.kill('SIGTERM');
      }
    },
  };
}

export async function assertApiHealthy() {
  const health = await fetch(`${API_URL}/health`).catch((e) => ({ ok: false, status: e.message }));
  if (!health.ok) throw new Error(`The API at ${API_URL} is not healthy (${health.status}); start it with demo data first.`);
}

/** Builds the SPA against E2E_API_URL (into `outDir`, default dist/) and serves it with `vite preview`. */
export async function startStack({ outDir, browser } = {}) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await assertApiHealthy();
  const buildArgs = ['vite', 'build', '--logLevel', 'warn', ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : [])];
  const build = spawnSync('npx', buildArgs, { cwd: WEB_DIR, env: { ...process.env, VITE_API_URL: API_URL }, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  const preview = await startVite(['preview', ...(outDir ? ['--outDir', outDir] : [])]);
  const chromium_ = await launchBrowser(browser);
  return {
    context: chromium_.context,
    async stop() {
      await chromium_.close();
      preview.stop();
    },
  };
}

// The API allows a user 100 calls a minute (429 beyond). The browser tests all act as the demo seller, so they
// pace themselves: every API request is noted, and pace() waits while the last minute holds `limit` of them.
// Test files run one after another in separate processes: the last minute's calls are handed on in a file.
const CALLS_FILE = join(RESULTS_DIR, 'api-calls.json');
const apiCalls = (() => {
  try {
    return JSON.parse(readFileSync(CALLS_FILE, 'utf8')).filter((t) => t > Date.now() - 60_000);
  } catch {
    return [];
  }
})();
process.on('exit', () => {
  try {
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(CALLS_FILE, JSON.stringify(apiCalls.filter((t) => t > Date.now() - 60_000)));
  } catch {
    /* best effort */
  }
});

export async function pace(limit = 70) {
  for (;;) {
    const now = Date.now();
    while (apiCalls.length && apiCalls[0] < now - 60_000) apiCalls.shift();
    if (apiCalls.length < limit) return;
    await new Promise((r) => setTimeout(r, apiCalls[0] + 60_000 - now + 50));
  }
}

/** A fresh page with no cookies: each scenario starts logged out. */
export async function freshPage(context) {
  await context.clearCookies();
  const page = await context.newPage();
  page.on('request', (r) => {
    if (r.url().startsWith(API_URL) && r.method() === 'POST') apiCalls.push(Date.now());
  });
  page.setDefaultTimeout(15_000);
  return page;
}

export async function login(page, { email, password } = DEMO) {
  await page.goto(`${SPA_URL}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
}

/**
 * The login preamble of the tests that act as a seller: waits first while the last minute holds `pace` API calls
 * (pace(limit); leave it out to not wait), then logs in (the demo seller unless `as` names another).
 */
export async function signIn(page, { pace: limit, as = DEMO } = {}) {
  if (limit) await pace(limit);
  await login(page, as);
}

/** A fresh page (no cookies) at `viewport` (if given), signed in as signIn does. */
export async function loggedInPage(context, { viewport, pace: limit, as } = {}) {
  const page = await freshPage(context);
  if (viewport) await page.setViewportSize(viewport);
  await signIn(page, { pace: limit, as });
  return page;
}

/** Calls an API function from the page, with the page's session cookie: `{status, body}`. */
export function callApi(page, name, input = {}) {
  return page.evaluate(
    async ({ url, name, input }) => {
      const r = await fetch(`${url}/${name}`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
      return { status: r.status, body: await r.json() };
    },
    { url: API_URL, name, input },
  );
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

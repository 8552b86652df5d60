// Never blank (issue 16): the dev server from a clean dependency cache, the security headers of dev and preview,
// a chunk removed under a running tab. Against the REAL API (E2E_API_URL), like app.e2e.test.mjs.
import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { securityHeaders } from '../config/security-headers.mjs';
import { API_URL, ARTIFACTS_DIR, SPA_URL, WEB_DIR, assertApiHealthy, freshPage, launchBrowser, login, startStack, startVite } from './harness.mjs';

const cleanups = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** The document's security headers equal the Caddyfile's (the dev CSP may add sha256 sources to script-src). */
function assertSecurityHeaders(headers) {
  const expected = securityHeaders({ apiOrigin: new URL(API_URL).origin });
  for (const [name, value] of Object.entries(expected)) {
    const got = headers[name.toLowerCase()];
    if (name === 'Content-Security-Policy') assert.equal(got?.replace(/ 'sha256-[^']+'/g, ''), value, 'CSP');
    else assert.equal(got, value, name);
  }
}

/** Collects what would make a page blank or insecure: 5xx/504 answers, CSP refusals, uncaught errors. */
function watch(page) {
  const problems = [];
  page.on('response', (r) => {
    if (r.status() >= 500) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

describe('the cockpit never goes blank', () => {
  it('the dev server started from a clean node_modules/.vite serves the dashboard, charts included, on first load', async () => {
    await assertApiHealthy();
    rmSync(join(WEB_DIR, 'node_modules', '.vite'), { recursive: true, force: true });
    const dev = await startVite([]);
    const browser = await launchBrowser();
    cleanups.push(async () => {
      await browser.close();
      dev.stop();
    });
    const page = await freshPage(browser.context);
    const problems = watch(page);
    const first = await page.goto(`${SPA_URL}/login`);
    assertSecurityHeaders(first.headers());
    await login(page);
    await page.locator('.recharts-surface').nth(1).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'dev-server-dashboard.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
    await browser.close();
    dev.stop();
    cleanups.length = 0;
  });

  it('a chunk removed after a deployment reloads the page once, then shows the error inside the shell', async () => {
    const outDir = join(WEB_DIR, 'test-results', 'dist-chunk-test');
    const stack = await startStack({ outDir });
    cleanups.push(() => stack.stop());
    const page = await freshPage(stack.context);
    const problems = watch(page);
    const first = await page.goto(`${SPA_URL}/login`);
    assertSecurityHeaders(first.headers()); // vite preview sends the Caddyfile's headers too
    await login(page);

    const chunk = readdirSync(join(outDir, 'assets')).find((f) => /^MeetingsPage-.*\.js$/.test(f));
    assert.ok(chunk, 'the build has a Meetings chunk');
    rmSync(join(outDir, 'assets', chunk));

    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.getByRole('link', { name: 'Meetings', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
    await alert.waitFor({ timeout: 20_000 });
    assert.equal(loads, 1, 'reloaded exactly once');
    assert.equal(new URL(page.url()).pathname, '/meetings');
    // the shell stays: nav and log-out
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).waitFor();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'chunk-missing.png'), fullPage: true });
    // the only failures are the missing chunk's (a 404, never a 5xx), and nothing was refused by the CSP
    assert.deepEqual(problems.filter((p) => !p.includes(chunk)), []);
    // another screen still works from the error
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.close();
  });
});

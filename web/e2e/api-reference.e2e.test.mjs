// The API reference page (/api-reference/) in a real browser: Swagger UI renders the repo's contract,
// docs/openapi.json, and lists every function of the catalogue (the Java tests prove that document's paths are
// exactly the catalogue, Functions.ALL, and the bytes GET /openapi.json serves). The page runs under the
// Content-Security-Policy the SPA is deployed with (web/Caddyfile), so a renderer needing more fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { API_URL, SPA_URL, WEB_DIR, freshPage, screenshot, startStack } from './harness.mjs';

const documentPaths = Object.entries(JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')).paths)
  .map(([path, item]) => ({ path, method: Object.keys(item)[0].toUpperCase() }));

/** The policy web/Caddyfile sends, with the environment's API origin filled in. */
function deployedPolicy() {
  const caddyfile = readFileSync(`${WEB_DIR}/Caddyfile`, 'utf8');
  const policy = caddyfile.match(/Content-Security-Policy "([^"]+)"/);
  assert.ok(policy, 'web/Caddyfile sets a Content-Security-Policy');
  return policy[1].replace('{$SM_API_ORIGIN}', new URL(API_URL).origin);
}

let stack;
before(async () => {
  stack = await startStack({ needsApi: false });
});
after(async () => {
  await stack?.stop();
});

describe('the API reference page', () => {
  it('lists every function of the catalogue with its method, under the deployed CSP', async () => {
    assert.ok(documentPaths.length > 40, `the document has the catalogue (${documentPaths.length} paths)`);
    const page = await freshPage(stack.context);
    const policy = deployedPolicy();
    const violations = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.route(`${SPA_URL}/api-reference/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });

    await page.goto(`${SPA_URL}/api-reference/`);
    await page.locator('.opblock').first().waitFor();
    const shown = await page.locator('.opblock').evaluateAll((blocks) => blocks.map((b) => ({
      method: b.querySelector('.opblock-summary-method')?.textContent?.trim(),
      path: b.querySelector('.opblock-summary-path')?.getAttribute('data-path'),
    })));
    await screenshot(page, 'api-reference');

    assert.deepEqual(
      shown.map((op) => `${op.method} ${op.path}`).sort(),
      documentPaths.map((op) => `${op.method} ${op.path}`).sort(),
    );
    assert.ok(await page.getByText('Sales Machine API').first().isVisible());
    assert.deepEqual(violations, []);
    await page.close();
  });
});

// The API reference page (/api-reference/) in a real browser, against the REAL API (E2E_API_URL, as the other
// browser tests): Swagger UI renders the contract the API serves at GET /openapi.json and lists every function of
// the catalogue. The served document is the committed docs/openapi.json (checked here too; the Java tests prove
// its paths are exactly the catalogue, Functions.ALL).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { API_URL, SPA_URL, freshPage, screenshot, startStack } from './harness.mjs';

const operations = (document) => Object.entries(document.paths)
  .map(([path, item]) => `${Object.keys(item)[0].toUpperCase()} ${path}`).sort();

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

describe('the API reference page', () => {
  it('lists every function of the catalogue with its method', async () => {
    const served = await (await fetch(`${API_URL}/openapi.json`)).json();
    const committed = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
    const expected = operations(served);
    assert.deepEqual(expected, operations(committed), 'the API serves the committed contract');
    assert.ok(expected.length > 40, `the document has the catalogue (${expected.length} operations)`);
    const page = await freshPage(stack.context);
    const consoleErrors = [];
    const pageErrors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${SPA_URL}/api-reference/`);
    try {
      await page.locator('.opblock').first().waitFor();
    } catch (e) {
      await screenshot(page, 'api-reference-failed');
      assert.fail(`no operation rendered: ${e.message}\npage: ${(await page.locator('body').innerText()).slice(0, 500)}\nconsole: ${consoleErrors.join('\n')}`);
    }
    const shown = await page.locator('.opblock').evaluateAll((blocks) => blocks.map((b) => ({
      method: b.querySelector('.opblock-summary-method')?.textContent?.trim(),
      path: b.querySelector('.opblock-summary-path')?.getAttribute('data-path'),
    })));
    await screenshot(page, 'api-reference');

    assert.deepEqual(shown.map((op) => `${op.method} ${op.path}`).sort(), expected);
    assert.ok(await page.getByText('Sales Machine API').first().isVisible());
    assert.deepEqual(pageErrors, [], 'no uncaught error on the page');
    await page.close();
  });
});

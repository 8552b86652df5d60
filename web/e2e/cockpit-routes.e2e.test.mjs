// Every route of the cockpit (issue 16) at 1440x900 and 390x844 in the light and dark themes, against the REAL API
// and its demo data: axe-core with 0 serious/critical violations, no horizontal overflow, a screenshot each in
// e2e/artifacts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS_DIR, SPA_URL, callApi as api, freshPage, launchBrowser, pace, signIn, startStack } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const VIEWPORTS = [
  { name: '1440', width: 1440, height: 900 },
  { name: '390', width: 390, height: 844 },
];

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});


/** axe-core in the page (through the DevTools protocol, so the page's CSP stays on); serious and critical only. */
async function axeProblems(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.locator('.loading').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

describe('every route, both sizes, both themes', () => {
  for (const scheme of ['light', 'dark']) {
    it(`has no serious or critical axe violation and is photographed (${scheme})`, async () => {
      const browser = await launchBrowser({ colorScheme: scheme });
      try {
        const page = await freshPage(browser.context);
        const problems = [];
        for (const vp of VIEWPORTS) {
          await page.setViewportSize(vp);
          await page.context().clearCookies();
          for (const path of ['/login', '/signup']) {
            await pace();
            await page.goto(`${SPA_URL}${path}`);
            await page.getByRole('heading', { level: 1 }).waitFor();
            await settle(page);
            for (const p of await axeProblems(page)) problems.push(`${path} ${vp.name} ${scheme}: ${p}`);
            await page.screenshot({ path: join(ARTIFACTS_DIR, `route${path.replace(/\W+/g, '-')}-${vp.name}-${scheme}.png`), fullPage: true });
          }
          await signIn(page, { pace: 70 });
          const first = await api(page, 'listProspects', { limit: 1 });
          const prospectId = first.body.items[0]?.id;
          const routes = ['/', '/review', '/prospects', `/prospects/${prospectId}`, '/meetings', '/meetings?when=past', '/templates', '/settings', '/onboarding'];
          for (const path of routes) {
            await pace();
            await page.goto(`${SPA_URL}${path}`);
            await page
              .getByRole('heading', { level: 1 })
              .first()
              .waitFor()
              .catch(async (e) => {
                await page.screenshot({ path: join(ARTIFACTS_DIR, `FAILED-${path.replace(/\W+/g, '-')}-${vp.name}-${scheme}.png`), fullPage: true });
                throw new Error(`${path} ${vp.name} ${scheme}: no heading (${e.message}); page text: ${(await page.locator('body').innerText()).slice(0, 300)}`);
              });
            await settle(page);
            if (path === '/') await page.locator('.recharts-surface').nth(1).waitFor({ timeout: 20_000 });
            for (const p of await axeProblems(page)) problems.push(`${path} ${vp.name} ${scheme}: ${p}`);
            const overflow = await page.evaluate(() => {
              const width = document.documentElement.clientWidth;
              const over = document.documentElement.scrollWidth - width;
              if (over <= 1) return null;
              const culprits = [...document.querySelectorAll('body *')]
                .filter((el) => el.getBoundingClientRect().right > width + 1)
                .slice(0, 3)
                .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
              return `${over}px (${culprits.join(', ')})`;
            });
            if (overflow) problems.push(`${path} ${vp.name} ${scheme}: horizontal overflow ${overflow}`);
            const name = path === `/prospects/${prospectId}` ? '/prospect-detail' : path;
            await page.screenshot({ path: join(ARTIFACTS_DIR, `route${name.replace(/\W+/g, '-')}-${vp.name}-${scheme}.png`), fullPage: true });
          }
        }
        const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        if (scheme === 'dark') assert.equal(bg, 'rgb(15, 20, 28)', 'prefers-color-scheme: dark gives the dark theme');
        else assert.equal(bg, 'rgb(246, 247, 249)');
        assert.deepEqual(problems, []);
        await page.close();
      } finally {
        await browser.close();
      }
    });
  }
});


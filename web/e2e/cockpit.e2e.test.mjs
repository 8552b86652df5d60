// The cockpit of issue 16 in a real browser against the REAL API and its demo data: a seller in
// Europe/Paris on a New York browser, the French UI, dark mode, and the "finish" items.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTIFACTS_DIR, SPA_URL, callApi as api, freshPage, launchBrowser, loggedInPage, signIn, startStack } from './harness.mjs';

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


describe('speaks the user\'s time and language', () => {
  it('shows a Europe/Paris seller\'s times in Paris time with the label, on a New York browser, then all in French', async () => {
    const browser = await launchBrowser({ timezoneId: 'America/New_York', locale: 'en-US' });
    const page = await freshPage(browser.context);
    let restore = null;
    try {
      await signIn(page, { pace: 40 });
      const me = (await api(page, 'me')).body;
      restore = { timezone: me.timezone, language: me.language };
      assert.equal((await api(page, 'updateMe', { timezone: 'Europe/Paris', language: 'en' })).status, 200);
      const events = (await api(page, 'activityStream', { limit: 5 })).body.items;
      assert.ok(events.length > 0, 'the demo data has activity');
      const at = new Date(events[0].at);
      const paris = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris', timeZoneName: 'short' }).format(at);
      const newYork = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'America/New_York', timeZoneName: 'short' }).format(at);
      await page.goto(`${SPA_URL}/`);
      const firstTime = page.locator('.stream time').first();
      await firstTime.waitFor();
      assert.equal((await firstTime.innerText()).trim(), paris);
      assert.notEqual(paris, newYork);
      assert.match(paris, /CET|CEST|GMT\+[12]/);
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'timezone-paris-on-new-york-browser.png'), fullPage: true });

      // The one time-zone setting: a searchable IANA list in the profile; Preferences has none.
      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      const zone = page.getByLabel('Time zone');
      await zone.waitFor();
      await page.getByRole('button', { name: 'Save settings' }).waitFor();
      assert.equal(await zone.count(), 1, 'one time-zone field');
      assert.equal(await zone.inputValue(), 'Europe/Paris');
      assert.ok((await page.locator('datalist option[value="Asia/Tokyo"]').count()) === 1, 'the IANA zones are offered');

      // French UI, from the profile
      await page.getByLabel('Language').selectOption('fr');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await page.getByRole('heading', { name: 'Paramètres', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Tableau de bord' }).click();
      await page.getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
      const fr = new Intl.DateTimeFormat('fr-FR', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris', timeZoneName: 'short' }).format(at);
      await page.locator('.stream time').first().waitFor();
      assert.equal((await page.locator('.stream time').first().innerText()).trim(), fr);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
      assert.equal(await page.getByText('Review queue').count(), 0, 'no English left in the nav');
      await page.screenshot({ path: join(ARTIFACTS_DIR, 'french-dashboard.png'), fullPage: true });
      for (const vp of VIEWPORTS) {
        await page.setViewportSize(vp);
        await page.goto(`${SPA_URL}/review`);
        await page.getByRole('heading', { name: 'File de relecture', level: 1 }).waitFor();
        await page.screenshot({ path: join(ARTIFACTS_DIR, `french-review-${vp.name}.png`), fullPage: true });
      }
    } finally {
      if (restore) await api(page, 'updateMe', restore);
      await page.close();
      await browser.close();
    }
  });
});

describe('finish', () => {
  for (const vp of VIEWPORTS) {
    it(`nav count, titles and focus, meetings tab in the URL, unsaved settings, sessions, status toast, health ring, theme toggle (${vp.width}x${vp.height})`, async () => {
      const page = await loggedInPage(stack.context, { viewport: vp, pace: 40 });
      const stats = (await api(page, 'dashboardStats')).body;
      const count = page.getByTestId('nav-pending');
      if (stats.reviewPending > 0) assert.equal((await count.locator('[aria-hidden="true"]').innerText()).trim(), String(stats.reviewPending));

      // title per route, focus on the heading after a route change
      await page.getByRole('link', { name: /^Prospects/ }).first().click();
      await page.getByRole('heading', { name: 'Prospects', level: 1 }).waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      assert.equal(await page.title(), 'Prospects · Sales Machine');

      // the health ring is round and inside the screen
      await page.goto(`${SPA_URL}/`);
      const ring = page.locator('.health-score');
      await ring.waitFor();
      const box = await ring.boundingBox();
      assert.ok(Math.abs(box.width - box.height) < 1, `round ring (${box.width}x${box.height})`);
      assert.ok(box.x >= 0 && box.x + box.width <= vp.width, 'ring inside the viewport');

      // meetings tab in the URL
      await page.goto(`${SPA_URL}/meetings`);
      await page.getByRole('tab', { name: 'Past' }).click();
      await page.waitForURL(/\/meetings\?when=past$/);
      await page.reload();
      assert.equal(await page.getByRole('tab', { name: 'Past' }).getAttribute('aria-selected'), 'true');

      // settings warn before leaving unsaved changes: the shell's links and the browser's Back button
      // (the router's blocker asks from an effect, so wait for the dialog itself)
      const question = (accept) =>
        new Promise((resolve) => {
          page.once('dialog', (d) => {
            resolve(d.message());
            void (accept ? d.accept() : d.dismiss());
          });
        });
      await page.goto(`${SPA_URL}/`);
      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      await page.getByLabel('Company').fill('Unsaved Co');
      let asked = question(false);
      await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
      assert.match(await asked, /unsaved changes/);
      assert.equal(new URL(page.url()).pathname, '/settings');
      asked = question(false);
      await page.evaluate(() => window.history.back());
      assert.match(await asked, /unsaved changes/);
      await page.waitForURL((u) => u.pathname === '/settings');
      await page.waitForTimeout(500);
      assert.equal(new URL(page.url()).pathname, '/settings', 'Back with Cancel stays on the settings');
      assert.equal(await page.getByLabel('Company').inputValue(), 'Unsaved Co', 'the typed text is kept');
      asked = question(true);
      await page.evaluate(() => window.history.back());
      assert.match(await asked, /unsaved changes/);
      await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/');

      // sessions: "<browser> on <system>" with their last use
      await page.goto(`${SPA_URL}/settings`);
      const sessions = page.getByTestId('sessions');
      await sessions.waitFor();
      assert.match(await sessions.innerText(), /\w+ on Linux[\s\S]*last used/);

      // a prospect status change confirms with a toast
      const prospect = (await api(page, 'listProspects', { limit: 1 })).body.items[0];
      await page.goto(`${SPA_URL}/prospects/${prospect.id}`);
      const status = page.getByLabel('Status');
      await status.waitFor();
      const other = prospect.status === 'engaged' ? 'qualified' : 'engaged';
      await status.selectOption(other);
      await page.getByRole('status').filter({ hasText: /Status changed to/ }).waitFor();
      await api(page, 'updateProspect', { id: prospect.id, status: prospect.status });

      // the theme toggle: system -> dark -> light -> system
      const toggle = page.getByRole('button', { name: /^Theme/ });
      await toggle.click();
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      await toggle.click();
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
      await toggle.click();
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme ?? null), null);
      await page.close();
    });
  }
});

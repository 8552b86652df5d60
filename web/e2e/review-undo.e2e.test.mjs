// Forgives a wrong key (issue 16), against the REAL API with its demo data, at 1440x900 and 390x844.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { API_URL, ARTIFACTS_DIR, loggedInPage, startStack, SPA_URL } from './harness.mjs';

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

const draftId = (page) => page.getByTestId('draft').getAttribute('data-review-id');

for (const viewport of VIEWPORTS) {
  describe(`review queue at ${viewport.width}x${viewport.height}`, () => {
    it('approve then u: the same draft is back and still pending; reject then "Undo": back again', async () => {
      const page = await loggedInPage(stack.context, { viewport, pace: 50 });
      await page.goto(`${SPA_URL}/review`);
      await page.getByTestId('draft').waitFor();
      const first = await draftId(page);

      await page.waitForTimeout(450); // a seller reads the draft first: a decision on a draft shown < 400 ms ago is ignored
      await page.keyboard.press('a');
      await page.getByRole('status').filter({ hasText: 'Approved.' }).waitFor();
      assert.notEqual(await draftId(page), first, 'the next draft is shown');
      // focus moved to the next draft's heading
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'draft-title');
      await page.screenshot({ path: join(ARTIFACTS_DIR, `review-undo-toast-${viewport.name}.png`), fullPage: true });
      await page.keyboard.press('u');
      await page.getByRole('status').filter({ hasText: 'Decision undone' }).waitFor();
      await page.waitForFunction((id) => document.querySelector('[data-testid="draft"]')?.getAttribute('data-review-id') === id, first);

      // the server agrees: the draft is pending again (a reload lists it)
      await page.reload();
      await page.getByTestId('draft').waitFor();
      const pending = await page.evaluate(async (api) => {
        const r = await fetch(`${api}/listReviewQueue`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: '{"limit":100}' });
        return (await r.json()).items.map((i) => i.id);
      }, API_URL);
      assert.ok(pending.includes(first), 'the undone draft is pending on the server');
      await page.waitForFunction((id) => document.querySelector('[data-testid="draft"]')?.getAttribute('data-review-id') === id, first);

      await page.waitForTimeout(450); // a seller reads the draft first: a decision on a draft shown < 400 ms ago is ignored
      await page.keyboard.press('r');
      await page.getByLabel('Reason (optional)').fill('wrong key');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Rejected.' }).waitFor();
      const rejected = first;
      await page.getByRole('button', { name: /^Undo/ }).click();
      await page
        .waitForFunction((id) => document.querySelector('[data-testid="draft"]')?.getAttribute('data-review-id') === id, rejected)
        .catch(async (e) => {
          await page.screenshot({ path: join(ARTIFACTS_DIR, `FAILED-review-undo-reject-${viewport.name}.png`), fullPage: true });
          throw new Error(`${e.message}; page text: ${(await page.locator('main').innerText()).slice(0, 400)}`);
        });
      await page.close();
    });

    it('a refused edit keeps the typed text and shows the server\'s reason next to it', async () => {
      const page = await loggedInPage(stack.context, { viewport, pace: 50 });
      await page.goto(`${SPA_URL}/review`);
      await page.getByTestId('draft').waitFor();
      const id = await draftId(page);
      await page.keyboard.press('e');
      const typed = 'We guarantee you will double your pipeline in a month.';
      await page.getByLabel('Message').fill(typed);
      await page.getByRole('button', { name: 'Save and approve' }).click();
      await page
        .getByText(/hits blacklisted topics: .*guarantee/)
        .waitFor()
        .catch(async (e) => {
          await page.screenshot({ path: join(ARTIFACTS_DIR, `FAILED-review-edit-${viewport.name}.png`), fullPage: true });
          throw new Error(`${e.message}; page text: ${(await page.locator('main').innerText()).slice(0, 400)}`);
        });
      assert.equal(await page.getByLabel('Message').inputValue(), typed);
      assert.equal(await draftId(page), id, 'the same draft stays in the editor');
      assert.equal(await page.getByText('The request has invalid fields').count(), 0);
      await page.screenshot({ path: join(ARTIFACTS_DIR, `review-edit-refused-${viewport.name}.png`), fullPage: true });
      await page.keyboard.press('Escape');
      await page.close();
    });

    it('reaches Approve with a few Tab presses, not one per queue row', async () => {
      const page = await loggedInPage(stack.context, { viewport, pace: 50 });
      await page.goto(`${SPA_URL}/review`);
      await page
        .getByTestId('draft')
        .waitFor()
        .catch(async (e) => {
          throw new Error(`${e.message}; page text: ${(await page.locator('main').innerText()).slice(0, 400)}`);
        });
      await page.locator('body').click({ position: { x: 1, y: 1 } });
      let presses = 0;
      for (; presses < 40; presses++) {
        const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
        if (/^Approve a$/.test(name)) break;
        await page.keyboard.press('Tab');
      }
      console.log(`Tab presses to Approve at ${viewport.width}px: ${presses}`);
      assert.ok(presses <= 15, `Approve after ${presses} Tab presses`);
      await page.close();
    });
  });
}

// Browser tests against the REAL API (E2E_API_URL, default http://localhost:3000, running with demo data).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SPA_URL, freshPage, loggedInPage, median, screenshot, startStack } from './harness.mjs';

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

async function pendingOnDashboard(page) {
  await page.goto(`${SPA_URL}/`);
  const cell = page.getByTestId('review-pending');
  await cell.waitFor();
  return Number((await cell.innerText()).trim());
}

/**
 * Arms an in-page stopwatch: from the next `a` keydown to a different draft being on screen.
 * Armed (awaited) before the key is pressed; read back with `readStopwatch`.
 */
async function armStopwatch(page) {
  await page.evaluate(() => {
    const draftId = () => document.querySelector('[data-testid="draft"]')?.getAttribute('data-review-id') ?? null;
    const before = draftId();
    let start = null;
    window.__nextDraftMs = new Promise((resolve, reject) => {
      const onKey = (e) => {
        if (e.key === 'a' && start === null) start = performance.now();
      };
      document.addEventListener('keydown', onKey, { capture: true });
      const observer = new MutationObserver(() => {
        if (start !== null && draftId() !== before) {
          observer.disconnect();
          document.removeEventListener('keydown', onKey, { capture: true });
          resolve(performance.now() - start);
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-review-id'] });
      setTimeout(() => reject(new Error(`no next draft within 10 s (draft ${before} -> ${draftId()}, key seen: ${start !== null})`)), 10_000);
    });
  });
}

const readStopwatch = (page) => page.evaluate(() => window.__nextDraftMs);

describe('Sales Machine in a real browser', () => {
  it('signs up, goes through onboarding and lands on the dashboard', async () => {
    const page = await freshPage(stack.context);
    await page.goto(`${SPA_URL}/signup`);
    await screenshot(page, 'signup');
    // Client-side validation first: nothing is sent for a one-class password.
    await page.getByLabel('E-mail').fill(`e2e-${Date.now()}@example.com`);
    await page.getByLabel('Password').fill('aaaaaaaaaaaa');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(/must mix at least two/).waitFor();
    await page.getByLabel('Password').fill('correct horse 1');
    await page.getByLabel('Full name').fill('E2E Seller');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.getByRole('heading', { name: 'Set up your prospecting' }).waitFor();
    await page.getByLabel('Industries').fill('SaaS, Fintech');
    await page.getByLabel('Job titles').fill('Head of Sales');
    await page.getByLabel('Locations').fill('France');
    await screenshot(page, 'onboarding');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByLabel('Persona job titles').fill('Head of Sales, VP Sales');
    await page.getByLabel('Seniorities').fill('Director');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByLabel('E-mails per day (1–100)').fill('101');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByText('must be between 1 and 100').waitFor();
    await page.getByLabel('E-mails per day (1–100)').fill('25');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByLabel('Minimum warm-up days (7–15)').fill('8');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByLabel('Campaign name (optional)').fill('E2E first campaign');
    await page.getByRole('button', { name: 'Launch campaign' }).click();

    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await page.getByText('Your setup is not finished').count(), 0);
    await page.close();
  });

  it('reviews drafts as the demo seller: keyboard approve, edit, reject, bulk approve; the dashboard count follows', async () => {
    const page = await loggedInPage(stack.context);
    // both charts (pipeline by stage, activity over time) really render before the picture is taken
    await page.locator('.recharts-surface').nth(1).waitFor({ timeout: 20000 });
    await screenshot(page, 'dashboard');
    const pendingBefore = await pendingOnDashboard(page);
    assert.ok(pendingBefore >= 6, `the demo data needs at least 6 pending drafts, has ${pendingBefore}`);

    await page.getByRole('navigation').getByRole('link', { name: 'Review queue' }).click(); // the activity stream may link its "review queue" events too
    await page.getByTestId('draft').waitFor();
    await screenshot(page, 'review-queue');

    const approvals = Math.min(5, pendingBefore - 4);
    const timings = [];
    for (let i = 0; i < approvals; i++) {
      await page.waitForTimeout(450); // a seller reads the draft first: a decision on a draft shown < 400 ms ago is ignored
      await armStopwatch(page);
      await page.keyboard.press('a');
      timings.push(await readStopwatch(page));
      console.log(`approval ${i + 1}: ${timings[i].toFixed(1)} ms`);
      await page.getByRole('status').filter({ hasText: 'Approved.' }).first().waitFor();
      // one decision at a time: keys are ignored until this approval has settled (the Approve button is enabled
      // again), so that a repeated key never decides a draft the seller has not seen (an earlier toast may still show)
      await page.waitForFunction(() => {
        const approve = document.querySelector('[data-testid="draft"] .btn-primary');
        return approve != null && !approve.disabled;
      });
    }
    const ms = median(timings);
    console.log(`approve -> next draft shown: median ${ms.toFixed(1)} ms over ${timings.length} approvals (${timings.map((t) => t.toFixed(1)).join(', ')})`);

    // Edit: e opens the editor, the edited text is saved and approved.
    await page.keyboard.press('e');
    const message = page.getByLabel('Message');
    await message.fill('Thanks for the chat last week. Would a short call on Thursday work?');
    await page.getByRole('button', { name: 'Save and approve' }).click();
    await page.getByRole('status').filter({ hasText: 'Edited and approved.' }).waitFor();

    // Reject: r opens the reason, Enter rejects.
    await page.waitForTimeout(450); // a seller reads the draft first: a decision on a draft shown < 400 ms ago is ignored
    await page.keyboard.press('r');
    await page.getByLabel('Reason (optional)').fill('Off tone');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Rejected.' }).waitFor();

    // Bulk: x selects, j moves, x selects, then approve the selection.
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await page.getByRole('button', { name: 'Approve selected (2)' }).click();
    await page.getByRole('status').filter({ hasText: /^2 approved/ }).waitFor();

    const decided = approvals + 1 + 1 + 2;
    const pendingAfter = await pendingOnDashboard(page);
    assert.equal(pendingAfter, pendingBefore - decided);
    await page.close();
  });

  it('finds, opens, marks VIP and erases a prospect', async () => {
    const page = await loggedInPage(stack.context);
    await page.getByRole('link', { name: 'Prospects' }).click();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    await screenshot(page, 'prospects');
    // the first cell is the selection checkbox
    const firstName = (await rows.first().locator('td').nth(1).locator('a').innerText()).trim();
    const firstCompany = (await rows.first().locator('td').nth(2).innerText()).trim();

    await page.getByLabel('Search').fill(firstCompany);
    await page.waitForFunction((c) => [...document.querySelectorAll('tbody tr td:nth-child(3)')].every((td) => td.textContent.includes(c)), firstCompany);
    await page.getByLabel('Status', { exact: true }).selectOption({ index: 0 });
    await page.getByLabel('VIP', { exact: true }).selectOption('no');
    await page.getByRole('link', { name: firstName }).first().click();
    await page.getByRole('heading', { name: firstName }).waitFor();
    await screenshot(page, 'prospect-detail');

    await page.getByLabel('VIP reason').fill('Strategic account');
    await page.getByRole('button', { name: 'Mark as VIP' }).click();
    await page.getByRole('button', { name: 'Remove VIP' }).waitFor();

    const detailUrl = page.url();
    await page.getByRole('button', { name: 'Delete (GDPR)…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('This cannot be undone').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await page.getByRole('dialog').count(), 0);
    await page.getByRole('button', { name: 'Delete (GDPR)…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete permanently' }).click();
    await page.getByRole('heading', { name: 'Prospects' }).waitFor();
    await page.goto(detailUrl);
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /not|found/i);
    await page.close();
  });

  it('visits the other screens, then logs out and is sent to login from protected routes', async () => {
    const page = await loggedInPage(stack.context);
    for (const [link, name] of [['Meetings', 'meetings'], ['Templates', 'templates'], ['Settings', 'settings']]) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: link, level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, name);
    }
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.locator('.recharts-surface').nth(1).waitFor({ timeout: 20000 });
    await screenshot(page, 'dashboard-375');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no horizontal scroll at 375 px (overflow ${overflow}px)`);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    for (const path of ['/', '/review', '/prospects', '/settings']) {
      await page.goto(`${SPA_URL}${path}`);
      await page.getByRole('heading', { name: 'Log in' }).waitFor();
      const url = new URL(page.url());
      assert.equal(url.pathname, '/login');
      if (path !== '/') assert.equal(url.searchParams.get('next'), path);
    }
    await page.close();
  });
});

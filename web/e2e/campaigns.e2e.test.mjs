// Browser tests of issue 15 (campaigns and bulk work) against the REAL API, as a brand-new user.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { API_URL, SPA_URL, freshPage, screenshot, startStack } from './harness.mjs';

let stack;
before(async () => {
  stack = await startStack();
});
after(async () => {
  await stack?.stop();
});

const PROSPECTS = 30; // more than one page (25), so "select all matching" is not "select the page"

async function signUp(page) {
  await page.goto(`${SPA_URL}/signup`);
  await page.getByLabel('E-mail').fill(`e2e-campaigns-${Date.now()}@example.com`);
  await page.getByLabel('Password').fill('correct horse 1');
  await page.getByLabel('Full name').fill('E2E Campaigns');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Set up your prospecting' }).waitFor();
}

/** Prospects made through the API with the browser's own session cookie. */
async function createProspects(page, n, tag) {
  const created = await page.evaluate(
    async ({ api, n, tag }) => {
      let ok = 0;
      for (let i = 0; i < n; i++) {
        const r = await fetch(`${api}/createProspect`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ fullName: `${tag} Lead ${i}`, companyName: `${tag} Co ${i % 7}`, jobTitle: 'Head of Sales', email: `${tag.toLowerCase()}-${i}@example.com` }),
        });
        if (r.ok) ok++;
      }
      return ok;
    },
    { api: API_URL, n, tag },
  );
  assert.equal(created, n);
}

async function funnelRow(page, stage) {
  const row = page.getByTestId('campaign-funnel').getByRole('row').filter({ has: page.getByRole('rowheader', { name: stage, exact: true }) });
  return (await row.locator('td').first().innerText()).trim();
}

describe('Campaigns and bulk work in a real browser', () => {
  it('creates a campaign, assigns every matching prospect with "select all matching", changes their status in bulk; the funnel and the dashboard follow', async () => {
    const page = await freshPage(stack.context);
    await signUp(page);
    const tag = `Bulk${Date.now() % 100000}`;
    await createProspects(page, PROSPECTS, tag);

    // create a campaign; the server's 422 shows next to the field
    await page.goto(`${SPA_URL}/campaigns`);
    await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New campaign' }).click();
    await page.getByLabel('Name').fill('E2E Bulk campaign');
    await page.getByLabel('Industries').fill('SaaS, ' + 'x'.repeat(201));
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await page.getByText('size must be between 0 and 200').waitFor();
    await page.getByLabel('Industries').fill('SaaS, Fintech');
    await page.getByRole('button', { name: 'Create campaign' }).click();
    await page.getByRole('heading', { name: /E2E Bulk campaign/ }).waitFor();
    // a draft can only be activated or archived
    assert.equal(await page.getByRole('button', { name: 'Pause' }).count(), 0);
    await page.getByRole('button', { name: 'Activate' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await screenshot(page, 'campaign-created');

    // every prospect of the search, with "select all N matching this filter"
    await page.goto(`${SPA_URL}/prospects?q=${tag}`);
    await page.getByText(`${PROSPECTS} prospects match`).waitFor();
    assert.equal(await page.locator('tbody tr').count(), 25);
    await page.getByLabel('Select every prospect shown').check();
    await page.getByRole('button', { name: `Select all ${PROSPECTS} matching this filter` }).click();
    await page.getByText(`All ${PROSPECTS} prospects matching this filter are selected.`).waitFor();
    const bar = page.getByRole('region', { name: 'Bulk actions' });
    await bar.getByLabel('Assign to campaign').selectOption({ label: 'E2E Bulk campaign' });
    await bar.getByRole('button', { name: 'Assign to campaign' }).click();
    await page.getByRole('status').filter({ hasText: `${PROSPECTS} prospects changed.` }).waitFor();

    // the same filter, narrowed to the campaign, then a bulk status change of all of them
    await page.getByLabel('Campaign', { exact: true }).selectOption({ label: 'E2E Bulk campaign' });
    await page.getByText(`${PROSPECTS} prospects match`).waitFor();
    await page.getByLabel('Select every prospect shown').check();
    await page.getByRole('button', { name: `Select all ${PROSPECTS} matching this filter` }).click();
    await bar.getByLabel('Set status').selectOption('contacted');
    await bar.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('status').filter({ hasText: `${PROSPECTS} prospects changed.` }).waitFor();
    await screenshot(page, 'prospects-bulk');

    // the campaign's figures and funnel
    await page.goto(`${SPA_URL}/campaigns`);
    const row = page.getByTestId('campaign-row-E2E Bulk campaign');
    await row.getByText(`Contacted ${PROSPECTS}`).waitFor();
    await row.getByRole('link', { name: 'E2E Bulk campaign' }).click();
    await page.getByTestId('campaign-funnel').waitFor();
    assert.equal(await funnelRow(page, 'New'), String(PROSPECTS));
    assert.equal(await funnelRow(page, 'Contacted'), String(PROSPECTS));
    assert.equal(await funnelRow(page, 'Engaged'), '0');
    await screenshot(page, 'campaign-funnel');

    // the dashboard's pipeline counts them on the server
    await page.goto(`${SPA_URL}/`);
    await page.getByRole('img', { name: new RegExp(`contacted ${PROSPECTS}\\b`) }).waitFor({ timeout: 20000 });

    // erase a few with a confirmation naming the count
    await page.goto(`${SPA_URL}/prospects?q=${tag} Lead 1`);
    await page.getByText(/11 prospects match/).waitFor();
    await page.getByLabel('Select every prospect shown').check();
    await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete 11 prospects?' });
    await dialog.getByRole('button', { name: 'Delete 11' }).click();
    await page.getByRole('status').filter({ hasText: '11 prospects changed.' }).waitFor();
    await page.goto(`${SPA_URL}/prospects?q=${tag}`);
    await page.getByText(`${PROSPECTS - 11} prospects match`).waitFor();
    await page.close();
  });

  it('never offers an onboarded user the launch step again', async () => {
    const page = await freshPage(stack.context);
    await page.goto(`${SPA_URL}/login`);
    await page.getByLabel('E-mail').fill('demo@sales-machine.local');
    await page.getByLabel('Password').fill('demo-password-1');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.goto(`${SPA_URL}/onboarding`);
    await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
    assert.equal(await page.getByText('Launch your first campaign').count(), 0);
    await page.close();
  });
});

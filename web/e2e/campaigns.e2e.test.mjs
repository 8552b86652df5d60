// Browser tests of issue 15 (campaigns and bulk work) against the REAL API, as a brand-new user.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { API_URL, SPA_URL, freshPage, loggedInPage, screenshot, startStack } from './harness.mjs';

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
    await page.getByRole('img', { name: new RegExp(`contacted ${PROSPECTS}\\b`, 'i') }).waitFor({ timeout: 20000 });

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

  it('imports a CSV of 1,000 rows with 30 duplicates and 20 bad rows, then export -> import into a new account gives the same rows', async () => {
    const page = await freshPage(stack.context);
    await signUp(page);
    const tag = `imp${Date.now() % 1000000}`;
    // 950 good rows (quotes, ; inside quotes, accents, an embedded newline), 30 repeats of earlier e-mails in
    // another case, 20 rows without a company; semicolon-separated with a BOM, as Excel writes it
    const lines = ['Full name;Company;Title;E-mail;LinkedIn;Location'];
    for (let i = 0; i < 1000; i++) {
      if (i >= 950 && i < 980) lines.push(`"Again ${i}";Acme;;${tag}-${i - 950}@EXAMPLE.com;;`);
      else if (i >= 980) lines.push(`"Bad ${i}";;CTO;${tag}-bad-${i}@example.com;;`);
      else lines.push(`"Zoë ""${i}"" Müller";"Société ${i % 9}; SAS";${i % 2 ? 'CTO' : ''};${tag}-${i}@example.com;${i % 5 === 0 ? `https://www.linkedin.com/in/${tag}-${i}` : ''};${i % 50 === 0 ? '"Lyon\nFrance"' : 'Paris'}`);
    }
    const csv = '\uFEFF' + lines.join('\r\n');
    await page.goto(`${SPA_URL}/prospects/import`);
    await page.getByLabel('CSV file').setInputFiles({ name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('import-preview').getByText('Zoë "0" Müller').waitFor();
    await screenshot(page, 'import-mapping');
    await page.getByRole('button', { name: 'Import 1,000 rows' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 60000 });
    assert.equal((await report.innerText()).trim(), '950 created, 30 duplicates, 20 errors.');
    // errors name the file's rows and the seller's own column header (data rows start at row 2: the bad ones are
    // records 980-999, rows 982-1001)
    const firstError = page.getByRole('region', { name: 'Rows not imported' }).getByRole('row').nth(1);
    assert.deepEqual(await firstError.getByRole('cell').allInnerTexts(), ['982', 'Company', 'must not be blank']);
    await screenshot(page, 'import-report');

    // export everything of this account. Chromium has the save dialog (showSaveFilePicker): the pages are written
    // into the picked file as they come; here the "picked" file is a real one of the origin's private file system,
    // since a headless browser cannot answer the native dialog. A browser without the dialog gets a download.
    await page.goto(`${SPA_URL}/prospects`);
    await page.getByText('950 prospects match').waitFor();
    const exportToPickedFile = async () => {
      await page.evaluate(() => {
        window.showSaveFilePicker = async ({ suggestedName }) => (await navigator.storage.getDirectory()).getFileHandle(suggestedName, { create: true });
      });
      await page.getByRole('button', { name: 'Export CSV' }).click();
      await page.getByRole('status').filter({ hasText: 'Exported 950 rows.' }).waitFor();
      const bytes = await page.evaluate(async () => {
        const file = await (await (await navigator.storage.getDirectory()).getFileHandle('prospects.csv')).getFile();
        return Array.from(new Uint8Array(await file.arrayBuffer()));
      });
      return Buffer.from(bytes).toString('utf8');
    };
    const exportOnce = async () => {
      await page.evaluate(() => {
        window.showSaveFilePicker = undefined;
      });
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
      return readFileSync(await download.path(), 'utf8');
    };
    const exported = await exportToPickedFile();
    const exportedLines = exported.replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(exportedLines[0], 'full_name,company_name,job_title,email,linkedin_url,location,status,is_vip,vip_reason');
    assert.ok(exported.startsWith('\uFEFF'), 'the file starts with a BOM');
    assert.equal(await exportOnce(), exported, 'the download holds the same bytes as the picked file');

    // import it into a brand-new account, export again: the same rows
    await page.context().clearCookies();
    await signUp(page);
    await page.goto(`${SPA_URL}/prospects/import`);
    await page.getByLabel('CSV file').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(exported, 'utf8') });
    await page.getByRole('button', { name: 'Import 950 rows' }).click();
    await report.waitFor({ timeout: 60000 });
    assert.equal((await report.innerText()).trim(), '950 created, 0 duplicates, 0 errors.');
    await page.goto(`${SPA_URL}/prospects`);
    await page.getByText('950 prospects match').waitFor();
    const again = await exportOnce();
    const records = (text) => {
      const body = text.replace(/^\uFEFF/, '');
      return body.slice(body.indexOf('\r\n') + 2);
    };
    assert.equal(again.length, exported.length);
    // records end with \r\n; a newline inside a quoted cell is a bare \n
    const sortLines = (t) => records(t).split('\r\n').sort().join('\r\n');
    assert.equal(sortLines(again), sortLines(exported));

    // Cancel: with the page slowed down in the network, the export shows its count and Cancel ends it without a file
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.route(`${API_URL}/exportProspects`, async (route) => {
      await new Promise((r) => setTimeout(r, 3000));
      await route.continue().catch(() => undefined); // the page may have aborted the request meanwhile
    });
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await page.getByTestId('export-progress').getByText('Exporting… 0 rows').waitFor();
    await page.getByRole('button', { name: 'Cancel export' }).click();
    await page.getByRole('status').filter({ hasText: 'Export cancelled.' }).waitFor();
    await new Promise((r) => setTimeout(r, 3500));
    assert.equal(downloads, 0, 'a cancelled export saves nothing');
    await page.getByRole('button', { name: 'Export CSV' }).waitFor();
    await page.unroute(`${API_URL}/exportProspects`);
    await page.close();
  });

  it('never offers an onboarded user the launch step again', async () => {
    const page = await loggedInPage(stack.context);
    await page.goto(`${SPA_URL}/onboarding`);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await page.getByText('Launch your first campaign').count(), 0);
    await page.close();
  });
});

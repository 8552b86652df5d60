import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { leavingIsQuestioned } from '@/test/leaving';
import ImportPage from './ImportPage';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A CSV of n rows, each with its own e-mail. */
function csv(n: number) {
  const lines = ['Full name,Company,E-mail'];
  for (let i = 0; i < n; i++) lines.push(`Person ${i},Co ${i},p${i}@example.com`);
  return new File([lines.join('\n')], 'leads.csv', { type: 'text/csv' });
}

describe('ImportPage', () => {
  it('waits out a 429 on a chunk and sends that chunk again: nothing lost, nothing twice', async () => {
    let refused = false;
    const api = mockApi({
      listCampaigns: () => ({ items: [] }),
      importProspects: (input) => {
        const rows = input.rows as unknown[];
        // the second chunk is refused once by the rate limit, as the server does it (nothing written)
        if (input.firstRow === 502 && !refused) {
          refused = true;
          return apiError(429, 'RATE_LIMIT_EXCEEDED', 'Too many requests', [], { 'Retry-After': '2' });
        }
        return { created: rows.length, duplicates: 0, errors: [] };
      },
    });
    renderWithProviders(<ImportPage />);
    fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [csv(1200)] } });
    await userEvent.click(await screen.findByRole('button', { name: 'Import 1,200 rows' }));

    expect(await screen.findByTestId('import-paused')).toHaveTextContent('Import paused by the rate limit; resuming in');
    expect(screen.getByText('Imported 500 of 1,200 rows… Keep this tab open until the import finishes.')).toBeInTheDocument();
    // closing the tab now would stop the import half-way: the browser asks first, and no longer once it is done
    expect(leavingIsQuestioned()).toBe(true);
    expect(await screen.findByTestId('import-report', {}, { timeout: 6000 })).toHaveTextContent('1,200 created, 0 duplicates, 0 errors.');
    expect(screen.queryByTestId('import-paused')).not.toBeInTheDocument();
    await waitFor(() => expect(leavingIsQuestioned()).toBe(false));
    expect(api.called('importProspects').map((c) => c.input.firstRow)).toEqual([2, 502, 502, 1002]);
  });

  it('stops on any other failure and says the rows before it are imported', async () => {
    mockApi({
      listCampaigns: () => ({ items: [] }),
      importProspects: (input) => (input.firstRow === 2 ? { created: 500, duplicates: 0, errors: [] } : apiError(503, 'SERVICE_UNAVAILABLE')),
    });
    renderWithProviders(<ImportPage />);
    fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [csv(700)] } });
    await userEvent.click(await screen.findByRole('button', { name: 'Import 700 rows' }));
    expect(await screen.findByText('The import stopped: the rows before this point are imported.')).toBeInTheDocument();
    expect(screen.getByTestId('import-report')).toHaveTextContent('500 created, 0 duplicates, 0 errors.');
  });
  it('imports around an oversized cell and blank lines, naming the file rows and the seller own columns', async () => {
    // QA: one 2 MB cell made the chunk a 413 and stopped everything with "0 errors"; blank lines shifted the rows
    const huge = 'x'.repeat(2_000_000);
    const text = ['Nom,Entreprise,Courriel', '', 'Ada,Acme,ada@acme.io', `Huge,${huge},h@huge.io`, '', '', 'Bob,Beta,not-an-e-mail', 'Cyd,Corp,cyd@corp.io'].join('\n');
    const api = mockApi({
      listCampaigns: () => ({ items: [] }),
      importProspects: (input) => {
        const rows = input.rows as { email?: string }[];
        const bad = rows.findIndex((r) => r.email === 'not-an-e-mail');
        // as the server does: the row's number is firstRow + its index in the chunk
        const errors = bad < 0 ? [] : [{ row: (input.firstRow as number) + bad, field: 'email', message: 'linkedinUrl or email is required' }];
        return { created: rows.length - errors.length, duplicates: 0, errors };
      },
    });
    renderWithProviders(<ImportPage />);
    fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [new File([text], 'leads.csv', { type: 'text/csv' })] } });
    await userEvent.click(await screen.findByRole('button', { name: 'Import 4 rows' }));

    expect(await screen.findByTestId('import-report')).toHaveTextContent('2 created, 0 duplicates, 2 errors.');
    const sent = api.called('importProspects');
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0].input).length).toBeLessThan(1_000_000);
    expect(sent[0].input.firstRow).toBe(3);
    const cells = screen.getAllByRole('row').slice(1).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent));
    expect(cells).toEqual([
      ['4', 'Entreprise', 'must be at most 2000 characters'],
      ['7', 'Courriel', 'an e-mail or a LinkedIn URL is required'],
    ]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { applyLanguage } from '@/i18n';
import { T } from '../strings';
import { leavingIsQuestioned } from '@/test/leaving';
import ProspectsPage from './ProspectsPage';
import { dayToInstant, filterFromParams, instantToDay } from '../hooks/use-prospect-filter';
import { browserTimeZone, setDisplayTimeZone } from '@/lib/format';

afterEach(() => vi.unstubAllGlobals());

function row(n: number) {
  return { id: `p${n}`, campaignId: null, fullName: `Person ${n}`, jobTitle: 'CTO', companyName: `Co ${n}`, status: 'new', isVip: false, linkedinUrl: null, email: `p${n}@x.io`, lastActivityAt: null, createdAt: '2025-01-01T00:00:00Z' };
}

function Where() {
  const location = useLocation();
  return <output data-testid="where">{location.search}</output>;
}

function renderPage(route = '/prospects') {
  return renderWithProviders(
    <Routes>
      <Route
        path="/prospects"
        element={
          <>
            <ProspectsPage />
            <Where />
          </>
        }
      />
    </Routes>,
    { route },
  );
}

describe('ProspectsPage bulk work', () => {
  it('shows the total, selects the page, then all N matching, and sends the filter itself', async () => {
    const api = mockApi({
      listProspects: () => ({ items: [row(1), row(2)], nextCursor: 'c2', total: { count: 10000, atLeast: true } }),
      listCampaigns: () => ({ items: [{ id: 'c1', name: 'Fintech' }] }),
      // held until the test has seen the "working" line (a whole filter of a large account takes seconds)
      bulkSetProspectStatus: () => new Promise((resolve) => (answer = () => resolve({ changed: 12345 }))),
    });
    let answer: () => void = () => {};
    renderPage('/prospects?status=new&title=cto');
    expect(await screen.findByText('10,000+ prospects match', {}, { timeout: 5000 })).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Select every prospect shown'));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Select all 10,000+ matching this filter' }));
    expect(screen.getByText('All 10,000+ prospects matching this filter are selected.')).toBeInTheDocument();
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await userEvent.selectOptions(within(bar).getByLabelText('Set status'), 'contacted');
    await userEvent.click(within(bar).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(api.called('bulkSetProspectStatus')).toHaveLength(1));
    expect(api.called('bulkSetProspectStatus')[0].input).toEqual({ selection: { filter: { status: ['new'], jobTitle: 'cto' } }, status: 'contacted' });
    expect(within(bar).getByRole('status')).toHaveTextContent('Updating 10,000+ prospects… A large selection can take a few seconds; closing this tab before the end cancels it.');
    expect(within(bar).getByRole('button', { name: 'Apply' })).toBeDisabled();
    // leaving now would cancel it (the server rolls the transaction back): the browser asks first
    expect(leavingIsQuestioned()).toBe(true);
    answer();
    expect(await screen.findByText('12,345 prospects changed.')).toBeInTheDocument();
    expect(screen.queryByText(/Updating 10,000\+ prospects/)).not.toBeInTheDocument();
    await waitFor(() => expect(leavingIsQuestioned()).toBe(false));
  });

  it('deletes picked rows only after a confirmation naming the count', async () => {
    const api = mockApi({
      listProspects: () => ({ items: [row(1), row(2), row(3)], nextCursor: null, total: { count: 3, atLeast: false } }),
      listCampaigns: () => ({ items: [] }),
      bulkDeleteProspects: () => ({ changed: 2 }),
    });
    renderPage();
    await userEvent.click(await screen.findByLabelText('Select Person 1', {}, { timeout: 5000 }));
    await userEvent.click(screen.getByLabelText('Select Person 3'));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete 2 prospects?' });
    expect(api.called('bulkDeleteProspects')).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete 2' }));
    await waitFor(() => expect(api.called('bulkDeleteProspects')[0]?.input).toEqual({ selection: { ids: ['p1', 'p3'] } }));
    expect(await screen.findByText('2 prospects changed.')).toBeInTheDocument();
  });

  it('keeps the new filters in the URL', async () => {
    const api = mockApi({ listProspects: () => ({ items: [], nextCursor: null, total: { count: 0, atLeast: false } }), listCampaigns: () => ({ items: [] }) });
    renderPage();
    await userEvent.selectOptions(await screen.findByLabelText('Channel'), 'linkedin');
    expect(screen.getByTestId('where').textContent).toContain('channel=linkedin');
    await waitFor(() => expect(api.called('listProspects').at(-1)?.input).toMatchObject({ channel: 'linkedin' }));
  });
});

describe('prospect filter from the URL', () => {
  afterEach(() => setDisplayTimeZone(browserTimeZone()));

  it("counts days in the profile's time zone, not the browser's", () => {
    // QA: a browser in Los Angeles with a Paris profile missed the prospect added on the day it shows
    setDisplayTimeZone('Europe/Paris');
    expect(dayToInstant('2026-12-07')).toBe('2026-12-06T23:00:00.000Z');
    expect(dayToInstant('2026-12-07', true)).toBe('2026-12-07T23:00:00.000Z');
    expect(dayToInstant('2026-03-29', true)).toBe('2026-03-29T22:00:00.000Z'); // the day summer time starts: 23 hours
    expect(instantToDay('2026-12-06T23:00:00.000Z')).toBe('2026-12-07');
    expect(instantToDay('2026-12-07T23:00:00.000Z', true)).toBe('2026-12-07');
    expect(filterFromParams(new URLSearchParams('createdFrom=2026-12-07&createdTo=2026-12-07'), '')).toEqual({
      createdFrom: '2026-12-06T23:00:00.000Z',
      createdTo: '2026-12-07T23:00:00.000Z',
    });
    setDisplayTimeZone('America/Los_Angeles');
    expect(dayToInstant('2026-12-07')).toBe('2026-12-07T08:00:00.000Z');
    expect(instantToDay('2026-12-07T07:59:59.000Z')).toBe('2026-12-06');
  });

  it('turns dates into midnight instants, the "to" day inclusive', () => {
    expect(dayToInstant('2025-03-04')).toBe(new Date(2025, 2, 4).toISOString());
    expect(dayToInstant('2025-03-04', true)).toBe(new Date(2025, 2, 5).toISOString());
    expect(dayToInstant('yesterday')).toBeUndefined();
    const f = filterFromParams(new URLSearchParams('campaign=c1&channel=email&vip=no&createdTo=2025-03-04&contactedFrom=2025-01-01'), 'ada');
    expect(f).toEqual({ search: 'ada', campaignId: 'c1', channel: 'email', vip: false, createdTo: new Date(2025, 2, 5).toISOString(), lastContactedFrom: new Date(2025, 0, 1).toISOString() });
  });
});

describe('saved views', () => {
  it('saves the current filter under a name and opens a view back into the URL', async () => {
    const api = mockApi({
      listProspects: () => ({ items: [], nextCursor: null, total: { count: 0, atLeast: false } }),
      listCampaigns: () => ({ items: [] }),
      listSavedViews: () => ({ items: [{ id: 'v1', name: 'Email CTOs', filter: { channel: 'email', jobTitle: 'cto', createdTo: new Date(2025, 2, 5).toISOString() }, sort: 'activity_desc', createdAt: '2025-01-01T00:00:00Z' }] }),
      saveView: (input) => ({ id: 'v2', name: input.name, filter: input.filter, sort: input.sort, createdAt: '2025-01-01T00:00:00Z' }),
    });
    renderPage('/prospects?vip=yes');
    await userEvent.type(await screen.findByLabelText('Name of this view', {}, { timeout: 5000 }), 'VIPs');
    await userEvent.click(screen.getByRole('button', { name: 'Save view' }));
    await waitFor(() => expect(api.called('saveView')[0]?.input).toEqual({ name: 'VIPs', filter: { vip: true }, sort: 'created_desc' }));
    await screen.findByRole('option', { name: 'Email CTOs' });
    await userEvent.selectOptions(screen.getByLabelText('Open a saved view'), 'v1');
    const search = new URLSearchParams(screen.getByTestId('where').textContent ?? '');
    expect(Object.fromEntries(search)).toEqual({ channel: 'email', title: 'cto', createdTo: '2025-03-04', sort: 'activity_desc' });
  });
});

describe('the match count', () => {
  it('agrees with its number in English and French (i18next plurals)', () => {
    expect(T.total(1, false)).toBe('1 prospect matches');
    expect(T.total(2500, false)).toBe('2,500 prospects match');
    applyLanguage('fr');
    try {
      expect(T.total(0, false)).toBe('0 prospect correspond');
      expect(T.total(1, false)).toBe('1 prospect correspond');
      expect(T.total(2, false)).toBe('2 prospects correspondent');
    } finally {
      applyLanguage('en');
    }
  });
});

describe('the selected saved view follows the URL', () => {
  it('shows a view only while its filter is the current one, after a filter change or Back as well', async () => {
    mockApi({
      listProspects: () => ({ items: [], nextCursor: null, total: { count: 0, atLeast: false } }),
      listCampaigns: () => ({ items: [] }),
      listSavedViews: () => ({ items: [{ id: 'v1', name: 'Contacted VIPs', filter: { status: ['contacted'], vip: true }, sort: 'created_desc', createdAt: '2025-01-01T00:00:00Z' }] }),
    });
    const { router } = renderPage('/prospects');
    await screen.findByRole('option', { name: 'Contacted VIPs' }, { timeout: 5000 });
    const views = screen.getByLabelText('Open a saved view');
    await userEvent.selectOptions(views, 'v1');
    expect(views).toHaveValue('v1');
    expect(screen.getByRole('button', { name: 'Delete this view' })).toBeInTheDocument();

    // another status: the view no longer applies
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'new');
    await waitFor(() => expect(views).toHaveValue(''));
    expect(screen.queryByRole('button', { name: 'Delete this view' })).toBeNull();

    // the view's filter again: it is selected again
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'contacted');
    await waitFor(() => expect(views).toHaveValue('v1'));

    // Back to the unfiltered list (the status changes replaced the view's entry)
    await act(() => router.navigate(-1));
    await waitFor(() => expect(views).toHaveValue(''));
    expect(screen.queryByRole('button', { name: 'Delete this view' })).toBeNull();
  });
});

describe('ProspectsPage export', () => {
  const exported = (n: number) => ({ fullName: `P ${n}`, companyName: 'Co', jobTitle: null, email: `p${n}@x.io`, linkedinUrl: null, location: null, status: 'new', vip: 'false', vipReason: null });

  it('counts the rows as pages arrive and Cancel stops the export: no file, no further page, and it says so', async () => {
    let release: () => void = () => undefined;
    const api = mockApi({
      listProspects: () => ({ items: [row(1)], nextCursor: null, total: { count: 2500, atLeast: false } }),
      listCampaigns: () => ({ items: [] }),
      listSavedViews: () => ({ items: [] }),
      exportProspects: (input) =>
        input.cursor
          ? new Promise((resolve) => {
              release = () => resolve({ items: [exported(1001)], nextCursor: 'c2' });
            })
          : { items: Array.from({ length: 1000 }, (_, i) => exported(i)), nextCursor: 'c1' },
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderPage();
    expect(await screen.findByText('2,500 prospects match', {}, { timeout: 5000 })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    const progress = await screen.findByTestId('export-progress');
    expect(await within(progress).findByText('Exporting… 1,000 rows')).toBeInTheDocument();
    const bar = within(progress).getByRole('progressbar', { name: 'Export progress' });
    expect(bar).toHaveAttribute('max', '2500');
    expect(bar).toHaveAttribute('value', '1000');
    await waitFor(() => expect(api.called('exportProspects')).toHaveLength(2));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel export' }));
    release();
    expect(await screen.findByText('Export cancelled.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Cancel export' })).not.toBeInTheDocument();
    expect(api.called('exportProspects')).toHaveLength(2);
    expect(click).not.toHaveBeenCalled();
    click.mockRestore();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { act } from '@testing-library/react';
import { LeaveGuard } from '@/lib/unsaved';
import { leavingIsQuestioned } from '@/test/leaving';
import { apiError, mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { applyLanguage } from '@/i18n';
import CampaignsPage from './CampaignsPage';
import { funnelSteps } from './funnel';
import { nextStatuses } from '../api/campaigns';
import { formField } from './form-field';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const STATUSES = ['new', 'contacted', 'engaged', 'qualified', 'meeting_booked', 'meeting_completed', 'customer', 'lost', 'nurture', 'unsubscribed'];

function campaign(id: string, name: string, status: string) {
  return {
    id, name, description: null, status,
    icpCriteria: { industries: ['SaaS'], jobTitles: [], companySizes: [], locations: [] },
    channels: { linkedin: true, email: true }, dailySendLimit: 20,
    createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
    stats: { totalProspects: 0, contacted: 0, replied: 0, qualified: 0, meetingsBooked: 0 },
  };
}

function figures(campaignId: string, counts: Record<string, number>, extra: Record<string, number> = {}) {
  const stages = STATUSES.map((status) => ({ status, count: counts[status] ?? 0 }));
  return { campaignId, stages, totalProspects: Object.values(counts).reduce((a, b) => a + b, 0), contacted: 4, replied: 1, replyRate: 0.25, messagesSent: 7, meetingsBooked: 2, ...extra };
}

describe('CampaignsPage', () => {
  it('lists campaigns with the figures the server counted and only the legal status moves', async () => {
    mockApi({
      listCampaigns: () => ({ items: [campaign('c1', 'Fintech', 'draft'), campaign('c2', 'Retail', 'paused')] }),
      campaignFigures: () => ({ items: [figures('c1', { new: 3, contacted: 2 }), figures('c2', {})] }),
    });
    renderWithProviders(<CampaignsPage />);
    const row = await screen.findByTestId('campaign-row-Fintech');
    await waitFor(() => expect(within(row).getByText('25%')).toBeInTheDocument());
    expect(within(row).getByText('New 3 · Contacted 2')).toBeInTheDocument();
    expect(within(row).getByText('7')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Activate' })).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Pause' })).toBeNull();
    const paused = screen.getByTestId('campaign-row-Retail');
    expect(within(paused).getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    expect(within(paused).getByRole('button', { name: 'Complete' })).toBeInTheDocument();
    expect(within(paused).queryByRole('button', { name: 'Activate' })).toBeNull();
  });

  it('sends a status move and passes the status filter to the server', async () => {
    const api = mockApi({
      listCampaigns: (input) => ({ items: input.status === 'paused' ? [] : [campaign('c1', 'Fintech', 'draft')] }),
      campaignFigures: () => ({ items: [figures('c1', {})] }),
      updateCampaign: (input) => campaign('c1', 'Fintech', String(input.status)),
    });
    renderWithProviders(<CampaignsPage />);
    const row = await screen.findByTestId('campaign-row-Fintech');
    await userEvent.click(within(row).getByRole('button', { name: 'Activate' }));
    await waitFor(() => expect(api.called('updateCampaign')[0]?.input).toEqual({ id: 'c1', status: 'active' }));
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'paused');
    expect(await screen.findByText('No campaign has this status.')).toBeInTheDocument();
    expect(api.called('listCampaigns').at(-1)?.input).toEqual({ status: 'paused' });
  });

  it('asks before Archive and Complete (no way back), naming the campaign; Cancel sends nothing', async () => {
    const api = mockApi({
      listCampaigns: () => ({ items: [campaign('c2', 'Retail', 'paused')] }),
      campaignFigures: () => ({ items: [figures('c2', {})] }),
      updateCampaign: (input) => campaign('c2', 'Retail', String(input.status)),
    });
    renderWithProviders(<CampaignsPage />);
    const row = await screen.findByTestId('campaign-row-Retail');
    await userEvent.click(within(row).getByRole('button', { name: 'Archive' }));
    let dialog = screen.getByRole('dialog', { name: 'Archive “Retail”?' });
    expect(dialog).toHaveTextContent('This cannot be undone.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.called('updateCampaign')).toHaveLength(0);

    await userEvent.click(within(row).getByRole('button', { name: 'Complete' }));
    dialog = screen.getByRole('dialog', { name: 'Complete “Retail”?' });
    expect(dialog).toHaveTextContent('This cannot be undone.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Complete' }));
    await waitFor(() => expect(api.called('updateCampaign').map((c) => c.input)).toEqual([{ id: 'c2', status: 'completed' }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('resumes in one click, without a question', async () => {
    const api = mockApi({
      listCampaigns: () => ({ items: [campaign('c2', 'Retail', 'paused')] }),
      campaignFigures: () => ({ items: [figures('c2', {})] }),
      updateCampaign: (input) => campaign('c2', 'Retail', String(input.status)),
    });
    renderWithProviders(<CampaignsPage />);
    await userEvent.click(within(await screen.findByTestId('campaign-row-Retail')).getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(api.called('updateCampaign')[0]?.input).toEqual({ id: 'c2', status: 'active' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('a dirty campaign form asks before leaving (in-app and tab close); Cancel stays with the typed text', async () => {
    mockApi({ listCampaigns: () => ({ items: [] }), campaignFigures: () => ({ items: [] }) });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { router } = renderWithProviders(<><LeaveGuard /><CampaignsPage /></>, { route: '/campaigns' });
    await userEvent.click(await screen.findByRole('button', { name: 'New campaign' }));
    expect(leavingIsQuestioned()).toBe(false);
    await userEvent.type(screen.getByLabelText('Name'), 'EU SaaS');
    expect(leavingIsQuestioned()).toBe(true);
    await act(() => router.navigate('/prospects'));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe('/campaigns');
    expect(screen.getByLabelText('Name')).toHaveValue('EU SaaS');
  });

  it('goes to the new campaign after a successful save without asking', async () => {
    mockApi({ listCampaigns: () => ({ items: [] }), campaignFigures: () => ({ items: [] }), createCampaign: () => campaign('c9', 'EU SaaS', 'draft') });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { router } = renderWithProviders(<><LeaveGuard /><CampaignsPage /></>, { route: '/campaigns' });
    await userEvent.click(await screen.findByRole('button', { name: 'New campaign' }));
    await userEvent.type(screen.getByLabelText('Name'), 'EU SaaS');
    await userEvent.click(screen.getByRole('button', { name: 'Create campaign' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/campaigns/c9'));
    expect(confirm).not.toHaveBeenCalled();
  });

  it('ignores an unknown status in the URL (no filter) instead of sending it', async () => {
    const api = mockApi({
      listCampaigns: (input) => (input.status ? apiError(422, 'VALIDATION_ERROR', 'The request has invalid fields') : { items: [campaign('c1', 'Fintech', 'draft')] }),
      campaignFigures: () => ({ items: [figures('c1', {})] }),
    });
    renderWithProviders(<CampaignsPage />, { route: '/campaigns?status=bogus' });
    expect(await screen.findByTestId('campaign-row-Fintech')).toBeInTheDocument();
    expect(api.called('listCampaigns').map((c) => c.input)).toEqual([{}]);
    expect(screen.getByLabelText('Status')).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it("shows the server's 422 details next to the fields they name", async () => {
    const api = mockApi({
      listCampaigns: () => ({ items: [] }),
      campaignFigures: () => ({ items: [] }),
      createCampaign: () => apiError(422, 'VALIDATION_ERROR', 'Invalid input', [
        { field: 'icpCriteria.industries[0].<list element>', issue: 'size must be between 0 and 200' },
        { field: 'name', issue: 'name already looks odd' },
      ]),
    });
    renderWithProviders(
      <Routes>
        <Route path="/" element={<CampaignsPage />} />
      </Routes>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'New campaign' }));
    await userEvent.type(screen.getByLabelText('Name'), 'EU SaaS');
    await userEvent.type(screen.getByLabelText('Industries'), 'SaaS, Fintech');
    await userEvent.click(screen.getByRole('button', { name: 'Create campaign' }));
    expect(await screen.findByText('size must be between 0 and 200')).toBeInTheDocument();
    expect(screen.getByLabelText('Industries')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(api.called('createCampaign')[0].input).toMatchObject({ name: 'EU SaaS', icpCriteria: { industries: ['SaaS', 'Fintech'] }, dailySendLimit: 20 });
  });

  it('checks the daily send limit before sending', async () => {
    const api = mockApi({ listCampaigns: () => ({ items: [] }), campaignFigures: () => ({ items: [] }) });
    renderWithProviders(<CampaignsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'New campaign' }));
    await userEvent.type(screen.getByLabelText('Name'), 'X');
    await userEvent.clear(screen.getByLabelText('Daily send limit (1–100)'));
    await userEvent.type(screen.getByLabelText('Daily send limit (1–100)'), '101');
    await userEvent.click(screen.getByRole('button', { name: 'Create campaign' }));
    expect(await screen.findByText('must be between 1 and 100')).toBeInTheDocument();
    expect(api.called('createCampaign')).toHaveLength(0);
  });
});

describe('CampaignsPage in French', () => {
  afterEach(() => applyLanguage('en'));

  it('names the status moves group in French', async () => {
    applyLanguage('fr');
    mockApi({ listCampaigns: () => ({ items: [campaign('c1', 'Fintech', 'draft')] }), campaignFigures: () => ({ items: [figures('c1', {})] }) });
    renderWithProviders(<CampaignsPage />);
    const group = await screen.findByRole('group', { name: 'Changements de statut de Fintech' });
    expect(within(group).getByRole('button', { name: 'Activer' })).toBeInTheDocument();
  });
});

describe('CampaignsPage form in French', () => {
  afterEach(() => applyLanguage('en'));

  it("shows the server's field issues in French and caps the name and description at the server's limits", async () => {
    applyLanguage('fr');
    mockApi({
      listCampaigns: () => ({ items: [] }),
      campaignFigures: () => ({ items: [] }),
      createCampaign: () => apiError(422, 'VALIDATION_ERROR', 'Invalid input', [
        { field: 'icpCriteria.industries[0].<list element>', issue: 'size must be between 0 and 200' },
        { field: 'description', issue: 'size must be between 0 and 2000' },
      ]),
    });
    renderWithProviders(<CampaignsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Nouvelle campagne' }));
    expect(screen.getByLabelText('Nom')).toHaveAttribute('maxlength', '200');
    expect(screen.getByLabelText('Description')).toHaveAttribute('maxlength', '2000');
    await userEvent.type(screen.getByLabelText('Nom'), 'EU SaaS');
    await userEvent.click(screen.getByRole('button', { name: 'Créer la campagne' }));
    expect(await screen.findByText('doit avoir une longueur comprise entre 0 et 200')).toBeInTheDocument();
    expect(screen.getByText('doit avoir une longueur comprise entre 0 et 2000')).toBeInTheDocument();
    expect(screen.queryByText(/size must be/)).not.toBeInTheDocument();
  });
});

describe('campaign helpers', () => {
  it('computes the funnel as reached-or-beyond with the conversion between consecutive stages', () => {
    const steps = funnelSteps(STATUSES.map((status) => ({ status, count: { new: 5, contacted: 3, qualified: 2, lost: 9 }[status] ?? 0 })));
    expect(steps.map((s) => s.reached)).toEqual([10, 5, 2, 2, 0, 0, 0]);
    expect(steps[0].conversion).toBeNull();
    expect(steps[1].conversion).toBe(0.5);
    expect(steps[2].conversion).toBe(0.4);
    expect(steps[5].conversion).toBeNull();
  });

  it('offers the moves the server allows and nothing from archived', () => {
    expect(nextStatuses('draft')).toEqual(['active', 'archived']);
    expect(nextStatuses('completed')).toEqual(['archived']);
    expect(nextStatuses('archived')).toEqual([]);
  });

  it('maps nested 422 fields onto the form fields', () => {
    expect(formField('icpCriteria.jobTitles[2].<list element>')).toBe('jobTitles');
    expect(formField('channels.email')).toBe('channels');
    expect(formField('dailySendLimit')).toBe('dailySendLimit');
  });

  it('words campaign statuses in French as campaigns, in the badges and the filter', async () => {
    applyLanguage('fr');
    try {
      mockApi({
        listCampaigns: () => ({ items: [campaign('c1', 'Fintech', 'draft'), campaign('c2', 'Retail', 'completed')] }),
        campaignFigures: () => ({ items: [figures('c1', {}), figures('c2', {})] }),
      });
      renderWithProviders(<CampaignsPage />);
      expect(within(await screen.findByTestId('campaign-row-Fintech')).getByText('Brouillon')).toBeInTheDocument();
      expect(within(screen.getByTestId('campaign-row-Retail')).getByText('Terminée')).toBeInTheDocument();
      const options = within(screen.getByLabelText('Statut')).getAllByRole('option').map((o) => o.textContent);
      expect(options).toEqual(['Tous les statuts', 'Brouillon', 'Active', 'En pause', 'Terminée', 'Archivée']);
    } finally {
      applyLanguage('en');
    }
  });
});

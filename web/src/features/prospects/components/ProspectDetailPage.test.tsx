import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { applyLanguage } from '@/i18n';
import ProspectDetailPage from './ProspectDetailPage';

afterEach(() => {
  vi.unstubAllGlobals();
  applyLanguage('en');
});

const prospect = {
  id: 'p1', campaignId: null, fullName: 'Ada Lovelace', jobTitle: 'CTO', companyName: 'Engines', status: 'new', isVip: false,
  linkedinUrl: null, email: null, lastActivityAt: null, createdAt: '2025-01-01T00:00:00Z', location: null, vipReason: null,
  source: 'workflow_engine',
  enrichment: { talkingPoints: [], painPoints: [], recentActivity: null, techStack: [], companyData: { domain: 'engines.io', founded: 1843, industry: 'Computing', employees: 12, revenue_band: 'small' }, confidenceScore: 80, personalizationScore: 70, model: 'm', enrichedAt: '2025-01-01T00:00:00Z' },
  messages: [], meetings: [], pendingReviews: [], warmup: null,
};

describe('ProspectDetailPage in French', () => {
  it('words the source and the known company-data keys, unknown keys capitalised as before', async () => {
    applyLanguage('fr');
    mockApi({ getProspect: () => prospect, listCampaigns: () => ({ items: [] }) });
    renderWithProviders(
      <Routes>
        <Route path="/prospects/:id" element={<ProspectDetailPage />} />
      </Routes>,
      { route: '/prospects/p1' },
    );
    expect(await screen.findByText('Moteur de workflow', {}, { timeout: 5000 })).toBeInTheDocument();
    for (const label of ['Domaine', 'Fondée en', 'Secteur d’activité', 'Employés', 'Revenue band']) expect(screen.getByText(label)).toBeInTheDocument();
    expect(screen.queryByText('workflow_engine')).toBeNull();
  });
});

describe('ProspectDetailPage VIP reason', () => {
  it("changes a VIP's reason without removing the mark, and removing the mark empties the field", async () => {
    let current: Omit<typeof prospect, 'vipReason'> & { vipReason: string | null } = { ...prospect, isVip: true, vipReason: 'Board intro' };
    const api = mockApi({
      getProspect: () => current,
      listCampaigns: () => ({ items: [] }),
      updateProspect: (input) => {
        current = { ...current, ...(input.vipReason !== undefined ? { vipReason: input.vipReason as string } : {}), ...(input.isVip === false ? { isVip: false, vipReason: null } : {}) };
        return current;
      },
    });
    renderWithProviders(
      <Routes>
        <Route path="/prospects/:id" element={<ProspectDetailPage />} />
      </Routes>,
      { route: '/prospects/p1' },
    );
    const reason = await screen.findByLabelText(/^VIP reason/, {}, { timeout: 5000 });
    expect(screen.queryByRole('button', { name: 'Save the reason' })).toBeNull();
    await userEvent.clear(reason);
    await userEvent.type(reason, 'Investor intro');
    await userEvent.click(screen.getByRole('button', { name: 'Save the reason' }));
    await waitFor(() => expect(api.called('updateProspect').map((c) => c.input)).toEqual([{ id: 'p1', vipReason: 'Investor intro' }]));
    await userEvent.click(screen.getByRole('button', { name: 'Remove VIP' }));
    await waitFor(() => expect(api.called('updateProspect').at(-1)?.input).toEqual({ id: 'p1', isVip: false }));
    await waitFor(() => expect(screen.getByLabelText(/^VIP reason/)).toHaveValue(''));
  });
});

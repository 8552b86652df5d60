import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { apiError, mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import CampaignPage from './CampaignPage';

afterEach(() => vi.unstubAllGlobals());

const page = (
  <Routes>
    <Route path="/campaigns/:id" element={<CampaignPage />} />
  </Routes>
);

describe('CampaignPage not found', () => {
  it('an unknown campaign id is "Campaign not found" with a link back, no Retry', async () => {
    mockApi({ getCampaign: () => apiError(404, 'NOT_FOUND', 'Campaign not found') });
    renderWithProviders(page, { route: '/campaigns/3f0e1c2a-1111-4222-8333-444455556666' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Campaign not found.');
    expect(alert.querySelector('a')).toHaveAttribute('href', '/campaigns');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('a malformed campaign id is "Campaign not found" too, without asking the server', async () => {
    const api = mockApi({ getCampaign: () => apiError(422, 'VALIDATION_ERROR', 'The request has invalid fields', [{ field: 'id', issue: 'must be a UUID' }]) });
    renderWithProviders(page, { route: '/campaigns/not-a-uuid' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Campaign not found.');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.queryByText(/invalid fields/)).not.toBeInTheDocument();
    expect(api.called('getCampaign')).toHaveLength(0);
  });
});

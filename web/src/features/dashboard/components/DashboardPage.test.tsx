import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { applyLanguage } from '@/i18n';
import DashboardPage from './DashboardPage';

afterEach(() => {
  vi.unstubAllGlobals();
  applyLanguage('en');
});

describe('DashboardPage activity stream', () => {
  it('names each event type in French; the summary is the server text (the event carries no fields to build one)', async () => {
    applyLanguage('fr');
    mockApi({
      activityStream: () => ({
        items: [
          { id: 'e1', type: 'prospect_added', prospectId: 'p1', summary: 'Ada Lovelace (Engines) added to the pipeline', at: '2025-01-02T10:00:00Z' },
          { id: 'e2', type: 'prospects_bulk_changed', prospectId: null, summary: '12 prospects changed', at: '2025-01-02T09:00:00Z' },
          { id: 'e3', type: 'something_new', prospectId: null, summary: 'A new kind of event', at: '2025-01-02T08:00:00Z' },
        ],
        nextCursor: null,
      }),
    });
    renderWithProviders(<DashboardPage />);
    expect(await screen.findByText(/Prospect ajouté ·/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/Prospects modifiés en masse ·/)).toBeInTheDocument();
    expect(screen.getByText(/Something new ·/)).toBeInTheDocument();
    expect(screen.getByText('Ada Lovelace (Engines) added to the pipeline')).toBeInTheDocument();
  });
});

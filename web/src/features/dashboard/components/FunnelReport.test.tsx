import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { FunnelReport } from './FunnelReport';
import { applyLanguage } from '@/i18n';

afterEach(() => vi.unstubAllGlobals());

const FUNNEL = ['new', 'contacted', 'engaged', 'qualified', 'meeting_booked', 'meeting_completed', 'customer'];
const group = (key: string, label: string, reached: number[], outside = 0) => ({
  key, label, total: reached[0] + outside, outside,
  steps: FUNNEL.map((status, i) => ({ status, reached: reached[i], conversion: i === 0 || reached[i - 1] === 0 ? null : reached[i] / reached[i - 1] })),
});

describe('FunnelReport', () => {
  it('shows the server funnel per group and asks again by channel and over all time', async () => {
    const api = mockApi({
      funnelReport: (input) => ({
        groups: input.by === 'channel' ? [group('email', 'E-mail', [8, 4, 2, 1, 0, 0, 0])] : [group('c1', 'Alpha', [10, 5, 5, 1, 0, 0, 0], 2), group('none', 'No campaign', [0, 0, 0, 0, 0, 0, 0])],
      }),
    });
    renderWithProviders(<FunnelReport />);
    const table = await screen.findByTestId('funnel-report', {}, { timeout: 5000 });
    const alpha = within(table).getByRole('row', { name: /Alpha/ });
    expect(within(alpha).getByText('(50%)')).toBeInTheDocument();
    expect(within(alpha).getByText('(20%)')).toBeInTheDocument();
    expect(within(table).queryByText('No campaign')).toBeNull();
    expect(api.called('funnelReport')[0].input).toMatchObject({ by: 'campaign' });
    expect(typeof api.called('funnelReport')[0].input.from).toBe('string');
    await userEvent.selectOptions(screen.getByLabelText('Group by'), 'channel');
    await screen.findByRole('row', { name: /E-mail/ });
    await userEvent.selectOptions(screen.getByLabelText('Prospects created'), 'all');
    await waitFor(() => expect(api.called('funnelReport').at(-1)?.input).toEqual({ by: 'channel' }));
  });

  it('names the prospects without a campaign in the UI language, not with the server label', async () => {
    applyLanguage('fr');
    try {
      mockApi({ funnelReport: () => ({ groups: [group('c1', 'Alpha', [1, 0, 0, 0, 0, 0, 0]), group('none', 'No campaign', [3, 1, 0, 0, 0, 0, 0])] }) });
      renderWithProviders(<FunnelReport />);
      const table = await screen.findByTestId('funnel-report', {}, { timeout: 5000 });
      expect(within(table).getByRole('row', { name: /Sans campagne/ })).toBeInTheDocument();
      expect(within(table).queryByText('No campaign')).toBeNull();
      expect(within(table).getByRole('row', { name: /Alpha/ })).toBeInTheDocument();
    } finally {
      applyLanguage('en');
    }
  });
});

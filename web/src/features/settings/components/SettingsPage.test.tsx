import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import SettingsPage from './SettingsPage';

afterEach(() => vi.unstubAllGlobals());

const user = { id: 'u1', email: 'ada@example.com', fullName: 'Ada', companyName: null, timezone: 'Europe/Paris', createdAt: '2025-01-01T00:00:00Z', onboardingCompleted: true, language: 'en' };
const settings = { aiConfidenceThreshold: 80, dailyEmailLimit: 20, timezone: 'Europe/Paris', mode: 'semi_automatic', warmup: { minDays: 7, maxDays: 14, dailyActionLimit: 20 }, blacklistedTerms: [], notifications: { email: true, inApp: true } };
const sessions = { items: [{ id: 's1', createdAt: '2025-01-01T00:00:00Z', lastSeenAt: '2025-01-02T00:00:00Z', userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36', current: true }] };

describe('Settings', () => {
  it('has one time-zone field, in the profile, which only takes an IANA zone; language is saved with it', async () => {
    const api = mockApi({ me: () => user, getSettings: () => settings, listSessions: () => sessions, updateMe: (input) => ({ ...user, ...input }) });
    renderWithProviders(<SettingsPage />);
    const zone = await screen.findByLabelText('Time zone');
    expect(screen.getAllByLabelText('Time zone')).toHaveLength(1);
    expect(zone).toHaveValue('Europe/Paris');
    expect(zone).toHaveAttribute('list');

    fireEvent.change(zone, { target: { value: 'Mars/Olympus' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('choose a time zone from the list')).toBeInTheDocument();
    expect(api.called('updateMe')).toHaveLength(0);

    fireEvent.change(zone, { target: { value: 'America/New_York' } });
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'fr');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(api.called('updateMe')).toHaveLength(1));
    expect(api.called('updateMe')[0].input).toMatchObject({ timezone: 'America/New_York', language: 'fr' });
    // the automation settings no longer send a zone of their own
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(api.called('updateSettings')).toHaveLength(1));
    expect(api.called('updateSettings')[0].input).not.toHaveProperty('timezone');
  }, 20_000);

  it('names sessions "Chrome on macOS" with their last use', async () => {
    mockApi({ me: () => user, getSettings: () => settings, listSessions: () => sessions });
    renderWithProviders(<SettingsPage />);
    expect(await screen.findByText('Chrome on macOS')).toBeInTheDocument();
    expect(screen.getByTestId('sessions')).toHaveTextContent(/last used 2 Jan 2025/);
  });
});

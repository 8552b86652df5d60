import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { applyLanguage } from '@/i18n';
import SettingsPage from '@/features/settings/components/SettingsPage';
import { RequireAuth } from './RequireAuth';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  act(() => applyLanguage('en'));
});

const user = { id: 'u1', email: 'ada@example.com', fullName: 'Ada', companyName: null, timezone: 'Europe/Paris', createdAt: '2025-01-01T00:00:00Z', onboardingCompleted: true, language: 'en' };
const settings = { aiConfidenceThreshold: 80, dailyEmailLimit: 20, timezone: 'Europe/Paris', mode: 'semi_automatic', warmup: { minDays: 7, maxDays: 14, dailyActionLimit: 20 }, blacklistedTerms: [], notifications: { email: true, inApp: true } };
const sessions = { items: [{ id: 's1', createdAt: '2025-01-01T00:00:00Z', lastSeenAt: '2025-01-02T00:00:00Z', userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/126.0.0.0 Safari/537.36', current: true }] };

/** A component outside the protected tree that uses the catalogue, like the app's error boundaries and toasts. */
function Sibling() {
  const { t } = useTranslation();
  return <p>{t('settings.title')}</p>;
}

const app = (
  <>
    <Sibling />
    <Routes>
      <Route element={<RequireAuth />}>
        <Route path="*" element={<SettingsPage />} />
      </Route>
    </Routes>
  </>
);

describe('RequireAuth', () => {
  // First: React reports an update during render once per pair of components.
  it('applies the profile language without updating another component during render', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    mockApi({ me: () => ({ ...user, language: 'fr' }), getSettings: () => settings, listSessions: () => sessions });
    renderWithProviders(app);
    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres' })).toBeInTheDocument();
    expect(errors.mock.calls.map((c) => c.map(String).join(' ')).filter((m) => m.includes('Cannot update a component'))).toEqual([]);
  });

  it('saving a new zone and language keeps unsaved automation edits and re-renders texts and times in place', async () => {
    let me = { ...user };
    mockApi({ me: () => me, getSettings: () => settings, listSessions: () => sessions, updateMe: (input) => (me = { ...me, ...input }) });
    renderWithProviders(app);
    const limit = await screen.findByLabelText(/E-mails per day/);
    await userEvent.clear(limit);
    await userEvent.type(limit, '55');
    await userEvent.type(screen.getByLabelText('Blacklisted terms (one per line)'), 'guarantee{enter}free');
    expect(screen.getByTestId('sessions')).toHaveTextContent(/last used 2 Jan 2025, 01:00 CET/);

    // the zone alone: times follow (from the zone context), the typed automation values stay
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Asia/Tokyo' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.getByTestId('sessions')).toHaveTextContent(/last used 2 Jan 2025, 09:00 GMT\+9/));
    expect(screen.getByLabelText(/E-mails per day/)).toHaveValue(55);

    // then the language: texts are French, the form still holds what was typed
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'fr');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    const frLimit = await screen.findByLabelText(/E-mails par jour/);
    expect(frLimit).toHaveValue(55);
    expect(screen.getByLabelText(/Termes interdits/)).toHaveValue('guarantee\nfree');
    expect(screen.getByTestId('sessions')).toHaveTextContent(/2 janv\. 2025, 09:00 UTC\+9/);
  }, 20_000);
});

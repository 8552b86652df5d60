import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import OnboardingPage from './OnboardingPage';

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

const steps = (done: boolean) => ['icp', 'persona', 'limits', 'warmup'].map((step) => ({ step, done }));

describe('OnboardingPage', () => {
  it('never offers "Launch your first campaign" to an onboarded user: it goes to the dashboard', async () => {
    const api = mockApi({ onboardingStatus: () => ({ steps: steps(true), completed: true }) });
    renderWithProviders(
      <Routes>
        <Route path="/onboarding" element={<OnboardingPage />} />
        <Route path="/" element={<h1>Dashboard here</h1>} />
      </Routes>,
      { route: '/onboarding' },
    );
    expect(await screen.findByRole('heading', { name: 'Dashboard here' }, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.queryByText('Launch your first campaign')).toBeNull();
    expect(api.called('completeOnboarding')).toHaveLength(0);
  }, 20_000);

  it('offers the launch step when every step is done but onboarding is not completed', async () => {
    mockApi({ onboardingStatus: () => ({ steps: steps(true), completed: false }) });
    renderWithProviders(<OnboardingPage />, { route: '/onboarding' });
    expect(await screen.findByRole('heading', { name: 'Launch your first campaign' })).toBeInTheDocument();
  });

  it('after a reload, Back shows what was saved: limits from the settings, the ICP and persona typed in this tab', async () => {
    let done = new Set<string>();
    const status = () => ({ steps: ['icp', 'persona', 'limits', 'warmup'].map((step) => ({ step, done: done.has(step) })), completed: false });
    mockApi({
      onboardingStatus: status,
      saveOnboardingStep: (input) => {
        done = new Set([...done, String(input.step)]);
        return status();
      },
      getSettings: () => ({ aiConfidenceThreshold: 65, dailyEmailLimit: 35, timezone: 'UTC', mode: 'semi_automatic', warmup: { minDays: 7, maxDays: 14, dailyActionLimit: 20 }, blacklistedTerms: [], notifications: { email: true, inApp: true } }),
    });
    const first = renderWithProviders(<OnboardingPage />, { route: '/onboarding' });
    await userEvent.type(await screen.findByLabelText('Industries'), 'SaaS, Fintech');
    await userEvent.type(screen.getByLabelText('Job titles'), 'VP Sales');
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    await userEvent.type(await screen.findByLabelText('Persona job titles'), 'Head of Sales');
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    await screen.findByLabelText('E-mails per day (1–100)');
    first.unmount();
    done.add('limits'); // saved from another tab meanwhile: the settings hold it

    // the reload: a fresh page at the first open step, then Back through the saved steps
    renderWithProviders(<OnboardingPage />, { route: '/onboarding' });
    await screen.findByLabelText('Minimum warm-up days (7–15)');
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText('E-mails per day (1–100)')).toHaveValue(35);
    expect(screen.getByLabelText('AI confidence threshold (0–100)')).toHaveValue(65);
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText('Persona job titles')).toHaveValue('Head of Sales');
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText('Industries')).toHaveValue('SaaS, Fintech');
    expect(screen.getByLabelText('Job titles')).toHaveValue('VP Sales');
    await waitFor(() => expect(sessionStorage.getItem('sm-onboarding-draft')).toContain('SaaS, Fintech'));
  }, 20_000);
});

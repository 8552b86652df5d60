import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import OnboardingPage from './OnboardingPage';

afterEach(() => vi.unstubAllGlobals());

const steps = (done: boolean) => ['icp', 'persona', 'limits', 'warmup'].map((step) => ({ step, done }));
const nothingSaved = { icp: null, persona: null, limits: null, warmup: null };

describe('OnboardingPage', () => {
  it('never offers "Launch your first campaign" to an onboarded user: it goes to the dashboard', async () => {
    const api = mockApi({ onboardingStatus: () => ({ steps: steps(true), completed: true, saved: nothingSaved }) });
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
    mockApi({ onboardingStatus: () => ({ steps: steps(true), completed: false, saved: nothingSaved }) });
    renderWithProviders(<OnboardingPage />, { route: '/onboarding' });
    expect(await screen.findByRole('heading', { name: 'Launch your first campaign' })).toBeInTheDocument();
  });

  it('opened again (a reload, another tab or device), Back shows what each saved step holds, as the server returns it', async () => {
    const saved: Record<string, unknown> = { ...nothingSaved };
    const status = () => ({ steps: ['icp', 'persona', 'limits', 'warmup'].map((step) => ({ step, done: saved[step] != null })), completed: false, saved: { ...saved } });
    mockApi({
      onboardingStatus: status,
      saveOnboardingStep: (input) => {
        saved[String(input.step)] = input.data;
        return status();
      },
    });
    const first = renderWithProviders(<OnboardingPage />, { route: '/onboarding' });
    await userEvent.type(await screen.findByLabelText('Industries'), 'SaaS, Fintech');
    await userEvent.type(screen.getByLabelText('Job titles'), 'VP Sales');
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    await userEvent.type(await screen.findByLabelText('Persona job titles'), 'Head of Sales');
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    await screen.findByLabelText('E-mails per day (1–100)');
    first.unmount();
    saved.limits = { dailyEmailLimit: 35, aiConfidenceThreshold: 65 }; // saved from another device meanwhile

    // opened again: nothing of the first page survives in this one but what the server returns
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
    expect(sessionStorage.length).toBe(0);
  }, 20_000);
});

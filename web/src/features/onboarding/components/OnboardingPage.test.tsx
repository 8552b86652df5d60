import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import OnboardingPage from './OnboardingPage';

afterEach(() => vi.unstubAllGlobals());

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
});

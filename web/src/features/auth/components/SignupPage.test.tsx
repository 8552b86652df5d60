import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { apiError, mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import SignupPage from './SignupPage';

afterEach(() => vi.unstubAllGlobals());

function renderSignup() {
  return renderWithProviders(
    <Routes>
      <Route path="/signup" element={<SignupPage />} />
      <Route path="/onboarding" element={<h1>Onboarding</h1>} />
    </Routes>,
    { route: '/signup' },
  );
}

describe('SignupPage', () => {
  it('shows the broken rules next to their fields and sends nothing', async () => {
    const api = mockApi({});
    renderSignup();
    await userEvent.type(screen.getByLabelText('E-mail'), 'nope');
    await userEvent.type(screen.getByLabelText('Password'), 'aaaaaaaaaaaa');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription('must be a valid e-mail address');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/must mix at least two/);
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls).toHaveLength(0);
  });

  it("puts the server's 422 details next to the right field", async () => {
    mockApi({ signup: () => apiError(422, 'VALIDATION_ERROR', 'Invalid input', [{ field: 'fullName', issue: 'must be at most 200 characters' }]) });
    renderSignup();
    await userEvent.type(screen.getByLabelText('E-mail'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse 1');
    await userEvent.type(screen.getByLabelText('Full name'), 'Ada');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('must be at most 200 characters')).toBeInTheDocument();
    expect(screen.getByLabelText('Full name')).toHaveAttribute('aria-invalid', 'true');
  });

  it('goes to onboarding after a successful signup', async () => {
    const api = mockApi({ signup: () => ({ user: { id: 'u1', email: 'ada@example.com', onboardingCompleted: false }, session: { token: 't', expiresAt: '2030-01-01T00:00:00Z' } }) });
    renderSignup();
    await userEvent.type(screen.getByLabelText('E-mail'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse 1');
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('heading', { name: 'Onboarding' })).toBeInTheDocument();
    expect(api.called('signup')[0].input).toEqual({ email: 'ada@example.com', password: 'correct horse 1' });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { apiError, mockApi } from '@/test/mock-api';

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('a 401 anywhere', () => {
  it('sends a visitor of a protected route to /login keeping the intended route in ?next=', async () => {
    mockApi({ me: () => apiError(401, 'UNAUTHORIZED', 'Session expired') });
    window.history.replaceState(null, '', '/prospects?q=acme');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/login');
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/prospects?q=acme');
    // never logged in in this tab: no "expired" message
    expect(screen.queryByText('Session expired, please log in again.')).not.toBeInTheDocument();
  });

  it('redirects when a session dies mid-use, from any call, and login then returns to the intended route', async () => {
    let loggedIn = true;
    let meetingCalls = 0;
    const user = { id: 'u1', email: 'ada@example.com', fullName: 'Ada', companyName: null, timezone: 'UTC', createdAt: '2025-01-01T00:00:00Z', onboardingCompleted: true };
    mockApi({
      me: () => (loggedIn ? user : apiError(401, 'UNAUTHORIZED')),
      listMeetings: () => {
        meetingCalls += 1;
        if (meetingCalls === 1) {
          loggedIn = false;
          return apiError(401, 'UNAUTHORIZED', 'Session expired');
        }
        return { items: [], nextCursor: null };
      },
      login: () => {
        loggedIn = true;
        return { user, session: { token: 't', expiresAt: '2030-01-01T00:00:00Z' } };
      },
    });
    window.history.replaceState(null, '', '/meetings');
    render(<App />);
    await waitFor(() => expect(window.location.pathname).toBe('/login'));
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/meetings');
    expect(await screen.findByText('Session expired, please log in again.')).toBeInTheDocument();
    await userEvent.type(await screen.findByLabelText('E-mail'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse 1');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('No upcoming meeting.')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/meetings');
    expect(screen.queryByText('Session expired, please log in again.')).not.toBeInTheDocument();
  });

  it('shows a missing prospect as "not found", without a retry button', async () => {
    const user = { id: 'u1', email: 'ada@example.com', fullName: 'Ada', companyName: null, timezone: 'UTC', createdAt: '2025-01-01T00:00:00Z', onboardingCompleted: true };
    mockApi({ me: () => user, getProspect: () => apiError(404, 'NOT_FOUND', 'Prospect not found') });
    window.history.replaceState(null, '', '/prospects/7b0c1b4e-0000-4000-8000-000000000000');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Prospect not found' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
  });
});

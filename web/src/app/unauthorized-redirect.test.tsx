import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { apiError, mockApi } from '@/test/mock-api';

afterEach(() => {
  vi.unstubAllGlobals();
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
    await userEvent.type(await screen.findByLabelText('E-mail'), 'ada@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse 1');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('No upcoming meeting.')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/meetings');
  });
});

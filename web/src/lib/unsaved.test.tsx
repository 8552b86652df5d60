import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { allowNextLeave, LeaveGuard, useUnsavedChanges } from './unsaved';

function Form({ dirty }: { dirty: boolean }) {
  useUnsavedChanges(dirty);
  const location = useLocation();
  return <p>at {location.pathname}</p>;
}

function setup(dirty: boolean) {
  const router = createMemoryRouter(
    [{ path: '*', element: <><LeaveGuard /><Form dirty={dirty} /></> }],
    { initialEntries: ['/', '/settings'], initialIndex: 1 },
  );
  render(<RouterProvider router={router} />);
  return router;
}

afterEach(() => vi.restoreAllMocks());

describe('leaving a form with unsaved changes', () => {
  it('Back with a dirty form asks; Cancel stays on the page', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const router = setup(true);
    await act(() => router.navigate(-1));
    expect(confirm).toHaveBeenCalledWith('You have unsaved changes. Leave this page and lose them?');
    expect(router.state.location.pathname).toBe('/settings');
    expect(screen.getByText('at /settings')).toBeInTheDocument();
  });

  it('Back with a dirty form asks; OK leaves', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const router = setup(true);
    await act(() => router.navigate(-1));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe('/');
  });

  it('a link navigation with a dirty form is held too', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    const router = setup(true);
    await act(() => router.navigate('/prospects'));
    expect(router.state.location.pathname).toBe('/settings');
  });

  it('nothing unsaved: Back goes without asking', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    const router = setup(false);
    await act(() => router.navigate(-1));
    expect(confirm).not.toHaveBeenCalled();
    expect(router.state.location.pathname).toBe('/');
  });

  it('after allowNextLeave (log-out succeeded, a 401) the next navigation goes without asking, only that one', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const router = setup(true);
    allowNextLeave();
    await act(() => router.navigate('/login'));
    expect(router.state.location.pathname).toBe('/login');
    expect(confirm).not.toHaveBeenCalled();
    await act(() => router.navigate('/prospects'));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe('/login');
  });
});

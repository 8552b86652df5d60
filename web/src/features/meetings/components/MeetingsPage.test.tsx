import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import MeetingsPage from './MeetingsPage';

afterEach(() => vi.unstubAllGlobals());

describe('MeetingsPage tabs', () => {
  it('reaches "Past" by keyboard: arrows (wrapping), Home and End move the focus and select, one tab stop', async () => {
    const api = mockApi({ listMeetings: () => ({ items: [], nextCursor: null }) });
    const { router } = renderWithProviders(<MeetingsPage />, { route: '/meetings' });
    const upcoming = screen.getByRole('tab', { name: 'Upcoming' });
    const past = screen.getByRole('tab', { name: 'Past' });
    expect(past).toHaveAttribute('tabindex', '-1');

    await userEvent.tab();
    expect(upcoming).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(past).toHaveFocus();
    expect(past).toHaveAttribute('aria-selected', 'true');
    expect(past).toHaveAttribute('tabindex', '0');
    expect(upcoming).toHaveAttribute('tabindex', '-1');
    expect(router.state.location.search).toBe('?when=past');
    expect(await screen.findByText('No past meeting.')).toBeInTheDocument();
    await waitFor(() => expect(api.called('listMeetings').at(-1)?.input).toMatchObject({ when: 'past' }));

    await userEvent.keyboard('{ArrowRight}'); // wraps
    expect(upcoming).toHaveFocus();
    expect(upcoming).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowLeft}'); // wraps backwards
    expect(past).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(upcoming).toHaveFocus();
    expect(upcoming).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    expect(past).toHaveFocus();
    expect(past).toHaveAttribute('aria-selected', 'true');
  });
});

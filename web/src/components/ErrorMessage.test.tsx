import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { ApiError } from '@/lib/api-client';
import { ErrorMessage } from './ErrorMessage';

afterEach(() => vi.useRealTimers());

describe('ErrorMessage', () => {
  it('shows a 429 as "slow down, retry in N s" and counts down to a usable retry', () => {
    vi.useFakeTimers();
    const onRetry = vi.fn();
    const error = new ApiError({ status: 429, code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', retryAfterSeconds: 3 });
    render(<ErrorMessage error={error} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Slow down: too many requests. Retry in 3 s.');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeDisabled();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('alert')).toHaveTextContent('Retry in 2 s.');
    act(() => vi.advanceTimersByTime(2500));
    expect(screen.getByRole('alert')).toHaveTextContent('You can retry now.');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('shows any other API error with its message and request id', () => {
    render(<ErrorMessage error={new ApiError({ status: 409, code: 'CONFLICT', message: 'Already decided', requestId: 'abc' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Already decided');
    expect(screen.getByRole('alert')).toHaveTextContent('abc');
  });
});

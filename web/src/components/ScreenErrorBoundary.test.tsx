import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { ChartErrorBoundary, ScreenErrorBoundary } from './ScreenErrorBoundary';

afterEach(() => vi.restoreAllMocks());

function Boom({ error }: { error: unknown }): never {
  throw error;
}

function Flaky() {
  const [broken, setBroken] = useState(true);
  if (broken) {
    return (
      <ScreenErrorBoundary>
        <Boom error={new ApiError({ status: 500, code: 'INTERNAL', message: 'boom', requestId: 'req-42' })} />
        <button onClick={() => setBroken(false)}>never</button>
      </ScreenErrorBoundary>
    );
  }
  return null;
}

describe('error boundaries', () => {
  it('show a message with "Try again" in place of the screen, and report the error with its request id', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <nav>Main nav</nav>
        <Flaky />
      </>,
    );
    expect(screen.getByText('Main nav')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This screen ran into a problem');
    expect(screen.getByRole('alert')).toHaveTextContent('req-42');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(consoleError.mock.calls.some((args) => String(args[0]).includes('(request req-42)'))).toBe(true);
  });

  it('let a chart fail alone, and "Try again" draws it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    function Chart() {
      if (fail) throw new Error('bad data');
      return <p>chart drawn</p>;
    }
    render(
      <>
        <p>metrics</p>
        <ChartErrorBoundary>
          <Chart />
        </ChartErrorBoundary>
      </>,
    );
    expect(screen.getByText('metrics')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This chart could not be drawn.');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('chart drawn')).toBeInTheDocument();
  });
});

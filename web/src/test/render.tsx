import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { createQueryClient } from '@/lib/query-client';
import { ToastProvider } from '@/components/Toast';

export function renderWithProviders(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  return { queryClient, ...render(<QueryClientProvider client={queryClient}><MemoryRouter initialEntries={[route]}><ToastProvider>{ui}</ToastProvider></MemoryRouter></QueryClientProvider>) };
}

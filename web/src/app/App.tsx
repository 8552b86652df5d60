import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '@/lib/query-client';
import { ToastProvider } from '@/components/Toast';
import { AppRoutes } from './routes';
import { UnauthorizedRedirect } from './UnauthorizedRedirect';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <ToastProvider>
          <UnauthorizedRedirect />
          <AppRoutes />
        </ToastProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}

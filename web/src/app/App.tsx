import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '@/lib/query-client';
import { LeaveGuard } from '@/lib/unsaved';
import { ToastProvider } from '@/components/Toast';
import { AppRoutes } from './routes';
import { UnauthorizedRedirect } from './UnauthorizedRedirect';

/** Everything under the router: the route table itself stays in AppRoutes (<Routes>, lazy screens, boundaries). */
export function Root() {
  return (
    <ToastProvider>
      <UnauthorizedRedirect />
      <LeaveGuard />
      <AppRoutes />
    </ToastProvider>
  );
}

// A data router (not <BrowserRouter>) so that useBlocker works: the unsaved-changes guard also holds the browser's
// Back/Forward buttons. One splat route hands every path to AppRoutes' descendant <Routes>.
function createAppRouter() {
  return createBrowserRouter([{ path: '*', element: <Root /> }]);
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

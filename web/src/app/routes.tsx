import { Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Loading } from '@/components/States';
import { ScreenErrorBoundary } from '@/components/ScreenErrorBoundary';
import { lazyWithReload } from '@/lib/chunk-reload';
import { RequireAuth } from './RequireAuth';
import { Shell } from './Shell';

// One chunk per screen: the initial bundle carries only the shell, the router and the query client.
const LoginPage = lazyWithReload(() => import('@/features/auth/components/LoginPage'));
const SignupPage = lazyWithReload(() => import('@/features/auth/components/SignupPage'));
const OnboardingPage = lazyWithReload(() => import('@/features/onboarding/components/OnboardingPage'));
const DashboardPage = lazyWithReload(() => import('@/features/dashboard/components/DashboardPage'));
const CampaignsPage = lazyWithReload(() => import('@/features/campaigns/components/CampaignsPage'));
const CampaignPage = lazyWithReload(() => import('@/features/campaigns/components/CampaignPage'));
const ProspectsPage = lazyWithReload(() => import('@/features/prospects/components/ProspectsPage'));
const ImportPage = lazyWithReload(() => import('@/features/prospects/import/ImportPage'));
const ProspectDetailPage = lazyWithReload(() => import('@/features/prospects/components/ProspectDetailPage'));
const ReviewQueuePage = lazyWithReload(() => import('@/features/review/components/ReviewQueuePage'));
const MeetingsPage = lazyWithReload(() => import('@/features/meetings/components/MeetingsPage'));
const TemplatesPage = lazyWithReload(() => import('@/features/templates/components/TemplatesPage'));
const SettingsPage = lazyWithReload(() => import('@/features/settings/components/SettingsPage'));

export function AppRoutes() {
  const location = useLocation();
  return (
    // Outside the shell (login, signup, onboarding) a failing screen still shows a message, never a blank page;
    // inside it, Shell has its own boundary so nav and log-out stay.
    <ScreenErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/signup" element={<SignupPage />} />
          <Route element={<RequireAuth />}>
            <Route path="/onboarding" element={<OnboardingPage />} />
            <Route element={<Shell />}>
              <Route index element={<DashboardPage />} />
              <Route path="/campaigns" element={<CampaignsPage />} />
              <Route path="/campaigns/:id" element={<CampaignPage />} />
              <Route path="/prospects" element={<ProspectsPage />} />
              <Route path="/prospects/import" element={<ImportPage />} />
              <Route path="/prospects/:id" element={<ProspectDetailPage />} />
              <Route path="/review" element={<ReviewQueuePage />} />
              <Route path="/meetings" element={<MeetingsPage />} />
              <Route path="/templates" element={<TemplatesPage />} />
              <Route path="/settings" element={<SettingsPage />} />
            </Route>
          </Route>
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Suspense>
    </ScreenErrorBoundary>
  );
}

import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Loading } from '@/components/States';
import { RequireAuth } from './RequireAuth';
import { Shell } from './Shell';

// One chunk per screen: the initial bundle carries only the shell, the router and the query client.
const LoginPage = lazy(() => import('@/features/auth/components/LoginPage'));
const SignupPage = lazy(() => import('@/features/auth/components/SignupPage'));
const OnboardingPage = lazy(() => import('@/features/onboarding/components/OnboardingPage'));
const DashboardPage = lazy(() => import('@/features/dashboard/components/DashboardPage'));
const CampaignsPage = lazy(() => import('@/features/campaigns/components/CampaignsPage'));
const CampaignPage = lazy(() => import('@/features/campaigns/components/CampaignPage'));
const ProspectsPage = lazy(() => import('@/features/prospects/components/ProspectsPage'));
const ImportPage = lazy(() => import('@/features/prospects/import/ImportPage'));
const ProspectDetailPage = lazy(() => import('@/features/prospects/components/ProspectDetailPage'));
const ReviewQueuePage = lazy(() => import('@/features/review/components/ReviewQueuePage'));
const MeetingsPage = lazy(() => import('@/features/meetings/components/MeetingsPage'));
const TemplatesPage = lazy(() => import('@/features/templates/components/TemplatesPage'));
const SettingsPage = lazy(() => import('@/features/settings/components/SettingsPage'));

export function AppRoutes() {
  return (
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
  );
}

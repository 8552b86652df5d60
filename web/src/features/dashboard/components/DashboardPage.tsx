import { Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState, Loading, Empty } from '@/components/States';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ChartErrorBoundary } from '@/components/ScreenErrorBoundary';
import { lazyWithReload } from '@/lib/chunk-reload';
import { formatDateTime, formatPercent, humanize } from '@/lib/format';
import { useDisplayTimeZone } from '@/lib/display-zone';
import { useActivity, useActivityPerDay, useDashboardStats, useMe, usePipeline } from '../api/dashboard';
import { chartDays } from '../hooks/activity-by-day';
import { HealthScore } from './HealthScore';
import { FunnelReport } from './FunnelReport';
import { ReplyRateCard } from './ReplyRateCard';

const PipelineChart = lazyWithReload(() => import('./DashboardCharts').then((m) => ({ default: m.PipelineChart })));
const ActivityChart = lazyWithReload(() => import('./DashboardCharts').then((m) => ({ default: m.ActivityChart })));

export default function DashboardPage() {
  useDisplayTimeZone(); // its dates follow a change of the profile's zone
  const { t } = useTranslation();
  const me = useMe();
  const stats = useDashboardStats();
  const pipeline = usePipeline();
  const activity = useActivity();
  const events = useMemo(() => activity.data?.pages.flatMap((p) => p.items) ?? [], [activity.data]);
  const perDay = useActivityPerDay();
  const byDay = useMemo(() => chartDays(perDay.data?.days ?? []), [perDay.data]);

  return (
    <div className="stack">
      <h1>{t('dashboard.title')}</h1>
      {me.data && !me.data.onboardingCompleted && (
        <div className="banner">
          {t('dashboard.setupNotFinished')} <Link to="/onboarding">{t('dashboard.finishOnboarding')}</Link> {t('dashboard.toStart')}
        </div>
      )}
      <QueryState query={stats}>
        {(s) => (
          <>
            <section aria-label={t('dashboard.keyMetrics')} className="metrics">
              <Metric label={t('dashboard.prospects')} value={s.prospectsTotal} sub={t('dashboard.thisWeek', { count: s.prospectsThisWeek })} />
              <Metric label={t('dashboard.replyRate')} value={formatPercent(s.replyRate)} />
              <Metric label={t('dashboard.upcomingMeetings')} value={s.meetingsUpcoming} link="/meetings" />
              <Metric label={t('dashboard.pendingReviews')} value={s.reviewPending} link="/review" testId="review-pending" />
              <Metric label={t('dashboard.emailsToday')} value={`${s.emailsHandedOffToday} / ${s.dailyEmailLimit}`} />
            </section>
            <HealthScore stats={s} />
          </>
        )}
      </QueryState>
      <div className="grid">
        <section className="card" aria-labelledby="pipeline-title">
          <h2 id="pipeline-title">{t('dashboard.pipelineTitle')}</h2>
          <QueryState query={pipeline} isEmpty={(p) => p.stages.every((st) => st.count === 0)} empty={t('dashboard.pipelineEmpty')}>
            {(p) => (
              <ChartErrorBoundary>
                <Suspense fallback={<Loading label={t('dashboard.loadingChart')} />}>
                  <PipelineChart stages={p.stages} />
                </Suspense>
              </ChartErrorBoundary>
            )}
          </QueryState>
        </section>
        <section className="card" aria-labelledby="activity-chart-title">
          <h2 id="activity-chart-title">{t('dashboard.activityTitle')}</h2>
          {perDay.isPending ? (
            <Loading />
          ) : perDay.isError ? (
            <ErrorMessage error={perDay.error} onRetry={() => void perDay.refetch()} />
          ) : byDay.every((d) => d.count === 0) ? (
            <Empty>{t('dashboard.noActivity')}</Empty>
          ) : (
            <ChartErrorBoundary>
              <Suspense fallback={<Loading label={t('dashboard.loadingChart')} />}>
                <ActivityChart days={byDay} />
              </Suspense>
            </ChartErrorBoundary>
          )}
        </section>
      </div>
      <FunnelReport />
      <ReplyRateCard />
      <section className="card" aria-labelledby="stream-title">
        <h2 id="stream-title">{t('dashboard.streamTitle')}</h2>
        <QueryState query={activity} isEmpty={() => events.length === 0} empty={t('dashboard.streamEmpty')}>
          {() => (
            <>
              <ul className="stream">
                {events.map((e) => (
                  <li key={e.id}>
                    <div>{e.prospectId ? <Link to={`/prospects/${e.prospectId}`}>{e.summary}</Link> : e.summary}</div>
                    <div className="muted small">
                      {humanize(e.type, 'activity')} · <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                    </div>
                  </li>
                ))}
              </ul>
              {activity.hasNextPage && (
                <button type="button" className="btn" onClick={() => void activity.fetchNextPage()} disabled={activity.isFetchingNextPage}>
                  {activity.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
                </button>
              )}
            </>
          )}
        </QueryState>
      </section>
    </div>
  );
}

function Metric({ label, value, sub, link, testId }: { label: string; value: string | number; sub?: string; link?: string; testId?: string }) {
  return (
    <div className="card">
      <div className="muted small">{label}</div>
      <div className="metric" data-testid={testId}>
        {link ? <Link to={link}>{value}</Link> : value}
      </div>
      {sub && <div className="muted small">{sub}</div>}
    </div>
  );
}

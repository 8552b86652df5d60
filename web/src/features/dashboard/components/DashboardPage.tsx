import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { QueryState, Loading, Empty } from '@/components/States';
import { ErrorMessage } from '@/components/ErrorMessage';
import { formatDateTime, formatPercent } from '@/lib/format';
import { useActivity, useActivityPerDay, useDashboardStats, useMe, usePipeline } from '../api/dashboard';
import { chartDays } from '../hooks/activity-by-day';
import { HealthScore } from './HealthScore';
import { FunnelReport } from './FunnelReport';
import { ReplyRateCard } from './ReplyRateCard';

const PipelineChart = lazy(() => import('./DashboardCharts').then((m) => ({ default: m.PipelineChart })));
const ActivityChart = lazy(() => import('./DashboardCharts').then((m) => ({ default: m.ActivityChart })));

export default function DashboardPage() {
  const me = useMe();
  const stats = useDashboardStats();
  const pipeline = usePipeline();
  const activity = useActivity();
  const events = useMemo(() => activity.data?.pages.flatMap((p) => p.items) ?? [], [activity.data]);
  const perDay = useActivityPerDay();
  const byDay = useMemo(() => chartDays(perDay.data?.days ?? []), [perDay.data]);

  return (
    <div className="stack">
      <h1>Dashboard</h1>
      {me.data && !me.data.onboardingCompleted && (
        <div className="banner">
          Your setup is not finished. <Link to="/onboarding">Finish onboarding</Link> to start your first campaign.
        </div>
      )}
      <QueryState query={stats}>
        {(s) => (
          <>
            <section aria-label="Key metrics" className="metrics">
              <Metric label="Prospects" value={s.prospectsTotal} sub={`+${s.prospectsThisWeek} this week`} />
              <Metric label="Reply rate" value={formatPercent(s.replyRate)} />
              <Metric label="Upcoming meetings" value={s.meetingsUpcoming} link="/meetings" />
              <Metric label="Pending reviews" value={s.reviewPending} link="/review" testId="review-pending" />
              <Metric label="E-mails today" value={`${s.emailsHandedOffToday} / ${s.dailyEmailLimit}`} />
            </section>
            <HealthScore stats={s} />
          </>
        )}
      </QueryState>
      <div className="grid">
        <section className="card" aria-labelledby="pipeline-title">
          <h2 id="pipeline-title">Pipeline by stage</h2>
          <QueryState query={pipeline} isEmpty={(p) => p.stages.every((st) => st.count === 0)} empty="No prospects in the pipeline yet.">
            {(p) => (
              <Suspense fallback={<Loading label="Loading chart…" />}>
                <PipelineChart stages={p.stages} />
              </Suspense>
            )}
          </QueryState>
        </section>
        <section className="card" aria-labelledby="activity-chart-title">
          <h2 id="activity-chart-title">Activity, last 14 days</h2>
          {perDay.isPending ? (
            <Loading />
          ) : perDay.isError ? (
            <ErrorMessage error={perDay.error} onRetry={() => void perDay.refetch()} />
          ) : byDay.every((d) => d.count === 0) ? (
            <Empty>No activity yet.</Empty>
          ) : (
            <Suspense fallback={<Loading label="Loading chart…" />}>
              <ActivityChart days={byDay} />
            </Suspense>
          )}
        </section>
      </div>
      <FunnelReport />
      <ReplyRateCard />
      <section className="card" aria-labelledby="stream-title">
        <h2 id="stream-title">Activity stream</h2>
        <QueryState query={activity} isEmpty={() => events.length === 0} empty="Nothing has happened yet.">
          {() => (
            <>
              <ul className="stream">
                {events.map((e) => (
                  <li key={e.id}>
                    <div>{e.prospectId ? <Link to={`/prospects/${e.prospectId}`}>{e.summary}</Link> : e.summary}</div>
                    <div className="muted small">
                      {e.type.replace(/_/g, ' ')} · <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                    </div>
                  </li>
                ))}
              </ul>
              {activity.hasNextPage && (
                <button type="button" className="btn" onClick={() => void activity.fetchNextPage()} disabled={activity.isFetchingNextPage}>
                  {activity.isFetchingNextPage ? 'Loading…' : 'Load more'}
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

import type { Output } from '@/lib/api-client';
import { formatPercent } from '@/lib/format';

type Stats = Output<'dashboardStats'>;

function band(score: number) {
  if (score >= 70) return { cls: 'health-good', label: 'Healthy' };
  if (score >= 40) return { cls: 'health-fair', label: 'Needs attention' };
  return { cls: 'health-poor', label: 'At risk' };
}

/** The score with the signals behind it, each with what the seller can do about it. */
export function HealthScore({ stats }: { stats: Stats }) {
  const b = band(stats.healthScore);
  const signals = [
    { label: 'Reply rate', value: formatPercent(stats.replyRate), tip: 'More replies raise the score: personalise with the enrichment talking points.' },
    { label: 'Drafts waiting for review', value: String(stats.reviewPending), tip: stats.reviewPending > 0 ? 'A backlog lowers it: clear the review queue.' : 'No backlog: good.' },
    { label: 'E-mails handed off today', value: `${stats.emailsHandedOffToday} / ${stats.dailyEmailLimit}`, tip: 'Steady sending within your daily limit keeps deliverability up.' },
    { label: 'New prospects this week', value: String(stats.prospectsThisWeek), tip: 'A fresh pipeline keeps the score up.' },
    { label: 'Upcoming meetings', value: String(stats.meetingsUpcoming), tip: 'Booked meetings are the outcome the score tracks.' },
  ];
  return (
    <section className="card" aria-labelledby="health-title">
      <h2 id="health-title">Health score</h2>
      <div className="health">
        <div className={`health-score ${b.cls}`} aria-label={`Health score ${stats.healthScore} out of 100`}>
          {stats.healthScore}
        </div>
        <div>
          <p className={b.cls}>
            <strong>{b.label}</strong> <span className="muted">(0–100, computed by the server from the signals below)</span>
          </p>
        </div>
      </div>
      <dl className="kv" style={{ marginTop: '.75rem' }}>
        {signals.map((s) => (
          <div key={s.label} style={{ display: 'contents' }}>
            <dt>{s.label}</dt>
            <dd>
              <strong>{s.value}</strong> <span className="muted small">{s.tip}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

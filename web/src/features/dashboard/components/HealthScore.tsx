import { useTranslation } from 'react-i18next';
import type { Output } from '@/lib/api-client';
import { formatPercent } from '@/lib/format';

type Stats = Output<'dashboardStats'>;

function band(score: number) {
  if (score >= 70) return { cls: 'health-good', label: 'dashboard.healthy' } as const;
  if (score >= 40) return { cls: 'health-fair', label: 'dashboard.needsAttention' } as const;
  return { cls: 'health-poor', label: 'dashboard.atRisk' } as const;
}

/** The score with the signals behind it, each with what the seller can do about it. */
export function HealthScore({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const b = band(stats.healthScore);
  const signals = [
    { label: t('dashboard.signalReplyRate'), value: formatPercent(stats.replyRate), tip: t('dashboard.tipReplyRate') },
    { label: t('dashboard.signalBacklog'), value: String(stats.reviewPending), tip: stats.reviewPending > 0 ? t('dashboard.tipBacklog') : t('dashboard.tipNoBacklog') },
    { label: t('dashboard.signalEmails'), value: `${stats.emailsHandedOffToday} / ${stats.dailyEmailLimit}`, tip: t('dashboard.tipEmails') },
    { label: t('dashboard.signalNewProspects'), value: String(stats.prospectsThisWeek), tip: t('dashboard.tipNewProspects') },
    { label: t('dashboard.signalMeetings'), value: String(stats.meetingsUpcoming), tip: t('dashboard.tipMeetings') },
  ];
  return (
    <section className="card" aria-labelledby="health-title">
      <h2 id="health-title">{t('dashboard.healthTitle')}</h2>
      <div className="health">
        <div className={`health-score ${b.cls}`} role="img" aria-label={t('dashboard.healthLabel', { score: stats.healthScore })}>
          {stats.healthScore}
        </div>
        <div>
          <p className={b.cls}>
            <strong>{t(b.label)}</strong> <span className="muted">{t('dashboard.healthExplained')}</span>
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

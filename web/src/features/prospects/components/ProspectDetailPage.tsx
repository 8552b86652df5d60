import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/toast-context';
import { QueryState, Empty } from '@/components/States';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { SelectField, TextField } from '@/components/Field';
import { formatDate, formatDateTime, humanize } from '@/lib/format';
import { useDisplayTimeZone } from '@/lib/display-zone';
import type { Output } from '@/lib/api-client';
import { useDeleteProspect, useProspect, useUpdateProspect } from '../api/prospects';
import { PROSPECT_STATUSES, type ProspectStatus } from './statuses';

type Prospect = Output<'getProspect'>;

export default function ProspectDetailPage() {
  useDisplayTimeZone(); // its dates follow a change of the profile's zone
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const prospect = useProspect(id);
  return (
    <QueryState
      query={prospect}
      notFound={
        <>
          <h1>{t('prospects.notFoundTitle')}</h1>
          <p>{t('prospects.notFoundText')}</p>
          <Link to="/prospects">{t('prospects.allProspects')}</Link>
        </>
      }
    >
      {(p) => <ProspectDetail prospect={p} />}
    </QueryState>
  );
}

function ProspectDetail({ prospect: p }: { prospect: Prospect }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateProspect();
  const remove = useDeleteProspect();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [vipReason, setVipReason] = useState(p.vipReason ?? '');

  return (
    <div className="stack">
      <p>
        <Link to="/prospects">{t('prospects.allProspects')}</Link>
      </p>
      <div className="spread">
        <div>
          <h1>
            {p.fullName} {p.isVip && <span className="badge badge-vip">{t('prospects.vip')}</span>}
          </h1>
          <p className="muted">
            {t('prospects.titleAt', { title: p.jobTitle ?? t('prospects.noTitle'), company: p.companyName })}
          </p>
        </div>
        <button type="button" className="btn btn-danger" onClick={() => setConfirming(true)}>
          {t('prospects.deleteGdpr')}
        </button>
      </div>
      {update.isError && <ErrorMessage error={update.error} />}
      <div className="grid">
        <section className="card" aria-labelledby="contact-title">
          <h2 id="contact-title">{t('prospects.contact')}</h2>
          <dl className="kv">
            <dt>{t('prospects.email')}</dt>
            <dd>{p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : '—'}</dd>
            <dt>{t('prospects.linkedin')}</dt>
            <dd>{p.linkedinUrl ? <a href={p.linkedinUrl} target="_blank" rel="noreferrer">{p.linkedinUrl}</a> : '—'}</dd>
            <dt>{t('prospects.location')}</dt>
            <dd>{p.location ?? '—'}</dd>
            <dt>{t('prospects.source')}</dt>
            <dd>{humanize(p.source, 'source')}</dd>
            <dt>{t('prospects.added')}</dt>
            <dd>{formatDate(p.createdAt)}</dd>
          </dl>
          <div style={{ marginTop: '1rem' }}>
            <SelectField
              label={t('prospects.status')}
              value={p.status}
              onChange={(e) => {
                const status = e.target.value as ProspectStatus;
                update.mutate({ id: p.id, status }, { onSuccess: () => toast.show({ message: t('prospects.statusChanged', { status: humanize(status) }) }) });
              }}
              disabled={update.isPending}
            >
              {PROSPECT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {humanize(s)}
                </option>
              ))}
            </SelectField>
          </div>
        </section>
        <section className="card" aria-labelledby="vip-title">
          <h2 id="vip-title">{t('prospects.vip')}</h2>
          <p className="muted small">{t('prospects.vipExplained')}</p>
          <TextField label={t('prospects.vipReason')} value={vipReason} onChange={(e) => setVipReason(e.target.value)} maxLength={500} placeholder={t('prospects.vipReasonPlaceholder')} />
          <button
            type="button"
            className={p.isVip ? 'btn' : 'btn btn-primary'}
            aria-pressed={p.isVip}
            disabled={update.isPending}
            onClick={() =>
              update.mutate(
                { id: p.id, isVip: !p.isVip, ...(vipReason.trim() && !p.isVip ? { vipReason: vipReason.trim() } : {}) },
                {
                  onSuccess: (s) => {
                    // removing the VIP mark drops its reason on the server: the field says so too
                    if (!s.isVip) setVipReason('');
                    toast.show({ message: t(s.isVip ? 'prospects.vipMarked' : 'prospects.vipRemoved', { name: p.fullName }) });
                  },
                },
              )
            }
          >
            {p.isVip ? t('prospects.removeVip') : t('prospects.markVip')}
          </button>
          {/* a VIP's reason can be changed without removing the mark (QA: the typed reason had no way to be saved) */}
          {p.isVip && vipReason.trim() !== '' && vipReason.trim() !== (p.vipReason ?? '') && (
            <button
              type="button"
              className="btn btn-primary"
              disabled={update.isPending}
              onClick={() => update.mutate({ id: p.id, vipReason: vipReason.trim() }, { onSuccess: () => toast.show({ message: t('prospects.vipReasonSaved') }) })}
            >
              {t('prospects.saveVipReason')}
            </button>
          )}
        </section>
        <section className="card" aria-labelledby="warmup-title">
          <h2 id="warmup-title">{t('prospects.warmup')}</h2>
          {p.warmup ? (
            <dl className="kv">
              <dt>{t('prospects.started')}</dt>
              <dd>{formatDate(p.warmup.startedAt)}</dd>
              <dt>{t('prospects.planned')}</dt>
              <dd>{t('common.days', { count: p.warmup.plannedDays })}</dd>
              <dt>{t('prospects.likesComments')}</dt>
              <dd>
                {p.warmup.likes} / {p.warmup.comments}
              </dd>
              <dt>{t('prospects.connection')}</dt>
              <dd>{humanize(p.warmup.connectionStatus)}</dd>
            </dl>
          ) : (
            <Empty>{t('prospects.noWarmup')}</Empty>
          )}
        </section>
      </div>
      <EnrichmentCard enrichment={p.enrichment} />
      <section className="card" aria-labelledby="conv-title">
        <h2 id="conv-title">{t('prospects.conversation')}</h2>
        {p.messages.length === 0 ? (
          <Empty>{t('prospects.noMessages')}</Empty>
        ) : (
          <ul className="conversation">
            {p.messages.map((m) => (
              <li key={m.id} className={m.direction}>
                <div className="muted small">
                  {m.direction === 'outbound' ? t('prospects.you') : p.fullName} · {humanize(m.channel)} · <time dateTime={m.at}>{formatDateTime(m.at)}</time>
                  {m.aiGenerated && t('prospects.aiDraft')}
                  {m.sentiment && ` · ${humanize(m.sentiment)}`}
                </div>
                {m.subject && <strong>{m.subject}</strong>}
                <div style={{ whiteSpace: 'pre-wrap' }}>{m.text}</div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="grid">
        <section className="card" aria-labelledby="meetings-title">
          <h2 id="meetings-title">{t('prospects.meetings')}</h2>
          {p.meetings.length === 0 ? (
            <Empty>{t('prospects.noMeetings')}</Empty>
          ) : (
            <ul className="stream">
              {p.meetings.map((m) => (
                <li key={m.id}>
                  <strong>{m.title}</strong> — {formatDateTime(m.scheduledAt)} ({t('common.minutes', { count: m.durationMinutes })}) <span className="badge">{humanize(m.status)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="pending-title">
          <h2 id="pending-title">{t('prospects.pendingReviews')}</h2>
          {p.pendingReviews.length === 0 ? (
            <Empty>{t('prospects.noPendingReviews')}</Empty>
          ) : (
            <ul className="stream">
              {p.pendingReviews.map((r) => (
                <li key={r.id}>
                  <span className="badge">{humanize(r.messageType)}</span> {r.proposedSubject ?? r.proposedMessage.slice(0, 80)} <Link to="/review">{t('prospects.reviewLink')}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('prospects.deleteTitle', { name: p.fullName })}
          confirmLabel={t('prospects.deletePermanently')}
          danger
          busy={remove.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => remove.mutate({ id: p.id }, { onSuccess: () => navigate('/prospects', { replace: true }) })}
        >
          <p>{t('prospects.deleteText', { name: p.fullName })}</p>
          {remove.isError && <ErrorMessage error={remove.error} />}
        </ConfirmDialog>
      )}
    </div>
  );
}

function EnrichmentCard({ enrichment: e }: { enrichment: Prospect['enrichment'] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="enrichment-title">
      <h2 id="enrichment-title">{t('prospects.enrichment')}</h2>
      {!e ? (
        <Empty>{t('review.notEnriched')}</Empty>
      ) : (
        <div className="grid">
          <div>
            <h3>{t('review.talkingPoints')}</h3>
            <List items={e.talkingPoints} />
            <h3>{t('review.painPoints')}</h3>
            <List items={e.painPoints} />
          </div>
          <div>
            <h3>{t('review.recentActivity')}</h3>
            <p>{e.recentActivity || '—'}</p>
            <h3>{t('prospects.techStack')}</h3>
            <p>{e.techStack.length ? e.techStack.join(', ') : '—'}</p>
            <p className="muted small">
              {t('prospects.enrichmentMeta', { confidence: e.confidenceScore, personalization: e.personalizationScore, model: e.model, at: formatDate(e.enrichedAt) })}
            </p>
          </div>
          {Object.keys(e.companyData ?? {}).length > 0 && (
            <div>
              <h3>{t('prospects.companyData')}</h3>
              <dl className="kv">
                {Object.entries(e.companyData).map(([k, v]) => (
                  <div key={k} style={{ display: 'contents' }}>
                    <dt>{humanize(k, 'companyData')}</dt>
                    <dd>{typeof v === 'object' ? JSON.stringify(v) : String(v)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function List({ items }: { items: string[] }) {
  return items.length ? (
    <ul>
      {items.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  ) : (
    <p className="muted">—</p>
  );
}

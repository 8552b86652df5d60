import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryState, Empty } from '@/components/States';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { SelectField, TextField } from '@/components/Field';
import { formatDate, formatDateTime, humanize } from '@/lib/format';
import type { Output } from '@/lib/api-client';
import { useDeleteProspect, useProspect, useUpdateProspect } from '../api/prospects';
import { PROSPECT_STATUSES, type ProspectStatus } from './statuses';

type Prospect = Output<'getProspect'>;

export default function ProspectDetailPage() {
  const { id = '' } = useParams();
  const prospect = useProspect(id);
  return (
    <QueryState
      query={prospect}
      notFound={
        <>
          <h1>Prospect not found</h1>
          <p>This prospect does not exist or was deleted.</p>
          <Link to="/prospects">← All prospects</Link>
        </>
      }
    >
      {(p) => <ProspectDetail prospect={p} />}
    </QueryState>
  );
}

function ProspectDetail({ prospect: p }: { prospect: Prospect }) {
  const update = useUpdateProspect();
  const remove = useDeleteProspect();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [vipReason, setVipReason] = useState(p.vipReason ?? '');

  return (
    <div className="stack">
      <p>
        <Link to="/prospects">← All prospects</Link>
      </p>
      <div className="spread">
        <div>
          <h1>
            {p.fullName} {p.isVip && <span className="badge badge-vip">VIP</span>}
          </h1>
          <p className="muted">
            {p.jobTitle ?? 'No title'} at {p.companyName}
          </p>
        </div>
        <button type="button" className="btn btn-danger" onClick={() => setConfirming(true)}>
          Delete (GDPR)…
        </button>
      </div>
      {update.isError && <ErrorMessage error={update.error} />}
      <div className="grid">
        <section className="card" aria-labelledby="contact-title">
          <h2 id="contact-title">Contact</h2>
          <dl className="kv">
            <dt>E-mail</dt>
            <dd>{p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : '—'}</dd>
            <dt>LinkedIn</dt>
            <dd>{p.linkedinUrl ? <a href={p.linkedinUrl} target="_blank" rel="noreferrer">{p.linkedinUrl}</a> : '—'}</dd>
            <dt>Location</dt>
            <dd>{p.location ?? '—'}</dd>
            <dt>Source</dt>
            <dd>{p.source ?? '—'}</dd>
            <dt>Added</dt>
            <dd>{formatDate(p.createdAt)}</dd>
          </dl>
          <div style={{ marginTop: '1rem' }}>
            <SelectField label="Status" value={p.status} onChange={(e) => update.mutate({ id: p.id, status: e.target.value as ProspectStatus })} disabled={update.isPending}>
              {PROSPECT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {humanize(s)}
                </option>
              ))}
            </SelectField>
          </div>
        </section>
        <section className="card" aria-labelledby="vip-title">
          <h2 id="vip-title">VIP</h2>
          <p className="muted small">Every draft for a VIP goes to the review queue, whatever its confidence.</p>
          <TextField label="VIP reason" value={vipReason} onChange={(e) => setVipReason(e.target.value)} maxLength={500} placeholder="e.g. strategic account" />
          <button
            type="button"
            className={p.isVip ? 'btn' : 'btn btn-primary'}
            aria-pressed={p.isVip}
            disabled={update.isPending}
            onClick={() => update.mutate({ id: p.id, isVip: !p.isVip, ...(vipReason.trim() && !p.isVip ? { vipReason: vipReason.trim() } : {}) })}
          >
            {p.isVip ? 'Remove VIP' : 'Mark as VIP'}
          </button>
        </section>
        <section className="card" aria-labelledby="warmup-title">
          <h2 id="warmup-title">Warm-up</h2>
          {p.warmup ? (
            <dl className="kv">
              <dt>Started</dt>
              <dd>{formatDate(p.warmup.startedAt)}</dd>
              <dt>Planned</dt>
              <dd>{p.warmup.plannedDays} days</dd>
              <dt>Likes / comments</dt>
              <dd>
                {p.warmup.likes} / {p.warmup.comments}
              </dd>
              <dt>Connection</dt>
              <dd>{humanize(p.warmup.connectionStatus)}</dd>
            </dl>
          ) : (
            <Empty>No warm-up yet.</Empty>
          )}
        </section>
      </div>
      <EnrichmentCard enrichment={p.enrichment} />
      <section className="card" aria-labelledby="conv-title">
        <h2 id="conv-title">Conversation</h2>
        {p.messages.length === 0 ? (
          <Empty>No messages yet.</Empty>
        ) : (
          <ul className="conversation">
            {p.messages.map((m) => (
              <li key={m.id} className={m.direction}>
                <div className="muted small">
                  {m.direction === 'outbound' ? 'You' : p.fullName} · {m.channel} · <time dateTime={m.at}>{formatDateTime(m.at)}</time>
                  {m.aiGenerated && ' · AI draft'}
                  {m.sentiment && ` · ${m.sentiment}`}
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
          <h2 id="meetings-title">Meetings</h2>
          {p.meetings.length === 0 ? (
            <Empty>No meetings.</Empty>
          ) : (
            <ul className="stream">
              {p.meetings.map((m) => (
                <li key={m.id}>
                  <strong>{m.title}</strong> — {formatDateTime(m.scheduledAt)} ({m.durationMinutes} min) <span className="badge">{humanize(m.status)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="pending-title">
          <h2 id="pending-title">Pending reviews</h2>
          {p.pendingReviews.length === 0 ? (
            <Empty>No draft waiting for review.</Empty>
          ) : (
            <ul className="stream">
              {p.pendingReviews.map((r) => (
                <li key={r.id}>
                  <span className="badge">{humanize(r.messageType)}</span> {r.proposedSubject ?? r.proposedMessage.slice(0, 80)} <Link to="/review">Review</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {confirming && (
        <ConfirmDialog
          title={`Delete ${p.fullName}?`}
          confirmLabel="Delete permanently"
          danger
          busy={remove.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => remove.mutate({ id: p.id }, { onSuccess: () => navigate('/prospects', { replace: true }) })}
        >
          <p>
            This erases {p.fullName} and everything about them: enrichment, messages, drafts, meetings, warm-up and queued e-mails. The audit log keeps only that an erasure
            happened. This cannot be undone.
          </p>
          {remove.isError && <ErrorMessage error={remove.error} />}
        </ConfirmDialog>
      )}
    </div>
  );
}

function EnrichmentCard({ enrichment: e }: { enrichment: Prospect['enrichment'] }) {
  return (
    <section className="card" aria-labelledby="enrichment-title">
      <h2 id="enrichment-title">Enrichment</h2>
      {!e ? (
        <Empty>Not enriched yet.</Empty>
      ) : (
        <div className="grid">
          <div>
            <h3>Talking points</h3>
            <List items={e.talkingPoints} />
            <h3>Pain points</h3>
            <List items={e.painPoints} />
          </div>
          <div>
            <h3>Recent activity</h3>
            <p>{e.recentActivity || '—'}</p>
            <h3>Tech stack</h3>
            <p>{e.techStack.length ? e.techStack.join(', ') : '—'}</p>
            <p className="muted small">
              Confidence {e.confidenceScore} · personalisation {e.personalizationScore} · {e.model} · {formatDate(e.enrichedAt)}
            </p>
          </div>
          {Object.keys(e.companyData ?? {}).length > 0 && (
            <div>
              <h3>Company</h3>
              <dl className="kv">
                {Object.entries(e.companyData).map(([k, v]) => (
                  <div key={k} style={{ display: 'contents' }}>
                    <dt>{humanize(k)}</dt>
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

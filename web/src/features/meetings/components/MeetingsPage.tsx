import { useState, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/States';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorMessage } from '@/components/ErrorMessage';
import { TextField } from '@/components/Field';
import { formatDateTime, humanize } from '@/lib/format';
import type { Output } from '@/lib/api-client';
import { useCancelMeeting, useMeetings } from '../api/meetings';

type Meeting = Output<'listMeetings'>['items'][number];
const CANCELLABLE = ['scheduled', 'confirmed'];
const TABS = ['upcoming', 'past'] as const;

export default function MeetingsPage() {
  const { t } = useTranslation();
  // The tab lives in the URL (?when=past), so it survives a reload and the back button.
  const [params, setParams] = useSearchParams();
  const when: 'upcoming' | 'past' = params.get('when') === 'past' ? 'past' : 'upcoming';
  const setWhen = (w: 'upcoming' | 'past') => setParams(w === 'past' ? { when: 'past' } : {}, { replace: true });
  const meetings = useMeetings(when);
  const rows = meetings.data?.pages.flatMap((p) => p.items) ?? [];
  const [cancelling, setCancelling] = useState<Meeting | null>(null);
  const [reason, setReason] = useState('');
  const cancel = useCancelMeeting();
  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = TABS.indexOf(when);
    const to = { ArrowRight: (at + 1) % TABS.length, ArrowLeft: (at - 1 + TABS.length) % TABS.length, Home: 0, End: TABS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    setWhen(TABS[to]);
    document.getElementById(`tab-${TABS[to]}`)?.focus();
  };

  return (
    <div className="stack">
      <h1>{t('meetings.title')}</h1>
      {/* WAI-ARIA tabs: one tab stop (roving tabindex); ←/→ (wrapping), Home and End move the focus and select. */}
      <div className="tabs" role="tablist" aria-label={t('meetings.title')} onKeyDown={onTabKey}>
        {TABS.map((w) => (
          <button key={w} id={`tab-${w}`} type="button" role="tab" aria-selected={when === w} aria-controls="meetings-panel" tabIndex={when === w ? 0 : -1} onClick={() => setWhen(w)}>
            {t(w === 'upcoming' ? 'meetings.upcoming' : 'meetings.past')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="meetings-panel" aria-labelledby={`tab-${when}`}>
        <QueryState query={meetings} isEmpty={() => rows.length === 0} empty={when === 'upcoming' ? t('meetings.noUpcoming') : t('meetings.noPast')}>
          {() => (
            <>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('meetings.when')}</th>
                      <th scope="col">{t('meetings.meeting')}</th>
                      <th scope="col">{t('meetings.with')}</th>
                      <th scope="col">{t('meetings.status')}</th>
                      <th scope="col">
                        <span className="sr-only">{t('meetings.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((m) => (
                      <tr key={m.id}>
                        <td>
                          <time dateTime={m.scheduledAt}>{formatDateTime(m.scheduledAt)}</time>
                          <div className="muted small">{t('common.minutes', { count: m.durationMinutes })}</div>
                        </td>
                        <td>
                          {m.title}
                          {m.meetingLink && (
                            <div>
                              <a href={m.meetingLink} target="_blank" rel="noreferrer">
                                {t('meetings.joinLink')}
                              </a>
                            </div>
                          )}
                          {m.cancellationReason && <div className="muted small">{t('meetings.cancelled', { reason: m.cancellationReason })}</div>}
                        </td>
                        <td>
                          <Link to={`/prospects/${m.prospectId}`}>{m.prospectName}</Link>
                          <div className="muted small">{m.companyName}</div>
                        </td>
                        <td>
                          <span className="badge">{humanize(m.status)}</span>
                        </td>
                        <td>
                          {CANCELLABLE.includes(m.status) && (
                            <button type="button" className="btn btn-small" onClick={() => { cancel.reset(); setReason(''); setCancelling(m); }}>
                              {t('meetings.cancelEllipsis')}
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {meetings.hasNextPage && (
                <button type="button" className="btn" onClick={() => void meetings.fetchNextPage()} disabled={meetings.isFetchingNextPage}>
                  {meetings.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
                </button>
              )}
            </>
          )}
        </QueryState>
      </div>
      {cancelling && (
        <ConfirmDialog
          title={t('meetings.cancelTitle', { title: cancelling.title })}
          confirmLabel={t('meetings.cancelMeeting')}
          danger
          busy={cancel.isPending}
          onCancel={() => setCancelling(null)}
          onConfirm={() => cancel.mutate({ id: cancelling.id, ...(reason.trim() ? { reason: reason.trim() } : {}) }, { onSuccess: () => setCancelling(null) })}
        >
          <p>{t('meetings.withOn', { name: cancelling.prospectName, at: formatDateTime(cancelling.scheduledAt) })}</p>
          <TextField label={t('meetings.reasonOptional')} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
          {cancel.isError && <ErrorMessage error={cancel.error} />}
        </ConfirmDialog>
      )}
    </div>
  );
}

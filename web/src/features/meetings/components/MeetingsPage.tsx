import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '@/components/States';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorMessage } from '@/components/ErrorMessage';
import { TextField } from '@/components/Field';
import { formatDateTime, humanize } from '@/lib/format';
import type { Output } from '@/lib/api-client';
import { useCancelMeeting, useMeetings } from '../api/meetings';

type Meeting = Output<'listMeetings'>['items'][number];
const CANCELLABLE = ['scheduled', 'confirmed'];

export default function MeetingsPage() {
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const meetings = useMeetings(when);
  const rows = meetings.data?.pages.flatMap((p) => p.items) ?? [];
  const [cancelling, setCancelling] = useState<Meeting | null>(null);
  const [reason, setReason] = useState('');
  const cancel = useCancelMeeting();

  return (
    <div className="stack">
      <h1>Meetings</h1>
      <div className="tabs" role="tablist" aria-label="Meetings">
        {(['upcoming', 'past'] as const).map((w) => (
          <button key={w} type="button" role="tab" aria-selected={when === w} onClick={() => setWhen(w)}>
            {humanize(w)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        <QueryState query={meetings} isEmpty={() => rows.length === 0} empty={when === 'upcoming' ? 'No upcoming meeting.' : 'No past meeting.'}>
          {() => (
            <>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">Meeting</th>
                      <th scope="col">With</th>
                      <th scope="col">Status</th>
                      <th scope="col">
                        <span className="sr-only">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((m) => (
                      <tr key={m.id}>
                        <td>
                          <time dateTime={m.scheduledAt}>{formatDateTime(m.scheduledAt)}</time>
                          <div className="muted small">{m.durationMinutes} min</div>
                        </td>
                        <td>
                          {m.title}
                          {m.meetingLink && (
                            <div>
                              <a href={m.meetingLink} target="_blank" rel="noreferrer">
                                Join link
                              </a>
                            </div>
                          )}
                          {m.cancellationReason && <div className="muted small">Cancelled: {m.cancellationReason}</div>}
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
                              Cancel…
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
                  {meetings.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </button>
              )}
            </>
          )}
        </QueryState>
      </div>
      {cancelling && (
        <ConfirmDialog
          title={`Cancel "${cancelling.title}"?`}
          confirmLabel="Cancel meeting"
          danger
          busy={cancel.isPending}
          onCancel={() => setCancelling(null)}
          onConfirm={() => cancel.mutate({ id: cancelling.id, ...(reason.trim() ? { reason: reason.trim() } : {}) }, { onSuccess: () => setCancelling(null) })}
        >
          <p>
            With {cancelling.prospectName} on {formatDateTime(cancelling.scheduledAt)}.
          </p>
          <TextField label="Reason (optional)" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
          {cancel.isError && <ErrorMessage error={cancel.error} />}
        </ConfirmDialog>
      )}
    </div>
  );
}

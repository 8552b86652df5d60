import { useState } from 'react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorMessage } from '@/components/ErrorMessage';
import { humanize } from '@/lib/format';
import { useFunctionQuery } from '@/lib/functions';
import { useAskBeforeUnload } from '@/lib/unsaved';
import type { Input } from '@/lib/api-client';
import { useBulkAssign, useBulkDelete, useBulkStatus, useBulkVip } from '../api/prospects';
import { PROSPECT_STATUSES, type ProspectStatus } from './statuses';
import { T } from '../strings';

export type Selection = Input<'bulkSetProspectStatus'>['selection'];

/** The bulk actions on a selection (ids, or the whole filter); `count` is what the selection names, for the labels. */
export function BulkBar({ selection, count, onDone }: { selection: Selection; count: string; onDone: (changed: number) => void }) {
  const [status, setStatus] = useState<ProspectStatus | ''>('');
  const [campaign, setCampaign] = useState('');
  const [confirming, setConfirming] = useState(false);
  const campaigns = useFunctionQuery('listCampaigns', {});
  const bulkStatus = useBulkStatus();
  const bulkVip = useBulkVip();
  const bulkAssign = useBulkAssign();
  const bulkDelete = useBulkDelete();
  const busy = bulkStatus.isPending || bulkVip.isPending || bulkAssign.isPending || bulkDelete.isPending;
  const failed = [bulkStatus, bulkVip, bulkAssign, bulkDelete].find((m) => m.isError);
  // An action is one transaction: if the tab closes before the answer, the server rolls it back (nothing changes), so
  // the browser asks before the tab closes while one runs (moving within the app does not cancel it)
  useAskBeforeUnload(busy);
  const done = (r: { changed: number }) => {
    setConfirming(false);
    onDone(r.changed);
  };

  return (
    <div className="card stack" role="region" aria-label={T.bulkActions}>
      <div className="row">
        <label className="sr-only" htmlFor="bulk-status">
          {T.setStatus}
        </label>
        <select id="bulk-status" value={status} onChange={(e) => setStatus(e.target.value as ProspectStatus)}>
          <option value="">{T.setStatus}…</option>
          {PROSPECT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {humanize(s)}
            </option>
          ))}
        </select>
        <button type="button" className="btn btn-small" disabled={!status || busy} onClick={() => status && bulkStatus.mutate({ selection, status }, { onSuccess: done })}>
          {T.apply}
        </button>
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => bulkVip.mutate({ selection, vip: true }, { onSuccess: done })}>
          {T.markVip}
        </button>
        <button type="button" className="btn btn-small" disabled={busy} onClick={() => bulkVip.mutate({ selection, vip: false }, { onSuccess: done })}>
          {T.unmarkVip}
        </button>
        <label className="sr-only" htmlFor="bulk-campaign">
          {T.assign}
        </label>
        <select id="bulk-campaign" value={campaign} onChange={(e) => setCampaign(e.target.value)}>
          <option value="">{T.chooseCampaign}…</option>
          {campaigns.data?.items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="button" className="btn btn-small" disabled={!campaign || busy} onClick={() => bulkAssign.mutate({ selection, campaignId: campaign }, { onSuccess: done })}>
          {T.assign}
        </button>
        <button type="button" className="btn btn-small btn-danger" disabled={busy} onClick={() => setConfirming(true)}>
          {T.delete}
        </button>
      </div>
      {busy && (
        <p className="muted" role="status" aria-live="polite">
          {bulkDelete.isPending ? T.deleting(count) : T.working(count)}
        </p>
      )}
      {failed && <ErrorMessage error={failed.error} />}
      {confirming && (
        <ConfirmDialog title={T.confirmDeleteTitle(count)} confirmLabel={T.confirmDelete(count)} danger busy={bulkDelete.isPending} onCancel={() => setConfirming(false)} onConfirm={() => bulkDelete.mutate({ selection }, { onSuccess: done })}>
          <p>{T.confirmDeleteBody(count)}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

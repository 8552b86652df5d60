import { useEffect, useMemo, useRef, useState } from 'react';
import { QueryState } from '@/components/States';
import { ErrorMessage } from '@/components/ErrorMessage';
import { humanize } from '@/lib/format';
import { useBulkApprove, useBulkReject, useDecision, useReviewQueue, type ReviewItem } from '../api/review';
import { T } from '../strings';
import { useReviewShortcuts } from '../hooks/use-review-shortcuts';
import { DraftPanel, type PanelMode } from './DraftPanel';
import { ProspectContext } from './ProspectContext';

export default function ReviewQueuePage() {
  const queue = useReviewQueue();
  const items = useMemo(() => queue.data?.pages.flatMap((p) => p.items) ?? [], [queue.data]);
  return (
    <div className="stack">
      <div className="spread">
        <h1>Review queue</h1>
        <p className="kbd-help" aria-label="Keyboard shortcuts">
          <kbd>a</kbd> approve · <kbd>e</kbd> edit · <kbd>r</kbd> reject · <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>x</kbd> select
        </p>
      </div>
      <QueryState query={queue} isEmpty={() => items.length === 0} empty="Inbox zero: no draft is waiting for you.">
        {() => (
          <ReviewWorkspace
            items={items}
            hasMore={!!queue.hasNextPage}
            loadMore={() => void queue.fetchNextPage()}
            loadingMore={queue.isFetchingNextPage}
          />
        )}
      </QueryState>
    </div>
  );
}

function ReviewWorkspace({ items, hasMore, loadMore, loadingMore }: { items: ReviewItem[]; hasMore: boolean; loadMore: () => void; loadingMore: boolean }) {
  const [index, setIndex] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [mode, setMode] = useState<PanelMode>('view');
  const [notice, setNotice] = useState<string | null>(null);
  const decision = useDecision();
  const bulk = useBulkApprove();
  const bulkReject = useBulkReject();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const listRef = useRef<HTMLUListElement>(null);

  const current = items[Math.min(index, items.length - 1)];
  const currentIndex = Math.min(index, items.length - 1);

  // Fetch the next page before the reviewer reaches the end of the loaded items.
  useEffect(() => {
    if (hasMore && !loadingMore && items.length - currentIndex < 5) loadMore();
  }, [hasMore, loadingMore, items.length, currentIndex, loadMore]);

  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [currentIndex]);

  const visibleSelected = items.filter((i) => selected.has(i.id)).map((i) => i.id);

  const run = (d: Parameters<typeof decision.mutate>[0], verb: string) => {
    setNotice(null);
    setMode('view');
    decision.mutate(d, {
      onSuccess: () => setNotice(`${verb}.`),
    });
  };

  const actions = {
    approve: () => current && run({ kind: 'approve', id: current.id }, 'Approved'),
    edit: () => current && setMode('edit'),
    reject: () => current && setMode('reject'),
    next: () => setIndex(Math.min(currentIndex + 1, items.length - 1)),
    previous: () => setIndex(Math.max(currentIndex - 1, 0)),
    toggleSelect: () =>
      current &&
      setSelected((s) => {
        const next = new Set(s);
        if (next.has(current.id)) next.delete(current.id);
        else next.add(current.id);
        return next;
      }),
  };
  useReviewShortcuts(actions, mode === 'view');

  const bulkApprove = () => {
    setNotice(null);
    bulk.mutate(visibleSelected, {
      onSuccess: (r) => {
        setSelected(new Set(r.failed.map((f) => f.id)));
        setNotice(`${r.approved.length} approved${r.failed.length ? `, ${r.failed.length} failed (${r.failed.map((f) => f.code).join(', ')})` : ''}.`);
      },
    });
  };

  const rejectSelected = () => {
    setNotice(null);
    bulkReject.mutate(
      { ids: visibleSelected, reason: reason.trim() || undefined },
      {
        onSuccess: (r) => {
          setSelected(new Set(r.failed.map((f) => f.id)));
          setRejecting(false);
          setReason('');
          setNotice(T.rejected(r.rejected.length, r.failed));
        },
      },
    );
  };

  return (
    <>
      <div className="row" aria-live="polite">
        <span className="muted">
          {items.length}
          {hasMore ? '+' : ''} waiting · {visibleSelected.length} selected
        </span>
        <button type="button" className="btn btn-primary btn-small" disabled={visibleSelected.length === 0 || bulk.isPending} onClick={bulkApprove}>
          {bulk.isPending ? 'Approving…' : `Approve selected (${visibleSelected.length})`}
        </button>
        <button type="button" className="btn btn-small" disabled={visibleSelected.length === 0 || bulkReject.isPending} onClick={() => setRejecting(true)}>
          {T.rejectSelected(visibleSelected.length)}
        </button>
        <button type="button" className="btn btn-small" disabled={items.length === 0 || visibleSelected.length === items.length} onClick={() => setSelected(new Set(items.map((i) => i.id)))}>
          {T.selectAll(items.length)}
        </button>
        {visibleSelected.length > 0 && (
          <button type="button" className="btn btn-small" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        )}
        {notice && (
          <span className="success" role="status">
            {notice}
          </span>
        )}
      </div>
      {decision.isError && <ErrorMessage error={decision.error} />}
      {bulk.isError && <ErrorMessage error={bulk.error} />}
      {bulkReject.isError && <ErrorMessage error={bulkReject.error} />}
      {rejecting && visibleSelected.length > 0 && (
        <form
          className="card row"
          onSubmit={(e) => {
            e.preventDefault();
            rejectSelected();
          }}
        >
          <label htmlFor="bulk-reject-reason">{T.reason}</label>
          <input id="bulk-reject-reason" value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} style={{ flex: '1 1 240px' }} />
          <button type="submit" className="btn btn-danger btn-small" disabled={bulkReject.isPending}>
            {bulkReject.isPending ? T.rejecting : T.confirmReject(visibleSelected.length)}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setRejecting(false)}>
            {T.cancel}
          </button>
        </form>
      )}
      <div className="review">
        <section className="card" aria-label="Drafts waiting">
          <ul className="queue-list" ref={listRef}>
            {items.map((item, i) => (
              <li key={item.id} aria-current={i === currentIndex ? 'true' : undefined} onClick={() => setIndex(i)}>
                <input
                  type="checkbox"
                  aria-label={`Select draft for ${item.prospect.fullName}`}
                  checked={selected.has(item.id)}
                  onClick={(e) => e.stopPropagation()}
                  onChange={() =>
                    setSelected((s) => {
                      const next = new Set(s);
                      if (next.has(item.id)) next.delete(item.id);
                      else next.add(item.id);
                      return next;
                    })
                  }
                />
                <div style={{ minWidth: 0 }}>
                  <button type="button" className="linklike" onClick={() => setIndex(i)}>
                    {item.prospect.fullName}
                  </button>
                  {item.prospect.isVip && <span className="badge badge-vip">VIP</span>}
                  <div className="muted small">
                    {item.prospect.companyName} · {humanize(item.messageType)} · {item.confidenceScore}%{item.blockedTopics.length > 0 && ' · ⚠ blocked topic'}
                  </div>
                </div>
              </li>
            ))}
          </ul>
          {hasMore && (
            <button type="button" className="btn btn-small" onClick={loadMore} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : 'Load more'}
            </button>
          )}
        </section>
        {current && (
          <DraftPanel
            key={current.id}
            item={current}
            position={`${currentIndex + 1} of ${items.length}${hasMore ? '+' : ''}`}
            mode={mode}
            setMode={setMode}
            onApprove={actions.approve}
            onEdit={(subject, message) => run({ kind: 'edit', id: current.id, subject, message }, 'Edited and approved')}
            onReject={(reason) => run({ kind: 'reject', id: current.id, reason }, 'Rejected')}
          />
        )}
        {current && <ProspectContext prospectId={current.prospect.id} nextProspectId={items[currentIndex + 1]?.prospect.id} />}
      </div>
    </>
  );
}

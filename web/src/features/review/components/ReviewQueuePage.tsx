import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/States';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useToast } from '@/components/toast-context';
import { humanize } from '@/lib/format';
import { UNDO_WINDOW_MS, reviewPace, useBulkApprove, useBulkReject, useDecision, useReviewQueue, useUndoDecision, type Decision, type ReviewItem } from '../api/review';
import { T } from '../strings';
import { useReviewShortcuts } from '../hooks/use-review-shortcuts';
import { DraftPanel, type PanelMode } from './DraftPanel';
import { ProspectContext } from './ProspectContext';

export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const queue = useReviewQueue();
  const items = useMemo(() => queue.data?.pages.flatMap((p) => p.items) ?? [], [queue.data]);
  return (
    <div className="stack">
      <div className="spread">
        <h1>{t('review.title')}</h1>
        <p className="kbd-help" aria-label={t('review.shortcuts')}>
          <kbd>a</kbd> {t('review.kApprove')} · <kbd>e</kbd> {t('review.kEdit')} · <kbd>r</kbd> {t('review.kReject')} · <kbd>u</kbd> {t('review.kUndo')} · <kbd>j</kbd>/<kbd>k</kbd> {t('review.kNextPrevious')} · <kbd>x</kbd> {t('review.kSelect')}
        </p>
      </div>
      <QueryState query={queue} isEmpty={() => items.length === 0} empty={t('review.inboxZero')}>
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
  const { t } = useTranslation();
  const decision = useDecision();
  const undo = useUndoDecision();
  const toast = useToast();
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

  // The last decision, undoable for UNDO_WINDOW_MS (toast "Undo" or the u key); the server has the last word.
  const lastDecision = useRef<{ id: string; index: number; at: number; toast: number } | null>(null);
  // After a decision the next draft's heading takes the focus (set here, done by DraftPanel when it mounts).
  const focusDraft = useRef(false);

  const undoLast = useCallback(() => {
    const last = lastDecision.current;
    if (!last || Date.now() - last.at > UNDO_WINDOW_MS) return;
    lastDecision.current = null;
    toast.dismiss(last.toast);
    undo.mutate(
      { id: last.id, index: last.index },
      {
        onSuccess: () => {
          setIndex(last.index);
          focusDraft.current = true;
          toast.show({ message: t('review.undone') });
        },
      },
    );
  }, [toast, undo, t]);

  const decided = (id: string, index: number, verb: 'review.approved' | 'review.editedAndApproved' | 'review.rejected') => {
    const toastId = toast.show({ message: t(verb), action: { label: t('common.undo'), onClick: undoLast, shortcut: 'u' }, duration: UNDO_WINDOW_MS });
    lastDecision.current = { id, index, at: Date.now(), toast: toastId };
  };

  // One decision at a time (approve, edit-and-approve, reject, bulk): while one is in flight, further clicks and
  // keys are ignored, so a double click or a repeated key never decides the next draft, which the seller has not
  // seen yet. A ref, not the mutations' isPending: a second click can come before React re-renders.
  const inFlight = useRef(false);
  const busy = decision.isPending || bulk.isPending || bulkReject.isPending;
  // ... and a draft is decided only once it has been on screen for reviewPace.minSeenMs (see there).
  const shown = useRef<{ id: string | undefined; at: number }>({ id: undefined, at: 0 });
  useEffect(() => {
    shown.current = { id: current?.id, at: Date.now() };
  }, [current?.id]);
  const seenLongEnough = (id: string) => shown.current.id !== id || Date.now() - shown.current.at >= reviewPace.minSeenMs;

  const run = (d: Exclude<Decision, { kind: 'edit' }>, verb: 'review.approved' | 'review.rejected') => {
    if (inFlight.current || !seenLongEnough(d.id)) return;
    inFlight.current = true;
    setNotice(null);
    setMode('view');
    undo.reset();
    focusDraft.current = true;
    decision.mutate(d, {
      onSuccess: () => decided(d.id, currentIndex, verb),
      onSettled: () => {
        inFlight.current = false;
      },
    });
  };

  /** An edit keeps its editor open until the server accepts it; a refusal is shown next to the text (DraftPanel). */
  const saveEdit = async (id: string, subject: string | undefined, message: string) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setNotice(null);
    undo.reset();
    try {
      await decision.mutateAsync({ kind: 'edit', id, subject, message });
    } finally {
      inFlight.current = false;
    }
    focusDraft.current = true;
    setMode('view');
    decided(id, currentIndex, 'review.editedAndApproved');
  };

  const actions = {
    approve: () => current && run({ kind: 'approve', id: current.id }, 'review.approved'),
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
    undo: undoLast,
  };
  useReviewShortcuts(actions, mode === 'view');

  const bulkApprove = () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setNotice(null);
    bulk.mutate(visibleSelected, {
      onSettled: () => {
        inFlight.current = false;
      },
      onSuccess: (r) => {
        setSelected(new Set(r.failed.map((f) => f.id)));
        setNotice(r.failed.length ? t('review.bulkResultFailed', { approved: r.approved.length, failed: r.failed.length, codes: r.failed.map((f) => f.code).join(', ') }) : t('review.bulkResult', { approved: r.approved.length }));
      },
    });
  };

  const rejectSelected = () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setNotice(null);
    bulkReject.mutate(
      { ids: visibleSelected, reason: reason.trim() || undefined },
      {
        onSettled: () => {
          inFlight.current = false;
        },
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
          {t('review.waiting', { count: items.length, more: hasMore ? '+' : '', selected: visibleSelected.length })}
        </span>
        <button type="button" className="btn btn-primary btn-small" disabled={visibleSelected.length === 0 || busy} onClick={bulkApprove}>
          {bulk.isPending ? t('review.approving') : t('review.approveSelected', { count: visibleSelected.length })}
        </button>
        <button type="button" className="btn btn-small" disabled={visibleSelected.length === 0 || busy} onClick={() => setRejecting(true)}>
          {T.rejectSelected(visibleSelected.length)}
        </button>
        <button type="button" className="btn btn-small" disabled={items.length === 0 || visibleSelected.length === items.length} onClick={() => setSelected(new Set(items.map((i) => i.id)))}>
          {T.selectAll(items.length)}
        </button>
        {visibleSelected.length > 0 && (
          <button type="button" className="btn btn-small" onClick={() => setSelected(new Set())}>
            {t('review.clearSelection')}
          </button>
        )}
        {notice && (
          <span className="success" role="status">
            {notice}
          </span>
        )}
      </div>
      {decision.isError && decision.variables?.kind !== 'edit' && <ErrorMessage error={decision.error} />}
      {undo.isError && <ErrorMessage error={undo.error} />}
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
          <button type="submit" className="btn btn-danger btn-small" disabled={busy}>
            {bulkReject.isPending ? T.rejecting : T.confirmReject(visibleSelected.length)}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setRejecting(false)}>
            {T.cancel}
          </button>
        </form>
      )}
      <div className="review">
        <section className="card" aria-label={t('review.draftsWaiting')}>
          {/* One tab stop for the whole list (the current draft's row); ↑/↓ or j/k move through it. */}
          <ul
            className="queue-list"
            ref={listRef}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
              e.preventDefault();
              const to = e.key === 'ArrowDown' ? Math.min(currentIndex + 1, items.length - 1) : Math.max(currentIndex - 1, 0);
              setIndex(to);
              window.requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLButtonElement>('button.linklike')[to]?.focus());
            }}
          >
            {items.map((item, i) => (
              <li key={item.id} aria-current={i === currentIndex ? 'true' : undefined} onClick={() => setIndex(i)}>
                <input
                  type="checkbox"
                  tabIndex={i === currentIndex ? 0 : -1}
                  aria-label={t('review.selectDraft', { name: item.prospect.fullName })}
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
                  <button type="button" className="linklike" tabIndex={i === currentIndex ? 0 : -1} onClick={() => setIndex(i)}>
                    {item.prospect.fullName}
                  </button>
                  {item.prospect.isVip && <span className="badge badge-vip">{t('review.vip')}</span>}
                  <div className="muted small">
                    {item.prospect.companyName} · {humanize(item.messageType)} · {item.confidenceScore}%{item.blockedTopics.length > 0 && ` · ${t('review.blockedTopicShort')}`}
                  </div>
                </div>
              </li>
            ))}
          </ul>
          {hasMore && (
            <button type="button" className="btn btn-small" onClick={loadMore} disabled={loadingMore}>
              {loadingMore ? t('common.loading') : t('common.loadMore')}
            </button>
          )}
        </section>
        {current && (
          <DraftPanel
            key={current.id}
            item={current}
            position={t('review.position', { index: currentIndex + 1, total: items.length, more: hasMore ? '+' : '' })}
            mode={mode}
            setMode={setMode}
            onApprove={actions.approve}
            busy={busy}
            focusOnMountRef={focusDraft}
            onEdit={(subject, message) => saveEdit(current.id, subject, message)}
            onReject={(reason) => run({ kind: 'reject', id: current.id, reason }, 'review.rejected')}
          />
        )}
        {current && <ProspectContext prospectId={current.prospect.id} nextProspectId={items[currentIndex + 1]?.prospect.id} />}
      </div>
    </>
  );
}

import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { ApiError, callFunction, type Input, type Output } from '@/lib/api-client';
import { functionKey, useFunctionPages, useFunctionQuery } from '@/lib/functions';

export type ReviewPage = Output<'listReviewQueue'>;
export type ReviewItem = ReviewPage['items'][number];
export const QUEUE_INPUT: Input<'listReviewQueue'> = { limit: 50 };
const queueKey = functionKey('listReviewQueue', QUEUE_INPUT);

/** The queue refreshes itself: every minute and when the tab regains focus (new drafts arrive from the engine). */
export const useReviewQueue = () => useFunctionPages('listReviewQueue', QUEUE_INPUT, { refetchInterval: 60_000, refetchOnWindowFocus: true });
export const useProspectContext = (prospectId: string | undefined) => useFunctionQuery('getProspect', { id: prospectId ?? '' }, { enabled: !!prospectId, staleTime: 60_000 });

export type Decision =
  | { kind: 'approve'; id: string }
  | { kind: 'edit'; id: string; subject?: string; message: string }
  | { kind: 'reject'; id: string; reason?: string };

function decide(d: Decision): Promise<ReviewItem> {
  switch (d.kind) {
    case 'approve':
      return callFunction('approveMessage', { id: d.id });
    case 'edit':
      return callFunction('editMessage', { id: d.id, message: d.message, ...(d.subject !== undefined ? { subject: d.subject } : {}) });
    case 'reject':
      return callFunction('rejectMessage', { id: d.id, ...(d.reason ? { reason: d.reason } : {}) });
  }
}

/** The item back in the cached queue at the position it had (or first), after an undo. */
function withItemAt(data: InfiniteData<ReviewPage> | undefined, item: ReviewItem, index: number): InfiniteData<ReviewPage> | undefined {
  if (!data || data.pages.length === 0) return data;
  const all = data.pages.flatMap((p) => p.items).filter((i) => i.id !== item.id);
  all.splice(Math.max(0, Math.min(index, all.length)), 0, item);
  // one page holding everything loaded keeps the last page's cursor, so "load more" still continues from there
  const last = data.pages[data.pages.length - 1];
  return { pages: [{ ...last, items: all }], pageParams: [data.pageParams[0]] };
}

function withoutIds(data: InfiniteData<ReviewPage> | undefined, ids: Set<string>): InfiniteData<ReviewPage> | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((p) => ({ ...p, items: p.items.filter((i) => !ids.has(i.id)) })) };
}

/**
 * Approve / reject with an optimistic update: the item leaves the queue at once (so the next draft shows
 * without waiting for the server) and comes back where it was if the server refuses. An edit leaves the queue only
 * once the server accepted it, so a refused edit keeps the editor and the typed text on screen.
 * A 409 means the item is already decided (elsewhere, or by an earlier request): it is not put back, it leaves the
 * queue and the queue is refetched.
 */
export function useDecision() {
  const queryClient = useQueryClient();
  return useMutation<ReviewItem, Error, Decision, { previous: InfiniteData<ReviewPage> | undefined }>({
    mutationFn: decide,
    onMutate: async (d) => {
      await queryClient.cancelQueries({ queryKey: queueKey });
      const previous = queryClient.getQueryData<InfiniteData<ReviewPage>>(queueKey);
      if (d.kind !== 'edit') queryClient.setQueryData(queueKey, withoutIds(previous, new Set([d.id])));
      return { previous };
    },
    onSuccess: (_item, d) => {
      if (d.kind === 'edit') queryClient.setQueryData(queueKey, (data: InfiniteData<ReviewPage> | undefined) => withoutIds(data, new Set([d.id])));
    },
    onError: (err, d, context) => {
      if (err instanceof ApiError && err.status === 409) {
        queryClient.setQueryData(queueKey, (data: InfiniteData<ReviewPage> | undefined) => withoutIds(data, new Set([d.id])));
        void queryClient.invalidateQueries({ queryKey: queueKey });
        return;
      }
      if (context?.previous) queryClient.setQueryData(queueKey, context.previous);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['dashboardStats'] });
      void queryClient.invalidateQueries({ queryKey: ['getProspect'], refetchType: 'none' });
    },
  });
}

/** The server takes at most 100 ids per bulk call: larger selections go in consecutive calls, results merged. */
export const BULK_CHUNK = 100;

async function inChunks<R extends { failed: { id: string; code: string }[] }>(ids: string[], call: (chunk: string[]) => Promise<R>, merge: (a: R, b: R) => R): Promise<R> {
  let result: R | null = null;
  for (let i = 0; i < ids.length; i += BULK_CHUNK) {
    const r = await call(ids.slice(i, i + BULK_CHUNK));
    result = result ? merge(result, r) : r;
  }
  if (!result) throw new Error('Nothing selected');
  return result;
}

export function useBulkApprove() {
  const queryClient = useQueryClient();
  return useMutation<Output<'bulkApprove'>, Error, string[]>({
    mutationFn: (ids) => inChunks(ids, (chunk) => callFunction('bulkApprove', { ids: chunk }), (a, b) => ({ approved: [...a.approved, ...b.approved], failed: [...a.failed, ...b.failed] })),
    onSuccess: (result) => {
      queryClient.setQueryData(queueKey, (data: InfiniteData<ReviewPage> | undefined) => withoutIds(data, new Set(result.approved)));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['dashboardStats'] });
    },
  });
}

/**
 * Undo of a decision (issue 16): the server puts the item back to pending while its message is still unclaimed
 * (the outbox holds an approved message 10 s before any sender can take it). The item returns to the queue where
 * it was.
 */
export const UNDO_WINDOW_MS = 10_000;

/**
 * How long a draft is on screen before a decision applies to it. After a decision the next draft shows at once
 * (optimistic), so a double click or a repeated key would decide it unseen as soon as the first request has
 * settled (the QA pass: two `a` 60 ms apart approved two drafts, the local server answering in ~50 ms). A field
 * of an object so that component tests can set it to 0.
 */
export const reviewPace = { minSeenMs: 400 };

export function useUndoDecision() {
  const queryClient = useQueryClient();
  return useMutation<ReviewItem, Error, { id: string; index: number }>({
    mutationFn: ({ id }) => callFunction('undoReviewDecision', { id }),
    onSuccess: (item, { index }) => {
      queryClient.setQueryData(queueKey, (data: InfiniteData<ReviewPage> | undefined) => withItemAt(data, item, index));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['dashboardStats'] });
    },
  });
}

/** Rejects the selected drafts with one reason (bulkReject), in chunks of 100. */
export function useBulkReject() {
  const queryClient = useQueryClient();
  return useMutation<Output<'bulkReject'>, Error, { ids: string[]; reason?: string }>({
    mutationFn: ({ ids, reason }) =>
      inChunks(ids, (chunk) => callFunction('bulkReject', { ids: chunk, ...(reason ? { reason } : {}) }), (a, b) => ({ rejected: [...a.rejected, ...b.rejected], failed: [...a.failed, ...b.failed] })),
    onSuccess: (result) => {
      queryClient.setQueryData(queueKey, (data: InfiniteData<ReviewPage> | undefined) => withoutIds(data, new Set(result.rejected)));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['dashboardStats'] });
    },
  });
}

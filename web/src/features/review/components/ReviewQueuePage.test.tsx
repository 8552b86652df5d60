import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { applyLanguage } from '@/i18n';
import { reviewPace } from '../api/review';
import ReviewQueuePage from './ReviewQueuePage';

// decisions apply at once in these tests; the pause a draft needs on screen has its own test at the end
beforeEach(() => {
  reviewPace.minSeenMs = 0;
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function item(n: number, extra: Record<string, unknown> = {}) {
  return {
    id: `r${n}`,
    prospect: { id: `p${n}`, campaignId: null, fullName: `Person ${n}`, jobTitle: 'CTO', companyName: `Company ${n}`, status: 'engaged', isVip: false, linkedinUrl: null, email: null, lastActivityAt: null, createdAt: '2025-01-01T00:00:00Z' },
    messageType: 'initial_outreach',
    channel: 'linkedin',
    proposedSubject: null,
    proposedMessage: `Hello Person ${n}, we guarantee results.`,
    confidenceScore: 70,
    reasoning: 'Low confidence',
    blockedTopics: [],
    status: 'pending',
    editedSubject: null,
    editedMessage: null,
    rejectionReason: null,
    priority: 1,
    createdAt: '2025-01-01T00:00:00Z',
    reviewedAt: null,
    ...extra,
  };
}

function prospect(input: Record<string, unknown>) {
  const n = String(input.id).slice(1);
  return { ...item(Number(n)).prospect, location: null, vipReason: null, source: null, enrichment: { talkingPoints: [`Talking point ${n}`], painPoints: [], recentActivity: null, techStack: [], companyData: {}, confidenceScore: 80, personalizationScore: 70, model: 'm', enrichedAt: '2025-01-01T00:00:00Z' }, messages: [], meetings: [], pendingReviews: [], warmup: null };
}

const draftTitle = () => screen.getByRole('heading', { level: 2, name: /^Draft for/ });

describe('ReviewQueuePage', () => {
  it('moves with j/k, approves with a and shows the next draft at once', async () => {
    let release: () => void = () => undefined;
    const api = mockApi({
      listReviewQueue: () => ({ items: [item(1), item(2), item(3)], nextCursor: null }),
      getProspect: prospect,
      approveMessage: (input) => new Promise((resolve) => { release = () => resolve({ ...item(2), status: 'approved', id: input.id }); }),
    });
    renderWithProviders(<ReviewQueuePage />);
    await screen.findByText('Hello Person 1, we guarantee results.');
    expect(draftTitle()).toHaveTextContent('Person 1');
    expect(await screen.findByText('Talking point 1')).toBeInTheDocument();

    await userEvent.keyboard('j');
    expect(draftTitle()).toHaveTextContent('Person 2');
    await userEvent.keyboard('k');
    expect(draftTitle()).toHaveTextContent('Person 1');
    await userEvent.keyboard('j');

    await userEvent.keyboard('a');
    // Optimistic: the next draft shows before the server has answered.
    expect(draftTitle()).toHaveTextContent('Person 3');
    await waitFor(() => expect(api.called('approveMessage')).toHaveLength(1));
    expect(api.called('approveMessage')[0].input).toEqual({ id: 'r2' });
    release();
    expect(await screen.findByText('Approved.')).toBeInTheDocument();
    expect(screen.queryByText('Person 2')).not.toBeInTheDocument();
  });

  it('puts the draft back where it was when the server refuses the decision', async () => {
    mockApi({
      listReviewQueue: () => ({ items: [item(1), item(2)], nextCursor: null }),
      getProspect: prospect,
      approveMessage: () => apiError(500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side.'),
    });
    renderWithProviders(<ReviewQueuePage />);
    await screen.findByText('Hello Person 1, we guarantee results.');
    await userEvent.keyboard('a');
    expect(await screen.findByText(/Something went wrong on our side/)).toBeInTheDocument();
    await waitFor(() => expect(draftTitle()).toHaveTextContent('Person 1'));
    expect(within(screen.getByRole('region', { name: 'Drafts waiting' })).getAllByRole('listitem')).toHaveLength(2);
  });

  it('does not put back a draft the server reports as already decided (409): it leaves the queue, which is refetched', async () => {
    let listed = 0;
    const api = mockApi({
      listReviewQueue: () => {
        listed += 1;
        return { items: listed === 1 ? [item(1), item(2)] : [item(2)], nextCursor: null };
      },
      getProspect: prospect,
      approveMessage: () => apiError(409, 'CONFLICT', 'This review item was already decided (approved)'),
    });
    renderWithProviders(<ReviewQueuePage />);
    await screen.findByText('Hello Person 1, we guarantee results.');
    await userEvent.keyboard('a');
    expect(await screen.findByText('This review item was already decided (approved)')).toBeInTheDocument();
    await waitFor(() => expect(api.called('listReviewQueue').length).toBeGreaterThanOrEqual(2));
    expect(draftTitle()).toHaveTextContent('Person 2');
    expect(within(screen.getByRole('region', { name: 'Drafts waiting' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('sends one approval for a double click on Approve: the next draft stays, no error', async () => {
    let release: () => void = () => undefined;
    const api = mockApi({
      listReviewQueue: () => ({ items: [item(1), item(2), item(3)], nextCursor: null }),
      getProspect: prospect,
      approveMessage: (input) =>
        api.called('approveMessage').length > 1
          ? apiError(409, 'CONFLICT', 'This review item was already decided (approved)')
          : new Promise((resolve) => { release = () => resolve({ ...item(1), id: input.id, status: 'approved' }); }),
    });
    renderWithProviders(<ReviewQueuePage />);
    await screen.findByText('Hello Person 1, we guarantee results.');
    await userEvent.dblClick(screen.getByRole('button', { name: /^Approve a$/ }));
    await waitFor(() => expect(api.called('approveMessage')).toHaveLength(1));
    expect(draftTitle()).toHaveTextContent('Person 2');
    expect(screen.getByRole('button', { name: /^Approve a$/ })).toBeDisabled();
    release();
    expect(await screen.findByText('Approved.')).toBeInTheDocument();
    expect(api.called('approveMessage')).toHaveLength(1);
    expect(api.called('approveMessage')[0].input).toEqual({ id: 'r1' });
    expect(draftTitle()).toHaveTextContent('Person 2');
    expect(screen.getByText(/^2 waiting/)).toBeInTheDocument();
    expect(screen.queryByText(/already decided/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Approve a$/ })).toBeEnabled();
  });

  it('ignores a second a while the first approval is in flight: the next draft, never seen, is not approved', async () => {
    const releases: (() => void)[] = [];
    const api = mockApi({
      listReviewQueue: () => ({ items: [item(1), item(2), item(3)], nextCursor: null }),
      getProspect: prospect,
      approveMessage: (input) => new Promise((resolve) => { releases.push(() => resolve({ ...item(1), id: input.id, status: 'approved' })); }),
    });
    renderWithProviders(<ReviewQueuePage />);
    await screen.findByText('Hello Person 1, we guarantee results.');
    await userEvent.keyboard('aa');
    await waitFor(() => expect(api.called('approveMessage')).toHaveLength(1));
    expect(draftTitle()).toHaveTextContent('Person 2');
    releases.forEach((r) => r());
    expect(await screen.findByText('Approved.')).toBeInTheDocument();
    expect(api.called('approveMessage').map((c) => c.input)).toEqual([{ id: 'r1' }]);
    expect(draftTitle()).toHaveTextContent('Person 2');
    // once settled, the next decision goes through
    await userEvent.keyboard('a');
    await waitFor(() => expect(api.called('approveMessage').map((c) => c.input)).toEqual([{ id: 'r1' }, { id: 'r2' }]));
  });

  it('opens the editor with e and the reject form with r, and sends the edit', async () => {
    const api = mockApi({
      listReviewQueue: () => ({ items: [item(1), item(2)], nextCursor: null }),
      getProspect: prospect,
      editMessage: (input) => ({ ...item(1), status: 'edited', editedMessage: input.message }),
      rejectMessage: () => ({ ...item(2), status: 'rejected' }),
    });
    renderWithProviders(<ReviewQueuePage />);
    await screen.findByText('Hello Person 1, we guarantee results.');
    await userEvent.keyboard('e');
    const textarea = screen.getByLabelText('Message');
    expect(textarea).toHaveFocus();
    // Typing in the editor must not trigger shortcuts.
    await userEvent.clear(textarea);
    await userEvent.type(textarea, 'A calmer message');
    await userEvent.click(screen.getByRole('button', { name: 'Save and approve' }));
    await waitFor(() => expect(api.called('editMessage')).toHaveLength(1));
    expect(api.called('editMessage')[0].input).toEqual({ id: 'r1', message: 'A calmer message' });
    expect(draftTitle()).toHaveTextContent('Person 2');

    await userEvent.keyboard('r');
    const reason = screen.getByLabelText('Reason (optional)');
    expect(reason).toHaveFocus();
    await userEvent.type(reason, 'off tone{Enter}');
    await waitFor(() => expect(api.called('rejectMessage')).toHaveLength(1));
    expect(api.called('rejectMessage')[0].input).toEqual({ id: 'r2', reason: 'off tone' });
    expect(await screen.findByText(/Inbox zero/)).toBeInTheDocument();
  });

  it('selects with x and bulk-approves, reporting the failures', async () => {
    const api = mockApi({
      listReviewQueue: () => ({ items: [item(1), item(2), item(3)], nextCursor: null }),
      getProspect: prospect,
      bulkApprove: () => ({ approved: ['r1'], failed: [{ id: 'r2', code: 'CONFLICT' }] }),
    });
    renderWithProviders(<ReviewQueuePage />);
    await screen.findByText('Hello Person 1, we guarantee results.');
    await userEvent.keyboard('xjx');
    await userEvent.click(screen.getByRole('button', { name: 'Approve selected (2)' }));
    await waitFor(() => expect(api.called('bulkApprove')).toHaveLength(1));
    expect(api.called('bulkApprove')[0].input).toEqual({ ids: ['r1', 'r2'] });
    expect(await screen.findByText('1 approved, 1 failed (CONFLICT).')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Person 1' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select draft for Person 2' })).toBeChecked();
  });

  it('highlights blocked topics in the draft', async () => {
    mockApi({ listReviewQueue: () => ({ items: [item(1, { blockedTopics: ['guarantee'] })], nextCursor: null }), getProspect: prospect });
    renderWithProviders(<ReviewQueuePage />);
    const mark = await screen.findByText('guarantee', { selector: 'mark' });
    expect(mark).toHaveClass('blocked');
  });

  it('undoes an approval with u within the window: the draft comes back where it was, focused', async () => {
    const api = mockApi({
      listReviewQueue: () => ({ items: [item(1), item(2), item(3)], nextCursor: null }),
      getProspect: prospect,
      approveMessage: (input) => ({ ...item(2), id: input.id, status: 'approved' }),
      undoReviewDecision: (input) => ({ ...item(2), id: input.id, status: 'pending' }),
    });
    renderWithProviders(<ReviewQueuePage />);
    await screen.findByText('Hello Person 1, we guarantee results.');
    await userEvent.keyboard('j');
    await userEvent.keyboard('a');
    expect(await screen.findByText('Approved.')).toBeInTheDocument();
    // focus moved to the next draft, so the keyboard keeps working from there
    expect(draftTitle()).toHaveTextContent('Person 3');
    expect(draftTitle()).toHaveFocus();
    expect(screen.getByRole('button', { name: /Undo/ })).toBeInTheDocument();

    await userEvent.keyboard('u');
    await waitFor(() => expect(api.called('undoReviewDecision')).toHaveLength(1));
    expect(api.called('undoReviewDecision')[0].input).toEqual({ id: 'r2' });
    await waitFor(() => expect(draftTitle()).toHaveTextContent('Person 2'));
    expect(within(screen.getByRole('region', { name: 'Drafts waiting' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Person 1'),
      expect.stringContaining('Person 2'),
      expect.stringContaining('Person 3'),
    ]);
    expect(await screen.findByText('Decision undone: the draft is back in the queue.')).toBeInTheDocument();
    // a second u does nothing: one undo per decision
    await userEvent.keyboard('u');
    expect(api.called('undoReviewDecision')).toHaveLength(1);
  });

  it('shows the server\'s refusal of an undo (already handed to the sender) and keeps the queue as it is', async () => {
    mockApi({
      listReviewQueue: () => ({ items: [item(1), item(2)], nextCursor: null }),
      getProspect: prospect,
      rejectMessage: (input) => ({ ...item(1), id: input.id, status: 'rejected' }),
      undoReviewDecision: () => apiError(409, 'CONFLICT', 'This message was already handed to the sender and can no longer be undone'),
    });
    renderWithProviders(<ReviewQueuePage />);
    await screen.findByText('Hello Person 1, we guarantee results.');
    await userEvent.keyboard('r');
    await userEvent.type(screen.getByLabelText('Reason (optional)'), '{Enter}');
    expect(await screen.findByText('Rejected.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Undo/ }));
    expect(await screen.findByText(/already handed to the sender/)).toBeInTheDocument();
    expect(draftTitle()).toHaveTextContent('Person 2');
  });

  it('keeps the typed text when the server refuses an edit, with its message next to the text', async () => {
    mockApi({
      listReviewQueue: () => ({ items: [item(1), item(2)], nextCursor: null }),
      getProspect: prospect,
      editMessage: () => apiError(422, 'VALIDATION_ERROR', 'The request has invalid fields', [{ field: 'message', issue: 'hits blacklisted topics: guarantee' }]),
    });
    renderWithProviders(<ReviewQueuePage />);
    await screen.findByText('Hello Person 1, we guarantee results.');
    await userEvent.keyboard('e');
    const textarea = screen.getByLabelText('Message');
    await userEvent.clear(textarea);
    await userEvent.type(textarea, 'We guarantee a calmer message');
    await userEvent.click(screen.getByRole('button', { name: 'Save and approve' }));
    expect(await screen.findByText('hits blacklisted topics: guarantee')).toBeInTheDocument();
    expect(screen.getByLabelText('Message')).toHaveValue('We guarantee a calmer message');
    expect(screen.getByLabelText('Message')).toHaveAccessibleDescription(expect.stringContaining('hits blacklisted topics: guarantee'));
    expect(screen.queryByText('The request has invalid fields')).not.toBeInTheDocument();
    expect(draftTitle()).toHaveTextContent('Person 1');
  });

  it('lets Tab reach Approve through one queue row, not all of them', async () => {
    mockApi({ listReviewQueue: () => ({ items: Array.from({ length: 20 }, (_, i) => item(i + 1)), nextCursor: null }), getProspect: prospect });
    renderWithProviders(<ReviewQueuePage />);
    await screen.findByText('Hello Person 1, we guarantee results.');
    const approve = screen.getByRole('button', { name: /^Approve a$/ });
    let presses = 0;
    while (document.activeElement !== approve && presses < 50) {
      await userEvent.tab();
      presses += 1;
    }
    expect(approve).toHaveFocus();
    expect(presses).toBeLessThanOrEqual(6);
  });

  it('decides a draft only once it has been on screen a moment: a quick second a is ignored even after the first has settled', async () => {
    // QA: two `a` 60 ms apart approved two drafts, because the local server had answered within those 60 ms
    reviewPace.minSeenMs = 400;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T10:00:00Z'));
    const api = mockApi({
      listReviewQueue: () => ({ items: [item(1), item(2), item(3)], nextCursor: null }),
      getProspect: prospect,
      approveMessage: (input) => ({ ...item(1), id: input.id, status: 'approved' }),
    });
    renderWithProviders(<ReviewQueuePage />);
    await screen.findByText('Hello Person 1, we guarantee results.');
    vi.setSystemTime(new Date('2026-12-07T10:00:05Z')); // Person 1 read for 5 s
    await userEvent.keyboard('a');
    expect(await screen.findByText('Approved.')).toBeInTheDocument();
    expect(draftTitle()).toHaveTextContent('Person 2');
    vi.setSystemTime(new Date('2026-12-07T10:00:05.060Z')); // 60 ms after Person 2 appeared
    await userEvent.keyboard('a');
    expect(api.called('approveMessage').map((c) => c.input)).toEqual([{ id: 'r1' }]);
    expect(draftTitle()).toHaveTextContent('Person 2');
    vi.setSystemTime(new Date('2026-12-07T10:00:06Z')); // Person 2 on screen for a second
    await userEvent.keyboard('a');
    await waitFor(() => expect(api.called('approveMessage').map((c) => c.input)).toEqual([{ id: 'r1' }, { id: 'r2' }]));
  });

});

describe('ReviewQueuePage bulk reject', () => {
  it('selects all loaded drafts and rejects them with one reason', async () => {
    const api = mockApi({
      listReviewQueue: () => ({ items: [item(1), item(2), item(3)], nextCursor: null }),
      getProspect: prospect,
      bulkReject: (input) => ({ rejected: (input.ids as string[]).slice(0, 2), failed: [{ id: 'r3', code: 'CONFLICT' }] }),
    });
    renderWithProviders(<ReviewQueuePage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Select all (3)' }, { timeout: 5000 }));
    await userEvent.click(screen.getByRole('button', { name: 'Reject selected (3)' }));
    await userEvent.type(screen.getByLabelText('Reason for rejecting the selected drafts (optional)'), 'Too pushy');
    await userEvent.click(screen.getByRole('button', { name: 'Reject 3' }));
    await waitFor(() => expect(api.called('bulkReject')[0]?.input).toEqual({ ids: ['r1', 'r2', 'r3'], reason: 'Too pushy' }));
    expect(await screen.findByText('2 rejected, 1 failed (CONFLICT).')).toBeInTheDocument();
  });
});

describe('ReviewQueuePage in French', () => {
  afterEach(() => applyLanguage('en'));

  it('says "Vider la sélection" on the clear-selection button', async () => {
    applyLanguage('fr');
    mockApi({ listReviewQueue: () => ({ items: [item(1), item(2)], nextCursor: null }), getProspect: prospect });
    renderWithProviders(<ReviewQueuePage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Tout sélectionner (2)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Vider la sélection' }));
    expect(screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(0);
  });
});

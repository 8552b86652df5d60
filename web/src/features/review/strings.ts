// UI strings of the review queue's bulk work (select all, bulk reject), in one place for the message catalogue.
export const T = {
  selectAll: (n: number) => `Select all (${n})`,
  rejectSelected: (n: number) => `Reject selected (${n})`,
  rejecting: 'Rejecting…',
  reason: 'Reason for rejecting the selected drafts (optional)',
  confirmReject: (n: number) => `Reject ${n}`,
  cancel: 'Cancel',
  rejected: (n: number, failed: { code: string }[]) => `${n} rejected${failed.length ? `, ${failed.length} failed (${failed.map((f) => f.code).join(', ')})` : ''}.`,
} as const;

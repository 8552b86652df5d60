// UI strings of the review queue's bulk work (select all, bulk reject): read from the message catalogue (`reviewBulk`) at access time.
import { t } from '@/i18n';

export const T = {
  selectAll: (n: number) => t('reviewBulk.selectAll', { n: String(n) }),
  rejectSelected: (n: number) => t('reviewBulk.rejectSelected', { n: String(n) }),
  get rejecting() {
    return t('reviewBulk.rejecting');
  },
  get reason() {
    return t('reviewBulk.reason');
  },
  confirmReject: (n: number) => t('reviewBulk.confirmReject', { n: String(n) }),
  get cancel() {
    return t('reviewBulk.cancel');
  },
  rejected: (n: number, failed: { code: string }[]) =>
    failed.length
      ? t('reviewBulk.rejectedWithFailures', { n: String(n), failed: String(failed.length), codes: failed.map((f) => f.code).join(', ') })
      : t('reviewBulk.rejected', { n: String(n) }),
};

import type { Notice } from '@tongket/domain';

/** Where a message stands: mailed, waiting for the mailer, failing, or for reading in the app only. */
export type DeliveryStatus = 'sent' | 'pending' | 'failed' | 'inApp';

export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'failed', 'sent', 'inApp'];

export function deliveryStatus(notice: Notice): DeliveryStatus {
  if (notice.sentAt) return 'sent';
  // A unit without an address reads its notices in the app; there is nothing to mail.
  if (!notice.toAddress) return 'inApp';
  return notice.lastError ? 'failed' : 'pending';
}

/**
 * A nomination's statuses and labels, without zod: a page that only names them (home) does not
 * load the commendation schemas (commendation.ts).
 */
export const NOMINATION_STATUSES = [
  'draft',
  'submitted',
  'forwarded',
  'approved',
  'rejected',
  'decided',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];
export const NOMINATION_STATUS_LABELS: Record<NominationStatus, { vi: string; en: string }> = {
  draft: { vi: 'Đang soạn', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  forwarded: { vi: 'Đã chuyển thẩm định', en: 'Forwarded' },
  approved: { vi: 'Đồng ý khen thưởng', en: 'Approved' },
  rejected: { vi: 'Không đồng ý', en: 'Rejected' },
  decided: { vi: 'Đã có quyết định', en: 'Decided' },
};
/** Statuses that hold a quota slot. */
export const QUOTA_HOLDING: readonly NominationStatus[] = ['submitted', 'forwarded', 'approved', 'decided'];

export const GENDERS = ['male', 'female'] as const;
export const GENDER_LABELS = { male: { vi: 'Nam', en: 'Male' }, female: { vi: 'Nữ', en: 'Female' } } as const;

import type { QuotaRow } from './campaigns.ts';

/**
 * The round's kinds and their labels, without zod: a page that only names them (home) does not
 * load the schemas (campaigns.ts).
 */
export const CAMPAIGN_KINDS = ['tong_ket', 'so_ket'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export const CAMPAIGN_KIND_LABELS: Record<CampaignKind, { vi: string; en: string }> = {
  tong_ket: { vi: 'Tổng kết', en: 'Final review' },
  so_ket: { vi: 'Sơ kết', en: 'Interim review' },
};

export const CAMPAIGN_STATUSES = ['draft', 'issued', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  issued: { vi: 'Đã ban hành', en: 'Issued' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
};

/** What a row of "Tổ chức thực hiện" asks of its units; each becomes one assignment per unit. */
export const TASK_KINDS = [
  'report',
  'speech',
  'media',
  'coordination',
  'nomination_summary',
  'other',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];
export const TASK_KIND_LABELS: Record<TaskKind, { vi: string; en: string }> = {
  report: { vi: 'Báo cáo', en: 'Report' },
  speech: { vi: 'Tham luận', en: 'Speech' },
  media: { vi: 'Phóng sự', en: 'Documentary' },
  coordination: { vi: 'Phối hợp, chủ trì', en: 'Coordination' },
  nomination_summary: { vi: 'Tổng hợp khen thưởng', en: 'Nomination summary' },
  other: { vi: 'Nhiệm vụ khác', en: 'Other' },
};

export const NOMINEE_KINDS = ['collective', 'individual', 'exemplar'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];
export const NOMINEE_KIND_LABELS: Record<NomineeKind, { vi: string; en: string; noun: string }> = {
  collective: { vi: 'Tập thể', en: 'Collective', noun: 'tập thể' },
  individual: { vi: 'Cá nhân', en: 'Individual', noun: 'cá nhân' },
  exemplar: { vi: 'Điển hình trong cộng đồng', en: 'Community exemplar', noun: 'điển hình trong cộng đồng' },
};

/**
 * How a quota row counts: `unit` — one unit's own quota; `pool` — one number shared by a group
 * ("Ban Chỉ đạo các huyện, thị xã, thành phố: 10 tập thể"); `each` — every unit of a kind gets the
 * number, except those named ("mỗi địa phương đề xuất 02 cá nhân, trừ huyện đảo Cồn Cỏ").
 */
export const QUOTA_SCOPES = ['unit', 'pool', 'each'] as const;
export type QuotaScope = (typeof QUOTA_SCOPES)[number];
export const QUOTA_SCOPE_LABELS: Record<QuotaScope, { vi: string; en: string }> = {
  unit: { vi: 'Một đơn vị', en: 'One unit' },
  pool: { vi: 'Chung cho nhóm đơn vị', en: 'Shared by a group' },
  each: { vi: 'Mỗi đơn vị theo loại', en: 'Each unit of a kind' },
};

/** The printed text of a quota row after its colon: the clerk's wording, or "03 tập thể". */
export function quotaRowText(row: Pick<QuotaRow, 'text' | 'count' | 'nomineeKind' | 'scope'>): string {
  if (row.text) return row.text;
  const n = String(row.count).padStart(2, '0');
  const noun = NOMINEE_KIND_LABELS[row.nomineeKind].noun;
  return row.scope === 'each' ? `Mỗi đơn vị ${n} ${noun}` : `${n} ${noun}`;
}

/** Kinds of task a unit hands something in for; coordination and the nomination summary are done elsewhere. */
export const SUBMITTABLE_KINDS: readonly TaskKind[] = ['report', 'speech', 'media', 'other'];
export function isSubmittable(kind: TaskKind): boolean {
  return SUBMITTABLE_KINDS.includes(kind);
}

import { z } from 'zod';
import { dateSchema, instantSchema } from './bounds.ts';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  NOMINEE_KINDS,
  QUOTA_SCOPES,
  TASK_KINDS,
} from './campaign-labels.ts';
import { say } from './lang.ts';
import { INVALID_EMAIL, maxChars } from './messages.ts';
import { type Outline, outlineSchema } from './outline.ts';
import { reminderRulesSchema } from './reminders.ts';
import { cleanText } from './text.ts';
import { UNIT_KINDS } from './unit-labels.ts';

/**
 * A review round (đợt tổng kết / sơ kết) and its plan (kế hoạch), held as structured parts: the
 * header of the document, its sections in the order a plan prints them, the implementation tasks
 * that become assignments, and the commendation quotas. Every part a plan like 2519/KH-UBND has
 * is a field or a list of rows here, never one block of text.
 */

const cleaned = (s: string) => cleanText(s).replace(/\r\n?/g, '\n').trim();
/** One line of text (may be empty while drafting). */
const line = (max: number) =>
  z
    .string()
    .transform((s) => cleaned(s).replace(/\s*\n\s*/g, ' '))
    .pipe(z.string().max(max, maxChars(max)));
/** Text that may hold several paragraphs, one per line. */
const paragraphs = (max: number) =>
  z
    .string()
    .transform((s) =>
      cleaned(s)
        .split('\n')
        .map((p) => p.trim())
        .filter((p, i, all) => p !== '' || (i > 0 && all[i - 1] !== ''))
        .join('\n'),
    )
    .pipe(z.string().max(max, maxChars(max)));
const rowId = z.string().max(64).optional();
const unitIds = z.array(z.string().max(64)).max(2000);
/** A calendar day (yyyy-mm-dd) between 1900 and 2100; fields name themselves with `dateSchema`. */
export const isoDateSchema = dateSchema({ vi: 'Ngày', en: 'The date' });

export const programmeItemSchema = z.strictObject({ id: rowId, text: line(500) });
export const delegateGroupSchema = z.strictObject({ id: rowId, text: line(500) });
export const budgetLineSchema = z.strictObject({
  id: rowId,
  /** "Kinh phí tổ chức Hội nghị" */
  item: line(300),
  /** "Nguồn kinh phí phòng, chống dịch COVID-19 đã cấp cho ngành Y tế" */
  source: line(500),
});
export const recipientSchema = z.strictObject({
  id: rowId,
  /** As printed under "Nơi nhận:", without the dash and the closing punctuation. */
  text: line(300),
  /** The units this line reaches, for distribution and notification. */
  unitIds: unitIds.default([]),
});

export const quotaRowSchema = z.strictObject({
  id: rowId,
  scope: z.enum(QUOTA_SCOPES, say('Cách tính chỉ tiêu không hợp lệ', 'Invalid way of counting the quota')),
  nomineeKind: z.enum(NOMINEE_KINDS, say('Đối tượng khen thưởng không hợp lệ', 'Invalid kind of nominee')),
  count: z
    .number(say('Số lượng phải là số', 'The count must be a number'))
    .int(say('Số lượng phải là số nguyên', 'The count must be a whole number'))
    .min(0, say('Số lượng không được âm', 'The count must not be negative'))
    .max(10_000),
  /** `unit`: exactly one; `pool`: the group; `each`: optional, the units the rule covers when no kind is given. */
  unitIds: unitIds.default([]),
  /** `each` (and `pool` by kind): every active unit of this kind under the issuing unit. */
  unitKind: z.enum(UNIT_KINDS).nullable().default(null),
  /** `pool` and `each`: the units the row leaves out ("trừ huyện đảo Cồn Cỏ"); they get none of it. */
  exceptUnitIds: unitIds.default([]),
  /** As printed before the colon: "Sở Y tế", "Các huyện, thị xã, thành phố (trừ huyện đảo Cồn Cỏ)". */
  label: line(500),
  /** As printed after the colon; empty means "03 tập thể" from the count and kind. */
  text: line(500).default(''),
});
export type QuotaRowInput = z.input<typeof quotaRowSchema>;

export const awardGroupSchema = z.strictObject({
  id: rowId,
  awardTypeId: z.string().max(64).nullable(),
  /** "Bằng khen của Chủ tịch UBND tỉnh cho các tập thể đạt thành tích xuất sắc trong …" */
  heading: line(1000),
  quotas: z.array(quotaRowSchema).max(500).default([]),
});

export const taskSchema = z.strictObject({
  id: rowId,
  kind: z.enum(TASK_KINDS, say('Loại nhiệm vụ không hợp lệ', 'Invalid kind of task')),
  unitIds: unitIds,
  /** As printed before the colon; empty means the units' names joined. */
  label: line(1000).default(''),
  /** What the units are asked to do, as printed after the colon. */
  text: line(4000),
  /** Speech or documentary topic, carried into the assignment ("công tác tổ chức Khu cách ly tập trung"). */
  topic: line(1000).default(''),
  /** Null: the plan's report deadline (or nomination deadline for a nomination summary). */
  deadline: instantSchema({ vi: 'Thời hạn của nhiệm vụ', en: 'The task deadline' }).nullable().default(null),
  /** A speech's or documentary's length in minutes, e.g. 10–15. */
  minMinutes: z.number().int().min(1).max(600).nullable().default(null),
  maxMinutes: z.number().int().min(1).max(600).nullable().default(null),
});
export type TaskInput = z.input<typeof taskSchema>;

export const signatureSchema = z.strictObject({
  /** "TM. ỦY BAN NHÂN DÂN" */
  authority: line(200),
  /** "KT. CHỦ TỊCH"; empty when the head signs. */
  deputy: line(200),
  /** "PHÓ CHỦ TỊCH" */
  title: line(200),
  name: line(200),
});

/** Every part of the plan a coordinator edits. A PATCH sends any subset; each list is replaced whole. */
export const planFields = {
  /** Cơ quan chủ quản, printed above the issuing body; empty for a provincial people's committee. */
  parentBody: line(300),
  issuingBody: paragraphs(300),
  /** Văn bản số: "2519"; may stay empty until issuing. */
  docNumber: z
    .string()
    .trim()
    .regex(/^\d{0,7}$/, say('Số văn bản chỉ gồm chữ số', 'The document number has digits only')),
  /** Ký hiệu: "KH-UBND". */
  docCode: z
    .string()
    .trim()
    .regex(
      /^[A-ZĐ0-9][A-ZĐ0-9.&-]{0,39}$|^$/u,
      say(
        'Ký hiệu văn bản viết hoa, không dấu cách, ví dụ KH-UBND',
        'The document code is in capitals without spaces, e.g. KH-UBND',
      ),
    ),
  place: line(100),
  /** Ngày ban hành (yyyy-mm-dd); set on issuing when empty. */
  docDate: dateSchema({ vi: 'Ngày ban hành', en: 'The issue date' }).nullable(),
  docType: line(100),
  /** Trích yếu; a line break where it should wrap when printed. */
  summary: paragraphs(1000),
  /** Opening paragraphs: the situation and the reason for the round. */
  situation: paragraphs(20_000),
  /** I. MỤC ĐÍCH, YÊU CẦU */
  purpose: paragraphs(20_000),
  /** II. NỘI DUNG CHƯƠNG TRÌNH HỘI NGHỊ */
  programme: z.array(programmeItemSchema).max(200),
  /** III. THỜI GIAN: "01 buổi, dự kiến vào giữa tháng 6 năm 2020" (tentative allowed). */
  conferenceTime: line(500),
  /** The exact start once fixed. */
  conferenceStartsAt: instantSchema({
    vi: 'Thời gian bắt đầu hội nghị',
    en: 'The conference start',
  }).nullable(),
  venue: line(500),
  /** IV. THÀNH PHẦN */
  delegateGroups: z.array(delegateGroupSchema).max(200),
  expectedDelegates: z.number().int().min(0).max(100_000).nullable(),
  /** V. KINH PHÍ */
  budgetLines: z.array(budgetLineSchema).max(200),
  /** VI. KHEN THƯỞNG */
  awardGroups: z.array(awardGroupSchema).max(50),
  nominationDeadline: instantSchema({
    vi: 'Thời hạn gửi hồ sơ đề nghị khen thưởng',
    en: 'The nomination deadline',
  }).nullable(),
  /** "Sở Y tế - Cơ quan thường trực BCĐ phòng, chống dịch COVID-19 tỉnh" */
  nominationTo: line(500),
  /** "Ban Thi đua - Khen thưởng tỉnh" */
  nominationReviewer: line(500),
  /** VII. TỔ CHỨC THỰC HIỆN */
  tasks: z.array(taskSchema).max(500),
  reportDeadline: instantSchema({ vi: 'Thời hạn gửi báo cáo', en: 'The report deadline' }).nullable(),
  /** "Sở Y tế - Cơ quan thường trực Ban Chỉ đạo tỉnh" */
  submissionTo: line(500),
  submissionEmail: z
    .string()
    .trim()
    .transform((s) => s.toLowerCase())
    .pipe(z.union([z.literal(''), z.email(INVALID_EMAIL)])),
  /** Reports must arrive as PDFs signed by the sending unit; the plan says so. */
  signedReports: z.boolean(),
  /** Closing paragraphs after the tasks (requests, contacts). */
  closing: paragraphs(20_000),
  recipients: z.array(recipientSchema).max(300),
  signature: signatureSchema,
};

export const planInputSchema = z.strictObject(planFields);
export type PlanInput = z.input<typeof planInputSchema>;
export const planPatchSchema = planInputSchema.partial();
export type PlanPatch = z.input<typeof planPatchSchema>;

// Response schemas: documentation of the answers (OpenAPI) and a check in tests.
const withId = <T extends z.ZodRawShape>(shape: T) => z.object({ id: z.string(), ...shape });
/** A stored plan: every row has its id. */
export const planSchema = z.object({
  parentBody: z.string(),
  issuingBody: z.string(),
  docNumber: z.string(),
  docCode: z.string(),
  place: z.string(),
  docDate: z.string().nullable(),
  docType: z.string(),
  summary: z.string(),
  situation: z.string(),
  purpose: z.string(),
  programme: z.array(withId({ text: z.string() })),
  conferenceTime: z.string(),
  conferenceStartsAt: z.string().nullable(),
  venue: z.string(),
  delegateGroups: z.array(withId({ text: z.string() })),
  expectedDelegates: z.number().int().nullable(),
  budgetLines: z.array(withId({ item: z.string(), source: z.string() })),
  awardGroups: z.array(
    withId({
      awardTypeId: z.string().nullable(),
      heading: z.string(),
      quotas: z.array(
        withId({
          scope: z.enum(QUOTA_SCOPES),
          nomineeKind: z.enum(NOMINEE_KINDS),
          count: z.number().int(),
          unitIds: z.array(z.string()),
          unitKind: z.enum(UNIT_KINDS).nullable(),
          exceptUnitIds: z.array(z.string()),
          label: z.string(),
          text: z.string(),
        }),
      ),
    }),
  ),
  nominationDeadline: z.string().nullable(),
  nominationTo: z.string(),
  nominationReviewer: z.string(),
  tasks: z.array(
    withId({
      kind: z.enum(TASK_KINDS),
      unitIds: z.array(z.string()),
      label: z.string(),
      text: z.string(),
      topic: z.string(),
      deadline: z.string().nullable(),
      minMinutes: z.number().int().nullable(),
      maxMinutes: z.number().int().nullable(),
    }),
  ),
  reportDeadline: z.string().nullable(),
  submissionTo: z.string(),
  submissionEmail: z.string(),
  signedReports: z.boolean(),
  closing: z.string(),
  recipients: z.array(withId({ text: z.string(), unitIds: z.array(z.string()) })),
  signature: z.object({ authority: z.string(), deputy: z.string(), title: z.string(), name: z.string() }),
});

export type Plan = z.infer<typeof planSchema>;
export type Task = Plan['tasks'][number];
export type QuotaRow = Plan['awardGroups'][number]['quotas'][number];
export type AwardGroup = Plan['awardGroups'][number];
export type Recipient = Plan['recipients'][number];

export const campaignSchema = z.object({
  id: z.string(),
  kind: z.enum(CAMPAIGN_KINDS),
  status: z.enum(CAMPAIGN_STATUSES),
  name: z.string(),
  version: z.number().int(),
  issuingUnitId: z.string(),
  standingUnitId: z.string(),
  sourceCampaignId: z.string().nullable(),
  /** A cascaded round: the higher round it reports into, and the assignment it feeds there. */
  parentCampaignId: z.string().nullable(),
  parentAssignmentId: z.string().nullable(),
  issuedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  plan: planSchema,
  outline: outlineSchema,
  /** For a draft: each thing that is missing or wrong, in Vietnamese; empty when it can be issued. */
  problems: z.array(z.string()),
  /** What does not stop it from being issued but the coordinator should know (Vietnamese sentences). */
  warnings: z.array(z.string()),
  /** True when the caller may edit, issue and clone it. */
  canManage: z.boolean(),
  /** When units are reminded of a deadline: "before:3", "before:1", "overdue". */
  reminderRules: z.array(z.string()),
  closedAt: z.string().nullable(),
});
/** The answer for a campaign: the plan, the outline, and what still stops it from being issued. */
export type Campaign = z.infer<typeof campaignSchema>;

/** A round's progress as its list row shows it: what is owed, what was sent, what is overdue. */
export const roundProgressSchema = z.object({
  /** Tasks the units hand something in for (reports, speeches, documentaries, other). */
  expected: z.number().int(),
  submitted: z.number().int(),
  /** Deadline passed, nothing sent. */
  overdue: z.number().int(),
});
export type RoundProgress = z.infer<typeof roundProgressSchema>;

export const campaignListItemSchema = z.object({
  id: z.string(),
  kind: z.enum(CAMPAIGN_KINDS),
  status: z.enum(CAMPAIGN_STATUSES),
  name: z.string(),
  version: z.number().int(),
  issuingUnitId: z.string(),
  issuingUnitName: z.string(),
  standingUnitId: z.string(),
  /** "2519/KH-UBND" once numbered, else empty. */
  reference: z.string(),
  docDate: z.string().nullable(),
  reportDeadline: z.string().nullable(),
  issuedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** True when the caller may edit and issue it. */
  canManage: z.boolean(),
  parentCampaignId: z.string().nullable(),
  /**
   * Issued and closed rounds: the whole round's progress; null for a draft, and for a unit officer
   * who does not run the round (their progress tab shows their own subtree only).
   */
  progress: roundProgressSchema.nullable(),
});
export type CampaignListItem = z.infer<typeof campaignListItemSchema>;

export const campaignCreateSchema = z.strictObject({
  kind: z.enum(
    CAMPAIGN_KINDS,
    say('Loại đợt phải là tổng kết hoặc sơ kết', 'The round must be a final or an interim review'),
  ),
  name: line(300).optional(),
  issuingUnitId: z.string().max(64),
  /** Start the outline from a built-in template. */
  outlineTemplate: z.string().max(64).nullable().optional(),
});
export type CampaignCreate = z.input<typeof campaignCreateSchema>;

export const campaignPatchSchema = z.strictObject({
  version: z.number().int(),
  kind: z.enum(CAMPAIGN_KINDS).optional(),
  name: line(300).optional(),
  plan: planPatchSchema.optional(),
  /** Not part of the document: may change after issuing. */
  reminderRules: reminderRulesSchema.optional(),
});
export type CampaignPatch = z.input<typeof campaignPatchSchema>;

export const campaignIssueSchema = z.strictObject({
  version: z.number().int(),
  /** The number the records office gave; required unless the plan already has one. */
  docNumber: planFields.docNumber.optional(),
  /** Ngày ban hành; today (in Vietnam) when absent. */
  docDate: dateSchema({ vi: 'Ngày ban hành', en: 'The issue date' }).optional(),
});

export const campaignCloneSchema = z.strictObject({
  kind: z.enum(CAMPAIGN_KINDS).optional(),
  name: line(300).optional(),
});

/** "2519/KH-UBND", or "" while the plan has no number. */
export function documentReference(plan: Pick<Plan, 'docNumber' | 'docCode'>): string {
  return plan.docNumber ? `${plan.docNumber}/${plan.docCode}` : '';
}

/** The effective deadline of a task: its own, else the plan's report or nomination deadline. */
export function taskDeadline(
  task: Pick<Task, 'deadline' | 'kind'>,
  plan: Pick<Plan, 'reportDeadline' | 'nominationDeadline'>,
): string | null {
  if (task.deadline) return task.deadline;
  if (task.kind === 'nomination_summary') return plan.nominationDeadline ?? plan.reportDeadline;
  return plan.reportDeadline;
}

export type { Outline };

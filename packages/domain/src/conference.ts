import { z } from 'zod';
import { dateSchema, vndSchema } from './bounds.ts';
import { VN_TIME_ZONE } from './dates.ts';
import { pick, say } from './lang.ts';
import { INVALID_EMAIL, maxChars, type ZodMessage } from './messages.ts';
import { cleanText, searchKey } from './text.ts';

/**
 * The conference (hội nghị) that closes a round: when and where, who chairs it, its agenda
 * (chương trình) built from the plan's programme and the speeches units handed in, the delegates
 * of each group of the plan's composition (thành phần) with their invitations, RSVPs and check-in,
 * and the budget (kinh phí). Times of day are "HH:MM" in Vietnam: a date may still be tentative
 * while the order of business is already fixed.
 */

export const AGENDA_ITEM_KINDS = [
  'opening',
  'report',
  'speech',
  'documentary',
  'awards',
  'closing',
  'break',
  'other',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];
export const AGENDA_ITEM_KIND_LABELS: Record<AgendaItemKind, { vi: string; en: string }> = {
  opening: { vi: 'Khai mạc', en: 'Opening' },
  report: { vi: 'Báo cáo', en: 'Report' },
  speech: { vi: 'Tham luận', en: 'Speech' },
  documentary: { vi: 'Phóng sự', en: 'Documentary' },
  awards: { vi: 'Khen thưởng', en: 'Awards' },
  closing: { vi: 'Bế mạc', en: 'Closing' },
  break: { vi: 'Giải lao', en: 'Break' },
  other: { vi: 'Nội dung khác', en: 'Other' },
};

export const RSVP_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type RsvpStatus = (typeof RSVP_STATUSES)[number];
export const RSVP_STATUS_LABELS: Record<RsvpStatus, { vi: string; en: string }> = {
  pending: { vi: 'Chưa trả lời', en: 'No answer yet' },
  accepted: { vi: 'Sẽ tham dự', en: 'Attending' },
  declined: { vi: 'Không tham dự', en: 'Not attending' },
};

/** How the invitation addresses a delegate: "Ông", "Bà", or "Ông/Bà" when not known. */
export const SALUTATIONS = ['ong', 'ba'] as const;
export type Salutation = (typeof SALUTATIONS)[number];
export const SALUTATION_LABELS: Record<Salutation, string> = { ong: 'Ông', ba: 'Bà' };
export function salutationText(salutation: Salutation | null): string {
  return salutation ? SALUTATION_LABELS[salutation] : 'Ông/Bà';
}

const cleaned = (s: string) => cleanText(s).replace(/\r\n?/g, '\n').trim();
const line = (max: number) =>
  z
    .string()
    .transform((s) => cleaned(s).replace(/\s*\n\s*/g, ' '))
    .pipe(z.string().max(max, maxChars(max)));
const required = (max: number, empty: ZodMessage) =>
  z
    .string()
    .transform((s) => cleaned(s).replace(/\s*\n\s*/g, ' '))
    .pipe(z.string().min(1, empty).max(max, maxChars(max)));
const paragraphs = (max: number) =>
  z
    .string()
    .transform((s) =>
      cleaned(s)
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean)
        .join('\n'),
    )
    .pipe(z.string().max(max, maxChars(max)));
const id = z.string().max(64);

export const timeOfDaySchema = z
  .string()
  .trim()
  .transform((s) => (/^\d:\d\d$/.test(s) ? `0${s}` : s))
  .pipe(
    z
      .string()
      .regex(
        /^([01]\d|2[0-3]):[0-5]\d$/,
        say('Giờ không hợp lệ (cần dạng HH:MM, ví dụ 07:30)', 'Invalid time (expected HH:MM, e.g. 07:30)'),
      ),
  )
  // "7:30" is taken as 07:30.
  .meta({ pattern: '^\\s*([01]?\\d|2[0-3]):[0-5]\\d\\s*$' });

const minutesSchema = z
  .number(say('Thời lượng phải là số phút', 'The length must be a number of minutes'))
  .int(say('Thời lượng phải là số phút nguyên', 'The length must be a whole number of minutes'))
  .min(1, say('Thời lượng ít nhất 1 phút', 'The length is at least 1 minute'))
  .max(600, say('Thời lượng tối đa 600 phút', 'The length is at most 600 minutes'));

export const agendaItemInputSchema = z.strictObject({
  /** Kept when it names an item of this agenda already; a new item gets a new id. */
  id: id.optional(),
  kind: z.enum(AGENDA_ITEM_KINDS, say('Loại nội dung không hợp lệ', 'Invalid kind of agenda item')),
  title: required(500, say('Chưa ghi nội dung của mục chương trình', 'The agenda item has no title')),
  /** Null: right after the previous item ends (or at the opening for the first). */
  startTime: timeOfDaySchema.nullable().default(null),
  durationMinutes: minutesSchema,
  /** The unit that presents it, if one of the system's units. */
  presenterUnitId: id.nullable().default(null),
  /** "Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh" */
  presenterName: line(300).default(''),
  /** The speech or documentary this item shows (an assignment of the round). */
  assignmentId: id.nullable().default(null),
  note: line(500).default(''),
});
export type AgendaItemInput = z.input<typeof agendaItemInputSchema>;

export const conferenceSignatureSchema = z.strictObject({
  authority: line(200),
  deputy: line(200),
  title: line(200),
  name: line(200),
});

export const groupTargetSchema = z.strictObject({
  /** A row of the plan's "Thành phần". */
  groupId: id,
  expected: z.number().int().min(0).max(100_000),
});

export const conferenceInputSchema = z
  .strictObject({
    /** The version read; 0 when the round has no conference saved yet. */
    version: z.number().int().min(0),
    /** "Hội nghị tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19" */
    title: required(500, say('Chưa có tên hội nghị', 'The conference has no title')),
    date: dateSchema({ vi: 'Ngày họp', en: 'The conference date' }).nullable(),
    startTime: timeOfDaySchema.nullable(),
    endTime: timeOfDaySchema.nullable(),
    /** The date or time is not final: invitations and the calendar say "dự kiến". */
    tentative: z.boolean(),
    /** As the plan words it while nothing is fixed: "01 buổi, dự kiến vào giữa tháng 6 năm 2020". */
    timeNote: line(500).default(''),
    venue: line(500),
    /** "Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh" */
    chair: line(300).default(''),
    expectedDelegates: z.number().int().min(0).max(100_000).nullable(),
    groupTargets: z.array(groupTargetSchema).max(200).default([]),
    /** Giấy mời: its number once the records office gives one, its code and date, and who signs. */
    invitationNumber: z
      .string()
      .trim()
      .regex(/^\d{0,7}$/, say('Số giấy mời chỉ gồm chữ số', 'The invitation number has digits only'))
      .default(''),
    invitationCode: z
      .string()
      .trim()
      .regex(
        /^[A-ZĐ0-9][A-ZĐ0-9.&-]{0,39}$/u,
        say('Ký hiệu viết hoa, ví dụ GM-UBND', 'The code is in capitals, e.g. GM-UBND'),
      )
      .default('GM-UBND'),
    invitationDate: dateSchema({ vi: 'Ngày giấy mời', en: 'The invitation date' }).nullable().default(null),
    /** What the invitation says the conference is for; the agenda's titles when empty. */
    invitationContent: paragraphs(4000).default(''),
    signature: conferenceSignatureSchema,
    agenda: z.array(agendaItemInputSchema).max(200),
  })
  .superRefine((value, ctx) => {
    if (value.startTime && value.endTime && value.endTime <= value.startTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: pick({
          vi: 'Giờ kết thúc phải sau giờ bắt đầu',
          en: 'The end time must be after the start time',
        }),
      });
    }
    if (!value.tentative && (!value.date || !value.startTime)) {
      ctx.addIssue({
        code: 'custom',
        path: ['tentative'],
        message: pick({
          vi: 'Chưa có ngày và giờ bắt đầu thì chỉ ghi được là dự kiến',
          en: 'Until the date and the start time are set, the conference can only be tentative',
        }),
      });
    }
  });
export type ConferenceInput = z.input<typeof conferenceInputSchema>;

export const AGENDA_WARNING_CODES = [
  'no_start',
  'overlap',
  'before_start',
  'past_end',
  'past_midnight',
  'not_accepted',
  'length_outside_task',
] as const;
export type AgendaWarningCode = (typeof AGENDA_WARNING_CODES)[number];

export const agendaWarningSchema = z.object({
  code: z.enum(AGENDA_WARNING_CODES),
  /** Position in the agenda (0-based), or null for the agenda as a whole. */
  itemIndex: z.number().int().nullable(),
  message: z.string(),
});
export type AgendaWarning = z.infer<typeof agendaWarningSchema>;

export const agendaItemSchema = z.object({
  id: z.string(),
  kind: z.enum(AGENDA_ITEM_KINDS),
  title: z.string(),
  startTime: z.string().nullable(),
  durationMinutes: z.number().int(),
  presenterUnitId: z.string().nullable(),
  presenterUnitName: z.string(),
  presenterName: z.string(),
  assignmentId: z.string().nullable(),
  note: z.string(),
  /** When it starts and ends as scheduled (its own start, or right after the previous item). */
  scheduledStart: z.string().nullable(),
  scheduledEnd: z.string().nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** An accepted speech or the documentary, ready to drop into the agenda. */
export const speechCandidateSchema = z.object({
  assignmentId: z.string(),
  kind: z.enum(['speech', 'documentary']),
  unitId: z.string(),
  unitName: z.string(),
  topic: z.string(),
  title: z.string(),
  durationMinutes: z.number().int(),
  status: z.string(),
  /** Already in the agenda. */
  inAgenda: z.boolean(),
});
export type SpeechCandidate = z.infer<typeof speechCandidateSchema>;

export const conferenceSchema = z.object({
  campaignId: z.string(),
  /** False until someone saves it: the answer is then built from the plan. */
  saved: z.boolean(),
  version: z.number().int(),
  title: z.string(),
  date: z.string().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  tentative: z.boolean(),
  timeNote: z.string(),
  /** Instants, when the date and times are known. */
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  /** "07 giờ 30 phút, thứ Năm, ngày 18 tháng 6 năm 2020", or the note while nothing is fixed. */
  timeText: z.string(),
  venue: z.string(),
  chair: z.string(),
  expectedDelegates: z.number().int().nullable(),
  groups: z.array(z.object({ id: z.string(), text: z.string(), expected: z.number().int().nullable() })),
  invitationNumber: z.string(),
  invitationCode: z.string(),
  invitationDate: z.string().nullable(),
  invitationContent: z.string(),
  /** The invitation was signed and released (docs/signatures.md): its number, code and date are fixed. */
  invitationReleased: z.boolean(),
  /**
   * Released, and the conference saved again since (its day, time, venue…): the organisers may sign
   * and release a new invitation, with a new number, which then replaces the released one.
   */
  invitationChangedSinceRelease: z.boolean(),
  signature: z.object({ authority: z.string(), deputy: z.string(), title: z.string(), name: z.string() }),
  agenda: z.array(agendaItemSchema),
  warnings: z.array(agendaWarningSchema),
  /** The item on now, as the hall screen shows it (set by the organisers). */
  currentItemId: z.string().nullable(),
  /** Accepted speeches and the documentary (for those who manage the conference). */
  candidates: z.array(speechCandidateSchema),
  canManage: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type Conference = z.infer<typeof conferenceSchema>;

/* ---------------------------------------------------------------------------------------------
 * Times of day and the schedule of the agenda.
 * ------------------------------------------------------------------------------------------- */

/** "07:30" → 450. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** 450 → "07:30"; past midnight wraps ("24:10" is never written). */
export function timeOfDay(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "07h30 - 08h00", as programmes print a slot. */
export function agendaRange(start: string | null, end: string | null): string {
  const h = (t: string) => t.replace(':', 'h');
  if (start && end) return `${h(start)} - ${h(end)}`;
  return start ? h(start) : '';
}

export interface ScheduleInput {
  startTime: string | null;
  endTime: string | null;
  items: ReadonlyArray<{ title: string; startTime: string | null; durationMinutes: number }>;
}

export interface ScheduledSlot {
  start: string | null;
  end: string | null;
}

const quoted = (title: string) => `“${title.length > 60 ? `${title.slice(0, 57)}…` : title}”`;

/**
 * When each item runs: at its own start time, else right after the previous one (the first at the
 * opening). Overlaps, items before the opening and items past the closing time are flagged, not
 * refused: the organisers decide. Gaps between items are fine (a pause, people moving).
 */
export function scheduleAgenda(input: ScheduleInput): { slots: ScheduledSlot[]; warnings: AgendaWarning[] } {
  const slots: ScheduledSlot[] = [];
  const warnings: AgendaWarning[] = [];
  const opening = input.startTime ? minutesOfDay(input.startTime) : null;
  const closing = input.endTime ? minutesOfDay(input.endTime) : null;
  let cursor = opening;
  /** The item that ends latest so far: the next one without a time of its own follows it. */
  let latest: { index: number; title: string; end: number } | null = null;
  let unscheduled = false;
  input.items.forEach((item, index) => {
    const n = index + 1;
    const start = item.startTime ? minutesOfDay(item.startTime) : cursor;
    if (start === null) {
      unscheduled = true;
      slots.push({ start: null, end: null });
      return;
    }
    const end = start + item.durationMinutes;
    slots.push({ start: timeOfDay(start), end: timeOfDay(end) });
    if (latest && start < latest.end) {
      warnings.push({
        code: 'overlap',
        itemIndex: index,
        message: pick({
          vi: `Mục ${n} ${quoted(item.title)} bắt đầu lúc ${timeOfDay(start)}, chồng lên mục ${latest.index + 1} ${quoted(latest.title)} (đến ${timeOfDay(latest.end)}).`,
          en: `Item ${n} ${quoted(item.title)} starts at ${timeOfDay(start)}, overlapping item ${latest.index + 1} ${quoted(latest.title)} (until ${timeOfDay(latest.end)}).`,
        }),
      });
    }
    if (opening !== null && start < opening) {
      warnings.push({
        code: 'before_start',
        itemIndex: index,
        message: pick({
          vi: `Mục ${n} ${quoted(item.title)} bắt đầu lúc ${timeOfDay(start)}, trước giờ khai mạc (${timeOfDay(opening)}).`,
          en: `Item ${n} ${quoted(item.title)} starts at ${timeOfDay(start)}, before the conference opens (${timeOfDay(opening)}).`,
        }),
      });
    }
    if (end > 1440) {
      warnings.push({
        code: 'past_midnight',
        itemIndex: index,
        message: pick({
          vi: `Mục ${n} ${quoted(item.title)} kéo dài qua nửa đêm.`,
          en: `Item ${n} ${quoted(item.title)} runs past midnight.`,
        }),
      });
    } else if (closing !== null && end > closing) {
      warnings.push({
        code: 'past_end',
        itemIndex: index,
        message: pick({
          vi: `Mục ${n} ${quoted(item.title)} kết thúc lúc ${timeOfDay(end)}, quá giờ kết thúc hội nghị (${timeOfDay(closing)}).`,
          en: `Item ${n} ${quoted(item.title)} ends at ${timeOfDay(end)}, after the conference’s closing time (${timeOfDay(closing)}).`,
        }),
      });
    }
    if (!latest || end >= latest.end) latest = { index, title: item.title, end };
    cursor = latest.end;
  });
  if (unscheduled) {
    warnings.unshift({
      code: 'no_start',
      itemIndex: null,
      message: pick({
        vi: 'Chưa có giờ bắt đầu hội nghị (hoặc giờ của mục đầu tiên) nên chưa tính được giờ của các mục chương trình.',
        en: 'The conference (or its first item) has no start time yet, so the items’ times cannot be worked out.',
      }),
    });
  }
  return { slots, warnings };
}

/* ---------------------------------------------------------------------------------------------
 * Dates and times as invitations print them.
 * ------------------------------------------------------------------------------------------- */

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** "thứ Năm" for 2020-06-18. */
export function weekdayVn(isoDate: string): string {
  return WEEKDAYS[new Date(`${isoDate}T12:00:00Z`).getUTCDay()] as string;
}

/** The instant a time of day on a date is in Vietnam (UTC+7, no daylight saving). */
export function vietnamInstant(isoDate: string, time: string): string {
  return new Date(`${isoDate}T${time}:00+07:00`).toISOString();
}

/**
 * "07 giờ 30 phút, thứ Năm, ngày 18 tháng 6 năm 2020" — with "(dự kiến)" while tentative; the
 * plan's own words ("01 buổi, dự kiến vào giữa tháng 6 năm 2020") while the date is unknown.
 */
export function conferenceTimeText(c: {
  date: string | null;
  startTime: string | null;
  tentative: boolean;
  timeNote: string;
}): string {
  if (!c.date) return c.timeNote;
  const [y, m, d] = c.date.split('-').map(Number) as [number, number, number];
  const day = `${weekdayVn(c.date)}, ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
  const [hh, mm] = (c.startTime ?? '').split(':');
  const time = c.startTime ? `${hh} giờ ${mm === '00' ? '' : `${mm} phút`}`.trim() : '';
  const text = time ? `${time}, ${day}` : day.charAt(0).toLocaleUpperCase('vi') + day.slice(1);
  return c.tentative ? `${text} (dự kiến)` : text;
}

/** Now, as "HH:MM" in Vietnam: which agenda item is on. */
export function vietnamTimeOfDay(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: VN_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/* ---------------------------------------------------------------------------------------------
 * Delegates, invitations, RSVP and check-in.
 * ------------------------------------------------------------------------------------------- */

const email = z
  .string()
  .trim()
  .transform((s) => s.toLowerCase())
  .pipe(z.union([z.literal(''), z.email(INVALID_EMAIL)]));
const phone = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s.()-]+/g, ''))
  .pipe(
    z.union([
      z.literal(''),
      z
        .string()
        .regex(
          /^\+?\d{8,15}$/,
          say('Số điện thoại không hợp lệ (8–15 chữ số)', 'Invalid phone number (8–15 digits)'),
        ),
    ]),
  );

const delegateFields = {
  /** A row of the plan's "Thành phần"; null: not in any group. */
  groupId: id.nullable(),
  salutation: z
    .enum(SALUTATIONS, say('Danh xưng là Ông hoặc Bà', 'The form of address must be Mr or Ms'))
    .nullable(),
  name: required(200, say('Chưa ghi họ và tên đại biểu', 'The full name of the delegate is missing')),
  /** Chức vụ: "Phó Giám đốc". */
  title: line(300),
  /** The delegate's unit, if one of the system's units. */
  unitId: id.nullable(),
  /** Đơn vị as printed; the unit's name when empty. */
  unitName: line(300),
  email,
  phone,
  note: line(500),
};

export const delegateInputSchema = z.strictObject({
  groupId: delegateFields.groupId.default(null),
  salutation: delegateFields.salutation.default(null),
  name: delegateFields.name,
  title: delegateFields.title.default(''),
  unitId: delegateFields.unitId.default(null),
  unitName: delegateFields.unitName.default(''),
  email: delegateFields.email.default(''),
  phone: delegateFields.phone.default(''),
  note: delegateFields.note.default(''),
});
export type DelegateInput = z.input<typeof delegateInputSchema>;

export const delegatePatchSchema = z.strictObject({
  version: z.number().int(),
  groupId: delegateFields.groupId.optional(),
  salutation: delegateFields.salutation.optional(),
  name: delegateFields.name.optional(),
  title: delegateFields.title.optional(),
  unitId: delegateFields.unitId.optional(),
  unitName: delegateFields.unitName.optional(),
  email: delegateFields.email.optional(),
  phone: delegateFields.phone.optional(),
  note: delegateFields.note.optional(),
  /** An answer taken by phone, recorded by the organisers. */
  rsvpStatus: z.enum(RSVP_STATUSES).optional(),
});
export type DelegatePatch = z.input<typeof delegatePatchSchema>;

export const delegateSchema = z.object({
  id: z.string(),
  /** Số thứ tự within the conference; part of the check-in code. */
  number: z.number().int(),
  groupId: z.string().nullable(),
  groupText: z.string(),
  salutation: z.enum(SALUTATIONS).nullable(),
  name: z.string(),
  title: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string(),
  email: z.string(),
  phone: z.string(),
  note: z.string(),
  rsvpStatus: z.enum(RSVP_STATUSES),
  rsvpAt: z.string().nullable(),
  rsvpNote: z.string(),
  invitedAt: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  checkedInBy: z.string().nullable(),
  version: z.number().int(),
});
export type Delegate = z.infer<typeof delegateSchema>;

/** What a person may type to find a delegate: name, unit, title, phone — without diacritics. */
export function delegateSearchKey(d: Pick<Delegate, 'name' | 'unitName' | 'title' | 'phone'>): string {
  return searchKey(d.name, d.unitName, d.title, d.phone);
}

export const invitationSendSchema = z.strictObject({
  /** The delegates to invite; default every delegate not invited yet. Someone invited again gets a new link. */
  delegateIds: z.array(id).max(5000).optional(),
});

export const invitationSendResultSchema = z.object({
  invited: z.number().int(),
  /** Of them, with an e-mail address: a message is queued (mailed when SMTP is set). */
  emailed: z.number().int(),
  /** Each invited delegate's RSVP link, shown this once (only its hash is stored). */
  links: z.array(z.object({ delegateId: z.string(), name: z.string(), path: z.string() })),
  /** A retry of a send already made (same Idempotency-Key): nothing went out again, no links. */
  repeated: z.boolean(),
});
export type InvitationSendResult = z.infer<typeof invitationSendResultSchema>;

export const rsvpAnswerSchema = z.strictObject({
  response: z.enum(
    ['accepted', 'declined'],
    say('Chọn tham dự hoặc không tham dự', 'Choose attending or not attending'),
  ),
  note: line(500).default(''),
});

/** What an RSVP link shows: that delegate's invitation, nothing else of the conference. */
export const rsvpViewSchema = z.object({
  conferenceTitle: z.string(),
  organiser: z.string(),
  timeText: z.string(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  tentative: z.boolean(),
  venue: z.string(),
  content: z.array(z.string()),
  delegate: z.object({
    salutation: z.string(),
    name: z.string(),
    title: z.string(),
    unitName: z.string(),
    groupText: z.string(),
  }),
  rsvpStatus: z.enum(RSVP_STATUSES),
  rsvpAt: z.string().nullable(),
  rsvpNote: z.string(),
  checkedIn: z.boolean(),
  /** False once the conference is over, checked in, or the round closed. */
  canAnswer: z.boolean(),
  /** The agency's signed invitation was released: the link offers it (signed-invitation.pdf). */
  signedInvitation: z.boolean(),
});
export type RsvpView = z.infer<typeof rsvpViewSchema>;

export const checkinSchema = z.strictObject({
  /** As the QR code on the invitation holds it, or typed: "42-7K3M9X2PQR". */
  code: z.string().max(200),
});

/**
 * A check-in code as people type or scanners read it: upper case, no spaces, and the letters
 * Crockford's base 32 leaves out read as the digits they look like (O → 0, I and L → 1).
 * Null when it cannot be a code at all.
 */
export function parseCheckinCode(raw: string): { number: number; mac: string } | null {
  const text = raw
    .normalize('NFC')
    .trim()
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^TONGKET:/, '');
  const m = /^(\d{1,7})-([0-9A-Z]{10})$/.exec(text);
  if (!m) return null;
  const mac = (m[2] as string).replace(/O/g, '0').replace(/[IL]/g, '1');
  if (/U/.test(mac)) return null;
  return { number: Number(m[1]), mac };
}

export const attendanceGroupSchema = z.object({
  groupId: z.string().nullable(),
  text: z.string(),
  expected: z.number().int().nullable(),
  listed: z.number().int(),
  invited: z.number().int(),
  accepted: z.number().int(),
  declined: z.number().int(),
  checkedIn: z.number().int(),
});

export const attendanceSchema = z.object({
  /** The number the plan expects ("Dự kiến số lượng đại biểu: 100 người"). */
  expected: z.number().int().nullable(),
  listed: z.number().int(),
  invited: z.number().int(),
  accepted: z.number().int(),
  declined: z.number().int(),
  pending: z.number().int(),
  checkedIn: z.number().int(),
  groups: z.array(attendanceGroupSchema),
  lastCheckInAt: z.string().nullable(),
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** Attendance by group, in the order of the plan's composition; delegates of no listed group last. */
export function attendanceOf(
  groups: ReadonlyArray<{ id: string; text: string; expected: number | null }>,
  delegates: ReadonlyArray<{
    groupId: string | null;
    rsvpStatus: RsvpStatus;
    invitedAt: string | null;
    checkedInAt: string | null;
  }>,
  expected: number | null,
): Attendance {
  const known = new Set(groups.map((g) => g.id));
  const rows = [
    ...groups.map((g) => ({ groupId: g.id as string | null, text: g.text, expected: g.expected })),
    { groupId: null, text: 'Đại biểu khác', expected: null },
  ].map((g) => ({ ...g, listed: 0, invited: 0, accepted: 0, declined: 0, checkedIn: 0 }));
  const byId = new Map(rows.map((r) => [r.groupId, r]));
  let lastCheckInAt: string | null = null;
  for (const d of delegates) {
    const row = byId.get(d.groupId && known.has(d.groupId) ? d.groupId : null);
    if (!row) continue;
    row.listed++;
    if (d.invitedAt) row.invited++;
    if (d.rsvpStatus === 'accepted') row.accepted++;
    if (d.rsvpStatus === 'declined') row.declined++;
    if (d.checkedInAt) {
      row.checkedIn++;
      if (!lastCheckInAt || d.checkedInAt > lastCheckInAt) lastCheckInAt = d.checkedInAt;
    }
  }
  const other = rows.at(-1);
  const shown = other && other.listed === 0 ? rows.slice(0, -1) : rows;
  const sum = (key: 'listed' | 'invited' | 'accepted' | 'declined' | 'checkedIn') =>
    rows.reduce((n, r) => n + r[key], 0);
  return {
    expected,
    listed: sum('listed'),
    invited: sum('invited'),
    accepted: sum('accepted'),
    declined: sum('declined'),
    pending: sum('listed') - sum('accepted') - sum('declined'),
    checkedIn: sum('checkedIn'),
    groups: shown,
    lastCheckInAt,
  };
}

/* ---------------------------------------------------------------------------------------------
 * Budget (kinh phí).
 * ------------------------------------------------------------------------------------------- */

export const conferenceBudgetLineInputSchema = z.strictObject({
  id: id.optional(),
  /** "Kinh phí tổ chức Hội nghị" */
  item: required(300, say('Chưa ghi nội dung chi', 'The budget item has no description')),
  /** "Nguồn kinh phí phòng, chống dịch COVID-19 đã cấp cho ngành Y tế" */
  source: line(500).default(''),
  /** Whole đồng, at most MAX_VND: two hundred lines still total exactly. */
  planned: vndSchema({ vi: 'Dự toán', en: 'The planned amount' }),
  /** Null until spent. */
  actual: vndSchema({ vi: 'Thực chi', en: 'The amount spent' }).nullable().default(null),
  note: line(500).default(''),
});
/** A budget line as the form sends it, every field given. */
export type BudgetLineInput = z.infer<typeof conferenceBudgetLineInputSchema>;

export const budgetSaveSchema = z.strictObject({
  /** The budget's version as read; 0 before it was first saved. */
  version: z.number().int().min(0),
  lines: z.array(conferenceBudgetLineInputSchema).max(200),
});

export const conferenceBudgetLineSchema = z.object({
  id: z.string(),
  item: z.string(),
  source: z.string(),
  planned: z.number().int(),
  actual: z.number().int().nullable(),
  note: z.string(),
});
export type ConferenceBudgetLine = z.infer<typeof conferenceBudgetLineSchema>;

export const budgetSchema = z.object({
  campaignId: z.string(),
  version: z.number().int(),
  saved: z.boolean(),
  lines: z.array(conferenceBudgetLineSchema),
  totals: z.object({ planned: z.number().int(), actual: z.number().int() }),
  bySource: z.array(z.object({ source: z.string(), planned: z.number().int(), actual: z.number().int() })),
});
export type Budget = z.infer<typeof budgetSchema>;

/** Totals of the budget and per funding source, in the order sources first appear. */
export function budgetTotals(
  lines: ReadonlyArray<Pick<ConferenceBudgetLine, 'source' | 'planned' | 'actual'>>,
): {
  totals: { planned: number; actual: number };
  bySource: Array<{ source: string; planned: number; actual: number }>;
} {
  const bySource = new Map<string, { source: string; planned: number; actual: number }>();
  const totals = { planned: 0, actual: 0 };
  for (const l of lines) {
    totals.planned += l.planned;
    totals.actual += l.actual ?? 0;
    const key = l.source.trim();
    const s = bySource.get(key) ?? { source: key, planned: 0, actual: 0 };
    s.planned += l.planned;
    s.actual += l.actual ?? 0;
    bySource.set(key, s);
  }
  return { totals, bySource: [...bySource.values()] };
}

/** "12.500.000" — amounts as Vietnamese documents print them. */
export function formatVnd(amount: number): string {
  return String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/* ---------------------------------------------------------------------------------------------
 * Distribution of the issued plan (nơi nhận) and each unit's receipt.
 * ------------------------------------------------------------------------------------------- */

export const RECEIPT_STATUSES = ['delivered', 'opened', 'acknowledged'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];
export const RECEIPT_STATUS_LABELS: Record<ReceiptStatus, { vi: string; en: string }> = {
  delivered: { vi: 'Đã gửi, chưa mở', en: 'Delivered' },
  opened: { vi: 'Đã mở', en: 'Opened' },
  acknowledged: { vi: 'Đã xác nhận nhận', en: 'Acknowledged' },
};

export const receiptSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  /** Why the unit received it: its Nơi nhận lines and/or that it has tasks in the plan. */
  reasons: z.array(z.string()),
  status: z.enum(RECEIPT_STATUSES),
  deliveredAt: z.string(),
  /** When the notice was mailed to the unit's address (null: read in the app only, or not yet). */
  mailedAt: z.string().nullable(),
  openedAt: z.string().nullable(),
  openedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
});
export type Receipt = z.infer<typeof receiptSchema>;

export const distributionSchema = z.object({
  campaignId: z.string(),
  issuedAt: z.string().nullable(),
  total: z.number().int(),
  opened: z.number().int(),
  acknowledged: z.number().int(),
  items: z.array(receiptSchema),
});
export type Distribution = z.infer<typeof distributionSchema>;

export function receiptStatus(r: { openedAt: string | null; acknowledgedAt: string | null }): ReceiptStatus {
  if (r.acknowledgedAt) return 'acknowledged';
  return r.openedAt ? 'opened' : 'delivered';
}

/* ---------------------------------------------------------------------------------------------
 * A first agenda from the plan's programme ("II. NỘI DUNG CHƯƠNG TRÌNH HỘI NGHỊ").
 * ------------------------------------------------------------------------------------------- */

/** The kind of a programme line, by the words plans use for it. */
export function agendaKindOf(text: string): AgendaItemKind {
  const t = text.normalize('NFC').toLocaleLowerCase('vi');
  if (/bế mạc|kết luận/.test(t)) return 'closing';
  if (/khai mạc|tuyên bố lý do|giới thiệu đại biểu/.test(t)) return 'opening';
  if (/phóng sự|phim|hình ảnh/.test(t)) return 'documentary';
  if (/tham luận/.test(t)) return 'speech';
  if (/khen thưởng|trao tặng|trao thưởng/.test(t)) return 'awards';
  if (/giải lao|nghỉ giải lao/.test(t)) return 'break';
  if (/báo cáo/.test(t)) return 'report';
  return 'other';
}

const DEFAULT_MINUTES: Record<AgendaItemKind, number> = {
  opening: 10,
  report: 20,
  speech: 10,
  documentary: 15,
  awards: 20,
  closing: 15,
  break: 15,
  other: 10,
};

export interface DraftAgendaItem {
  kind: AgendaItemKind;
  title: string;
  startTime: string | null;
  durationMinutes: number;
  presenterUnitId: string | null;
  presenterName: string;
  assignmentId: string | null;
  note: string;
}

/**
 * The plan's programme as an agenda: one item per line in its order, the documentary line replaced
 * by the accepted documentary and the speeches line by each accepted speech (with their lengths),
 * so a coordinator starts from the plan rather than an empty page.
 */
export function draftAgenda(
  programme: ReadonlyArray<{ text: string }>,
  candidates: ReadonlyArray<
    Pick<SpeechCandidate, 'assignmentId' | 'kind' | 'unitId' | 'title' | 'durationMinutes'>
  >,
): DraftAgendaItem[] {
  const speeches = candidates.filter((c) => c.kind === 'speech');
  const documentaries = candidates.filter((c) => c.kind === 'documentary');
  const fromCandidate = (c: (typeof candidates)[number]): DraftAgendaItem => ({
    kind: c.kind,
    title: c.title,
    startTime: null,
    durationMinutes: c.durationMinutes,
    presenterUnitId: c.unitId,
    presenterName: '',
    assignmentId: c.assignmentId,
    note: '',
  });
  const out: DraftAgendaItem[] = [];
  let placedSpeeches = false;
  let placedDocumentaries = false;
  for (const line of programme) {
    const title = line.text.replace(/[;.,\s]+$/, '');
    const kind = agendaKindOf(title);
    if (kind === 'speech' && speeches.length > 0 && !placedSpeeches) {
      out.push(...speeches.map(fromCandidate));
      placedSpeeches = true;
      continue;
    }
    if (kind === 'documentary' && documentaries.length > 0 && !placedDocumentaries) {
      out.push(...documentaries.map(fromCandidate));
      placedDocumentaries = true;
      continue;
    }
    out.push({
      kind,
      title,
      startTime: null,
      durationMinutes: DEFAULT_MINUTES[kind],
      presenterUnitId: null,
      presenterName: '',
      assignmentId: null,
      note: '',
    });
  }
  return out;
}

import { z } from 'zod';
import { dateSchema } from './bounds.ts';
import { NOMINEE_KINDS, QUOTA_SCOPES } from './campaign-labels.ts';
import { GENDERS, NOMINATION_STATUSES } from './commendation-labels.ts';
import { say } from './lang.ts';
import { maxChars, type ZodMessage } from './messages.ts';
import { signatureCheckSchema } from './signatures.ts';
import { cleanText, nfc } from './text.ts';
import { UNIT_KINDS } from './unit-labels.ts';

/** A form of award (hình thức khen thưởng): "Bằng khen của Chủ tịch UBND tỉnh", "Giấy khen" … */
export const awardTypeSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  active: z.boolean(),
  order: z.number().int(),
  version: z.number().int(),
});
export type AwardType = z.infer<typeof awardTypeSchema>;

const text = (max: number, empty: ZodMessage) =>
  z
    .string()
    .transform((s) => cleanText(s).trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, empty).max(max, maxChars(max)));

export const awardTypeCreateSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(
      z
        .string()
        .regex(
          /^[A-Z0-9][A-Z0-9-]{0,39}$/,
          say(
            'Mã gồm chữ cái không dấu, chữ số và gạch ngang',
            'The code has unaccented letters, digits and hyphens only',
          ),
        ),
    )
    .meta({ pattern: '^\\s*[A-Za-z0-9][A-Za-z0-9-]{0,39}\\s*$' }),
  name: text(
    300,
    say('Tên hình thức khen thưởng không được để trống', 'The name of the award must not be empty'),
  ),
  order: z.number().int().min(0).max(10_000).optional(),
});
export const awardTypePatchSchema = z.strictObject({
  version: z.number().int(),
  name: text(
    300,
    say('Tên hình thức khen thưởng không được để trống', 'The name of the award must not be empty'),
  ).optional(),
  active: z.boolean().optional(),
  order: z.number().int().min(0).max(10_000).optional(),
});

// Quotas of a round, as the plan's section VI sets them, with what is used.
export const quotaUseSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  /** This unit's own limit: the row's count for `unit` and `each`; the shared count for `pool`. */
  limit: z.number().int(),
  used: z.number().int(),
});

export const quotaStatusSchema = z.object({
  quotaRowId: z.string(),
  awardGroupId: z.string(),
  awardTypeId: z.string().nullable(),
  awardTypeName: z.string(),
  heading: z.string(),
  scope: z.enum(QUOTA_SCOPES),
  nomineeKind: z.enum(NOMINEE_KINDS),
  count: z.number().int(),
  label: z.string(),
  text: z.string(),
  unitKind: z.enum(UNIT_KINDS).nullable(),
  /** For a pool: all of it together; otherwise the sum over the units. */
  used: z.number().int(),
  /** Each unit the row covers, with its use (a pool lists its units with the shared limit). */
  units: z.array(quotaUseSchema),
});
export type QuotaStatus = z.infer<typeof quotaStatusSchema>;

export const MIN_BIRTH_YEAR = 1920;

const optionalText = (max: number) =>
  z
    .string()
    .transform((s) => cleanText(s).trim().replace(/\s+/g, ' '))
    .pipe(z.string().max(max, maxChars(max)))
    .default('');

/** Fields of a nomination without defaults: a patch leaves out what it does not change. */
const nominationFields = {
  awardGroupId: z.string().max(64),
  nomineeKind: z.enum(NOMINEE_KINDS, say('Đối tượng khen thưởng không hợp lệ', 'Invalid kind of nominee')),
  /** A collective's name, or a person's full name. */
  name: text(
    300,
    say('Chưa ghi tên tập thể hoặc họ tên cá nhân', 'The name of the collective or person is missing'),
  ),
  gender: z.enum(GENDERS, say('Giới tính không hợp lệ', 'Invalid gender')).nullable(),
  birthYear: z
    .number(say('Năm sinh phải là số', 'The birth year must be a number'))
    .int(say('Năm sinh phải là số nguyên', 'The birth year must be a whole number'))
    .nullable(),
  /** Chức vụ: "Phó Giám đốc". */
  position: z
    .string()
    .transform((s) => cleanText(s).trim().replace(/\s+/g, ' '))
    .pipe(z.string().max(300, maxChars(300))),
  /** Nơi công tác as printed in the decision list: "Trung tâm Kiểm soát bệnh tật tỉnh". */
  workplace: z
    .string()
    .transform((s) => cleanText(s).trim().replace(/\s+/g, ' '))
    .pipe(z.string().max(300, maxChars(300))),
  /** Tóm tắt thành tích. */
  achievement: z
    .string()
    .transform((s) => cleanText(s).trim())
    .pipe(
      z.string().max(20_000, say('Tóm tắt thành tích quá dài', 'The summary of achievements is too long')),
    ),
};

export const nominationInputSchema = z.strictObject({
  /**
   * Đơn vị đề nghị: the unit the nomination is for, whose quota it takes. A unit officer's own unit
   * (the default); the round's standing agency may enter one on behalf of any unit of the round.
   */
  unitId: z.string().max(64).optional(),
  ...nominationFields,
  gender: nominationFields.gender.default(null),
  birthYear: nominationFields.birthYear.default(null),
  position: nominationFields.position.default(''),
  workplace: nominationFields.workplace.default(''),
  achievement: nominationFields.achievement.default(''),
});
export type NominationInput = z.input<typeof nominationInputSchema>;

export const nominationPatchSchema = z.strictObject({
  version: z.number().int(),
  awardGroupId: nominationFields.awardGroupId.optional(),
  nomineeKind: nominationFields.nomineeKind.optional(),
  name: nominationFields.name.optional(),
  gender: nominationFields.gender.optional(),
  birthYear: nominationFields.birthYear.optional(),
  position: nominationFields.position.optional(),
  workplace: nominationFields.workplace.optional(),
  achievement: nominationFields.achievement.optional(),
});
export type NominationPatch = z.input<typeof nominationPatchSchema>;

export const nominationSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  awardGroupId: z.string(),
  awardTypeId: z.string().nullable(),
  awardTypeName: z.string(),
  nomineeKind: z.enum(NOMINEE_KINDS),
  name: z.string(),
  gender: z.enum(GENDERS).nullable(),
  birthYear: z.number().int().nullable(),
  position: z.string(),
  workplace: z.string(),
  achievement: z.string(),
  status: z.enum(NOMINATION_STATUSES),
  version: z.number().int(),
  /** The quota row it counts against, once submitted. */
  quotaRowId: z.string().nullable(),
  overrideReason: z.string().nullable(),
  /** A send refused for want of quota, awaiting the standing agency (which may send it over quota). */
  quotaRefusedAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
  /** Đề nghị cấp trên khen thưởng, with the higher award proposed. */
  proposeHigher: z.boolean(),
  higherAwardTypeId: z.string().nullable(),
  decisionId: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** Who entered it (user name). */
  enteredBy: z.string().nullable(),
  /** Entered by the standing agency on behalf of the unit, not by the unit itself. */
  enteredOnBehalf: z.boolean(),
  /** Other nominations of the round for the same person (same name and birth year, any unit). */
  duplicateOf: z.array(z.string()),
  /** The dossier's files; a PDF with the check of its signatures made when it arrived. */
  attachments: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      contentType: z.string(),
      size: z.number().int(),
      signature: signatureCheckSchema.nullable(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Nomination = z.infer<typeof nominationSchema>;

/** Who a nomination is about, as duplicates are found: name without diacritics or case, and birth year. */
export function personKey(name: string, birthYear: number | null): string {
  return `${nfc(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()}|${birthYear ?? ''}`;
}

/** The signing date of a decision, as its messages name it. */
export const DECISION_DATE = { vi: 'Ngày ký quyết định', en: 'The signing date' };

export const decisionStatuses = ['draft', 'issued'] as const;

export const decisionInputSchema = z.strictObject({
  /** The form of award it confers; default the first of the plan's section VI. */
  awardTypeId: z.string().max(64).optional(),
  /** Nominations to award; default every approved one of the round for that award, not yet in a decision. */
  nominationIds: z.array(z.string().max(64)).max(5000).optional(),
  /** "đã có thành tích xuất sắc trong …"; default from the plan's commendation section. */
  reason: z
    .string()
    .transform((s) => cleanText(s).trim())
    .pipe(z.string().max(1000))
    .optional(),
  docNumber: z
    .string()
    .trim()
    .regex(/^\d{0,7}$/, say('Số quyết định chỉ gồm chữ số', 'The decision number has digits only'))
    .default(''),
  docCode: z
    .string()
    .trim()
    .regex(
      /^[A-ZĐ0-9][A-ZĐ0-9.&-]{0,39}$/u,
      say('Ký hiệu viết hoa, ví dụ QĐ-UBND', 'The code is in capitals, e.g. QĐ-UBND'),
    )
    .default('QĐ-UBND'),
  docDate: dateSchema(DECISION_DATE).nullable().default(null),
  /** Trích yếu: "Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc …"; default from the reason. */
  summary: text(1000, say('Chưa có trích yếu', 'The summary line is missing')).optional(),
  signature: z
    .strictObject({
      authority: optionalText(200),
      deputy: optionalText(200),
      title: optionalText(200),
      name: optionalText(200),
    })
    .optional(),
});
export type DecisionCreate = z.input<typeof decisionInputSchema>;
export const decisionPatchSchema = z.strictObject({
  version: z.number().int(),
  nominationIds: z.array(z.string().max(64)).max(5000).optional(),
  reason: z
    .string()
    .transform((s) => cleanText(s).trim())
    .pipe(z.string().max(1000))
    .optional(),
  docNumber: z
    .string()
    .trim()
    .regex(/^\d{0,7}$/, say('Số quyết định chỉ gồm chữ số', 'The decision number has digits only'))
    .optional(),
  docDate: dateSchema(DECISION_DATE).nullable().optional(),
  summary: text(1000, say('Chưa có trích yếu', 'The summary line is missing')).optional(),
  signature: z
    .strictObject({
      authority: z.string().trim().max(200),
      deputy: z.string().trim().max(200),
      title: z.string().trim().max(200),
      name: z.string().trim().max(200),
    })
    .optional(),
});
export type DecisionPatch = z.input<typeof decisionPatchSchema>;

export const decisionSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  status: z.enum(decisionStatuses),
  version: z.number().int(),
  docNumber: z.string(),
  docCode: z.string(),
  docDate: z.string().nullable(),
  summary: z.string(),
  awardTypeId: z.string(),
  awardTypeName: z.string(),
  reason: z.string(),
  signature: z.object({ authority: z.string(), deputy: z.string(), title: z.string(), name: z.string() }),
  nominationIds: z.array(z.string()),
  counts: z.object({
    collective: z.number().int(),
    individual: z.number().int(),
    exemplar: z.number().int(),
  }),
  issuedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** Awards counted by nominee kind, and all together. */
const awardCounts = {
  collective: z.number().int(),
  individual: z.number().int(),
  exemplar: z.number().int(),
  total: z.number().int(),
};

export const awardStatisticsSchema = z.object({
  /** Decided nominations (in issued decisions) of the rounds the caller can read. */
  total: z.number().int(),
  byYear: z.array(z.object({ year: z.string(), ...awardCounts })),
  byAwardType: z.array(z.object({ awardTypeId: z.string(), awardTypeName: z.string(), ...awardCounts })),
  byUnit: z.array(z.object({ unitId: z.string(), unitName: z.string(), ...awardCounts })),
  byCampaign: z.array(
    z.object({ campaignId: z.string(), campaignName: z.string(), total: z.number().int() }),
  ),
});
export type AwardStatistics = z.infer<typeof awardStatisticsSchema>;

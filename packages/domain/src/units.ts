import { z } from 'zod';
import { say } from './lang.ts';
import { INVALID_EMAIL } from './messages.ts';
import { cleanText, foldVietnamese } from './text.ts';
import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from './unit-labels.ts';

/** Accepts the code or the Vietnamese label, with or without diacritics ("so, ban, nganh"). */
export function parseUnitKind(value: string): UnitKind | undefined {
  const folded = foldVietnamese(value);
  if (folded.length === 0) return undefined;
  for (const kind of UNIT_KINDS) {
    if (folded === foldVietnamese(kind) || folded === foldVietnamese(UNIT_KIND_LABELS[kind].vi)) return kind;
  }
  return undefined;
}

export const UNIT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9._-]{0,39}$/;

const trimmedNfc = (max: number) =>
  z
    .string()
    .transform((s) => cleanText(s).trim())
    .pipe(z.string().max(max));

export const unitCodeSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(
    z
      .string()
      .regex(
        UNIT_CODE_PATTERN,
        say(
          'Mã đơn vị gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới (tối đa 40 ký tự)',
          'The unit code has unaccented letters, digits, dots, hyphens or underscores (at most 40 characters)',
        ),
      ),
  )
  // What a client may send (case and surrounding spaces are forgiven), for the API document.
  .meta({ pattern: '^\\s*[A-Za-z0-9][A-Za-z0-9._-]{0,39}\\s*$' });

/**
 * The agency's electronic identification code (mã định danh điện tử) as QCVN 102:2016/BTTTT and
 * Decision 20/2020/QĐ-TTg shape it: V1V2V3.Z1Z2.Y1Y2.M1M2M3 — level 4, 3 and 2 in digits, then the
 * level-1 code, a capital letter and two digits (H50: a provincial people's committee; G12: a
 * ministry). "000.00.00.H50" is the province itself, "000.00.31.H50" a body directly under it.
 */
export const AGENCY_CODE_PATTERN = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

/** A unit's agency code, or null: blank clears it; case and surrounding spaces are forgiven. */
export const agencyCodeSchema = z
  .string()
  .nullish()
  .transform((s) => (s ? s.trim().toUpperCase() : null))
  .pipe(
    z
      .string()
      .regex(
        AGENCY_CODE_PATTERN,
        say(
          'Mã định danh điện tử phải có dạng 000.00.00.H50: ba chữ số, hai chữ số, hai chữ số và mã cấp 1 (một chữ cái in hoa và hai chữ số), cách nhau bằng dấu chấm',
          'The agency identification code has the form 000.00.00.H50: three digits, two digits, two digits and the level-1 code (a capital letter and two digits), separated by dots',
        ),
      )
      .nullable(),
  );

const unitNameSchema = trimmedNfc(255).pipe(
  z.string().min(1, say('Tên đơn vị không được để trống', 'The name of the unit must not be empty')),
);
const optionalText = (max: number) =>
  trimmedNfc(max)
    .nullish()
    .transform((s) => (s ? s : null));
const optionalEmail = z
  .string()
  .trim()
  .nullish()
  .transform((s) => (s ? s.toLowerCase() : null))
  .pipe(z.email(INVALID_EMAIL).nullable());

export const unitKindSchema = z.enum(UNIT_KINDS, say('Loại đơn vị không hợp lệ', 'Invalid kind of unit'));

export const unitSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: unitKindSchema,
  parentId: z.string().nullable(),
  email: z.string().nullable(),
  /** Mã định danh điện tử (QCVN 102:2016/BTTTT), by which document systems route to the unit. */
  agencyCode: z.string().nullable(),
  active: z.boolean(),
  order: z.number().int(),
  version: z.number().int(),
  /** Depth in the tree, 0 for a root; filled in by tree listings. */
  depth: z.number().int(),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitCreateSchema = z.strictObject({
  code: unitCodeSchema,
  name: unitNameSchema,
  shortName: optionalText(100).optional(),
  kind: unitKindSchema,
  parentId: z.string().nullish(),
  email: optionalEmail.optional(),
  agencyCode: agencyCodeSchema.optional(),
  active: z.boolean().optional(),
  order: z.number().int().min(0).max(1_000_000).optional(),
});
export type UnitCreate = z.infer<typeof unitCreateSchema>;

export const unitPatchSchema = z.strictObject({
  version: z.number().int(),
  code: unitCodeSchema.optional(),
  name: unitNameSchema.optional(),
  shortName: optionalText(100).optional(),
  kind: unitKindSchema.optional(),
  parentId: z.string().nullish(),
  email: optionalEmail.optional(),
  agencyCode: agencyCodeSchema.optional(),
  active: z.boolean().optional(),
  order: z.number().int().min(0).max(1_000_000).optional(),
});
export type UnitPatch = z.infer<typeof unitPatchSchema>;

export const unitListItemSchema = unitSchema.extend({
  /** In a search answer: true for a unit that matched, false for an ancestor shown for context. */
  matched: z.boolean().optional(),
});
export type UnitListItem = z.infer<typeof unitListItemSchema>;

export const unitListSchema = z.object({
  items: z.array(unitListItemSchema),
  /** The whole tree: its size. A search: how many units matched (some may not be listed). */
  total: z.number().int(),
  /** A search that matched more units than one answer lists. */
  truncated: z.boolean().optional(),
});

/** Columns of the unit Excel file, in order. Export writes them; import requires them. */
export const UNIT_XLSX_COLUMNS = [
  { key: 'code', header: 'Mã đơn vị', required: true },
  { key: 'name', header: 'Tên đơn vị', required: true },
  { key: 'shortName', header: 'Tên viết tắt', required: false },
  { key: 'kind', header: 'Loại đơn vị', required: true },
  { key: 'parentCode', header: 'Mã đơn vị cấp trên', required: false },
  { key: 'email', header: 'Thư điện tử', required: false },
  { key: 'active', header: 'Đang hoạt động', required: false },
  { key: 'order', header: 'Thứ tự', required: false },
  { key: 'agencyCode', header: 'Mã định danh', required: false },
] as const;

export const unitImportRowSchema = z.object({
  row: z.number().int(),
  code: z.string(),
  name: z.string(),
  action: z.enum(['create', 'update', 'unchanged', 'error']),
  errors: z.array(z.object({ column: z.string(), message: z.string() })),
  changes: z.array(z.string()),
});
export type UnitImportRow = z.infer<typeof unitImportRowSchema>;

export const unitImportResultSchema = z.object({
  valid: z.boolean(),
  committed: z.boolean(),
  summary: z.object({
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    error: z.number().int(),
  }),
  rows: z.array(unitImportRowSchema),
});
export type UnitImportResult = z.infer<typeof unitImportResultSchema>;

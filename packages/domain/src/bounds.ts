import { z } from 'zod';

/**
 * The bounds of what a person types as a number or a date. Within them every figure adds up to a
 * finite, exactly printable total and every date prints, sorts and goes into a calendar file; a
 * value outside them is a typing slip ("1e20 người", "năm 0000"), refused with the field's name and
 * the range it takes.
 */

/** Largest size of an indicator's figure: a count, a measure or an amount (10^12). */
export const MAX_INDICATOR_VALUE = 1_000_000_000_000;
/**
 * Largest amount of money in one field, in đồng (one thousand billion). Two hundred budget lines,
 * or several thousand units' money figures, still add up to an exact integer.
 */
export const MAX_VND = 1_000_000_000_000;

/** "1.000.000.000.000", as Vietnamese text groups thousands. */
export function groupThousands(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** An amount of money a person types: whole đồng, not negative, at most MAX_VND. */
export function vndSchema(field: string) {
  // Whole đồng by `Number.isInteger`, not zod's `int()`: that one calls 1e20 "not whole" too.
  return z
    .number({ message: `${field} phải là số` })
    .min(0, { message: `${field} không được âm` })
    .max(MAX_VND, { message: `${field} tối đa ${groupThousands(MAX_VND)} đồng` })
    .refine(Number.isInteger, { message: `${field} tính bằng đồng, không có phần lẻ` });
}

export interface IndicatorShape {
  name: string;
  unit: string;
  valueType: 'integer' | 'decimal' | 'money';
}

/**
 * Why a value does not fit its indicator, or null when it does, naming the indicator: counts and
 * amounts are whole and not negative, every figure is finite and at most MAX_INDICATOR_VALUE in size.
 */
export function indicatorValueProblem(indicator: IndicatorShape, value: number): string | null {
  const unit = indicator.unit ? ` (${indicator.unit})` : '';
  const limit = groupThousands(MAX_INDICATOR_VALUE);
  const name = `“${indicator.name}”`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} phải là một số${unit}`;
  if (indicator.valueType === 'decimal') {
    return Math.abs(value) > MAX_INDICATOR_VALUE
      ? `${name} phải nằm trong khoảng từ -${limit} đến ${limit}${unit}`
      : null;
  }
  if (indicator.valueType === 'money') {
    return !Number.isInteger(value) || value < 0 || value > MAX_INDICATOR_VALUE
      ? `${name} là số tiền${unit}: nhập số đồng, không âm, không có phần lẻ, tối đa ${limit} đồng`
      : null;
  }
  return !Number.isInteger(value) || value < 0 || value > MAX_INDICATOR_VALUE
    ? `${name} phải là số nguyên không âm, tối đa ${limit}${unit}`
    : null;
}

/* ---------------------------------------------------------------------------------------------
 * Dates. Deadlines, plan and decision dates, the conference: between 1900 and 2100.
 * ------------------------------------------------------------------------------------------- */

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
export const MIN_DATE = `${MIN_YEAR}-01-01`;
export const MAX_DATE = `${MAX_YEAR}-12-31`;
/** First and last instant of the range, as read in Vietnam (UTC+7, no daylight saving). */
const MIN_INSTANT = Date.parse(`${MIN_DATE}T00:00:00+07:00`);
const MAX_INSTANT = Date.parse(`${MAX_DATE}T23:59:59.999+07:00`);

const RANGE_TEXT = `từ 01/01/${MIN_YEAR} đến 31/12/${MAX_YEAR}`;

/** A calendar day (yyyy-mm-dd) or an instant inside 1900–2100 as read in Vietnam. */
export function isWithinDateBounds(value: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value >= MIN_DATE && value <= MAX_DATE;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= MIN_INSTANT && ms <= MAX_INSTANT;
}

/** "Ngày ban hành phải trong khoảng từ 01/01/1900 đến 31/12/2100". */
export function dateRangeMessage(field: string): string {
  return `${field} phải trong khoảng ${RANGE_TEXT}`;
}

/** A calendar day a person types (yyyy-mm-dd), named in its messages as `field`. */
export function dateSchema(field: string) {
  return z.iso
    .date({ message: `${field} không hợp lệ (cần dạng yyyy-mm-dd)` })
    .refine(isWithinDateBounds, { message: dateRangeMessage(field) });
}

/** An instant a person types (ISO 8601 with its offset), stored in UTC; named as `field`. */
export function instantSchema(field: string) {
  return z.iso
    .datetime({ offset: true, message: `${field} không hợp lệ (cần ngày và giờ)` })
    .refine(isWithinDateBounds, { message: dateRangeMessage(field) })
    .transform((s) => new Date(s).toISOString());
}

/** A year a person types (a birth year): between 1900 and 2100. */
export function yearSchema(field: string) {
  return z
    .number({ message: `${field} phải là số` })
    .int({ message: `${field} phải là số nguyên` })
    .min(MIN_YEAR, { message: `${field} phải trong khoảng ${MIN_YEAR}–${MAX_YEAR}` })
    .max(MAX_YEAR, { message: `${field} phải trong khoảng ${MIN_YEAR}–${MAX_YEAR}` });
}

/* ---------------------------------------------------------------------------------------------
 * Length of a speech or a documentary.
 * ------------------------------------------------------------------------------------------- */

/**
 * Why a speech or documentary is too long for its task, or null. Its length is the speaking (or
 * running) time the unit states in minutes; the task's maximum is the plan's "tối đa … phút".
 * Shorter than the minimum is left to the organisers (the agenda warns); longer is refused.
 */
export function lengthOverMaximum(
  kind: string,
  durationMinutes: number | null,
  maxMinutes: number | null,
): string | null {
  if (kind !== 'speech' && kind !== 'media') return null;
  if (durationMinutes === null || maxMinutes === null || durationMinutes <= maxMinutes) return null;
  const what = kind === 'media' ? 'Phóng sự' : 'Tham luận';
  return `${what} dài ${durationMinutes} phút, vượt thời lượng tối đa ${maxMinutes} phút của nhiệm vụ; hãy rút gọn nội dung và sửa thời lượng`;
}

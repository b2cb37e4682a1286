import { z } from 'zod';
import { currentLang, type Lang } from './lang.ts';
import { type FieldName, fieldName, sayAbout } from './messages.ts';

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

/** "1.000.000.000.000", as Vietnamese text groups thousands ("1,000,000,000,000" in English). */
export function groupThousands(n: number, lang: Lang = 'vi'): string {
  const sign = n < 0 ? '-' : '';
  const separator = lang === 'en' ? ',' : '.';
  return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** "… phải là số": a value that is not a number at all. */
const mustBeNumber = (field: FieldName) =>
  sayAbout(
    field,
    (f) => `${f} phải là số`,
    (f) => `${f} must be a number`,
  );

/** An amount of money a person types: whole đồng, not negative, at most MAX_VND. */
export function vndSchema(field: FieldName) {
  // Whole đồng by `Number.isInteger`, not zod's `int()`: that one calls 1e20 "not whole" too.
  return z
    .number(mustBeNumber(field))
    .min(
      0,
      sayAbout(
        field,
        (f) => `${f} không được âm`,
        (f) => `${f} must not be negative`,
      ),
    )
    .max(
      MAX_VND,
      sayAbout(
        field,
        (f) => `${f} tối đa ${groupThousands(MAX_VND)} đồng`,
        (f) => `${f} is at most ${groupThousands(MAX_VND, 'en')} dong`,
      ),
    )
    .refine(
      Number.isInteger,
      sayAbout(
        field,
        (f) => `${f} tính bằng đồng, không có phần lẻ`,
        (f) => `${f} is in whole dong, without a fractional part`,
      ),
    );
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
export function indicatorValueProblem(
  indicator: IndicatorShape,
  value: number,
  lang: Lang = currentLang(),
): string | null {
  const unit = indicator.unit ? ` (${indicator.unit})` : '';
  const limit = groupThousands(MAX_INDICATOR_VALUE, lang);
  const name = `“${indicator.name}”`;
  const en = lang === 'en';
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return en ? `${name} must be a number${unit}` : `${name} phải là một số${unit}`;
  }
  if (indicator.valueType === 'decimal') {
    if (Math.abs(value) <= MAX_INDICATOR_VALUE) return null;
    return en
      ? `${name} must be between -${limit} and ${limit}${unit}`
      : `${name} phải nằm trong khoảng từ -${limit} đến ${limit}${unit}`;
  }
  if (Number.isInteger(value) && value >= 0 && value <= MAX_INDICATOR_VALUE) return null;
  if (indicator.valueType === 'money') {
    return en
      ? `${name} is an amount of money${unit}: enter whole dong, not negative, at most ${limit} dong`
      : `${name} là số tiền${unit}: nhập số đồng, không âm, không có phần lẻ, tối đa ${limit} đồng`;
  }
  return en
    ? `${name} must be a whole number, not negative, at most ${limit}${unit}`
    : `${name} phải là số nguyên không âm, tối đa ${limit}${unit}`;
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

const RANGE_TEXT = {
  vi: `từ 01/01/${MIN_YEAR} đến 31/12/${MAX_YEAR}`,
  en: `between 1 January ${MIN_YEAR} and 31 December ${MAX_YEAR}`,
};

/** A calendar day (yyyy-mm-dd) or an instant inside 1900–2100 as read in Vietnam. */
export function isWithinDateBounds(value: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value >= MIN_DATE && value <= MAX_DATE;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= MIN_INSTANT && ms <= MAX_INSTANT;
}

/** "Ngày ban hành phải trong khoảng từ 01/01/1900 đến 31/12/2100", in `lang`. */
export function dateRangeMessage(field: FieldName, lang: Lang = currentLang()): string {
  const name = fieldName(field, lang);
  return lang === 'en' ? `${name} must be ${RANGE_TEXT.en}` : `${name} phải trong khoảng ${RANGE_TEXT.vi}`;
}

const outOfDateRange = (field: FieldName) => ({ error: () => dateRangeMessage(field) });

/** A calendar day a person types (yyyy-mm-dd), named in its messages as `field`. */
export function dateSchema(field: FieldName) {
  return z.iso
    .date(
      sayAbout(
        field,
        (f) => `${f} không hợp lệ (cần dạng yyyy-mm-dd)`,
        (f) => `${f} is not a valid date (expected yyyy-mm-dd)`,
      ),
    )
    .refine(isWithinDateBounds, outOfDateRange(field));
}

/** An instant a person types (ISO 8601 with its offset), stored in UTC; named as `field`. */
export function instantSchema(field: FieldName) {
  return z.iso
    .datetime({
      offset: true,
      ...sayAbout(
        field,
        (f) => `${f} không hợp lệ (cần ngày và giờ)`,
        (f) => `${f} is not valid (expected a date and a time)`,
      ),
    })
    .refine(isWithinDateBounds, outOfDateRange(field))
    .transform((s) => new Date(s).toISOString());
}

/** A year a person types (a birth year): between 1900 and 2100. */
export function yearSchema(field: FieldName) {
  const outOfRange = sayAbout(
    field,
    (f) => `${f} phải trong khoảng ${MIN_YEAR}–${MAX_YEAR}`,
    (f) => `${f} must be between ${MIN_YEAR} and ${MAX_YEAR}`,
  );
  return z
    .number(mustBeNumber(field))
    .int(
      sayAbout(
        field,
        (f) => `${f} phải là số nguyên`,
        (f) => `${f} must be a whole number`,
      ),
    )
    .min(MIN_YEAR, outOfRange)
    .max(MAX_YEAR, outOfRange);
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
  lang: Lang = currentLang(),
): string | null {
  if (kind !== 'speech' && kind !== 'media') return null;
  if (durationMinutes === null || maxMinutes === null || durationMinutes <= maxMinutes) return null;
  if (lang === 'en') {
    const what = kind === 'media' ? 'The documentary' : 'The speech';
    return `${what} runs ${durationMinutes} minutes, over the task's maximum of ${maxMinutes} minutes; shorten it and correct its length`;
  }
  const what = kind === 'media' ? 'Phóng sự' : 'Tham luận';
  return `${what} dài ${durationMinutes} phút, vượt thời lượng tối đa ${maxMinutes} phút của nhiệm vụ; hãy rút gọn nội dung và sửa thời lượng`;
}

import { type Bilingual, type Lang, say } from './lang.ts';

/**
 * Pieces of the field messages schemas share, each in both languages and chosen when a value is
 * checked (see `say`).
 */

/** What a schema gives zod as a message: the caller's language is picked when the value is checked. */
export type ZodMessage = ReturnType<typeof say>;

/**
 * What a field is called in its messages ("Dự toán" / "Planned amount"). A bare string is a
 * Vietnamese name only: English messages then say "The value".
 */
export type FieldName = Bilingual | string;

/** The field's name in `lang`, to start a sentence. */
export function fieldName(field: FieldName, lang: Lang): string {
  if (typeof field !== 'string') return field[lang];
  return lang === 'vi' ? field : 'The value';
}

/** A message about a field, worded in each language around the field's name in that language. */
export function sayAbout(
  field: FieldName,
  vi: (name: string) => string,
  en: (name: string) => string,
): ZodMessage {
  return say(vi(fieldName(field, 'vi')), en(fieldName(field, 'en')));
}

/** "Tối đa 300 ký tự" / "At most 300 characters". */
export function maxChars(max: number): ZodMessage {
  return say(`Tối đa ${max} ký tự`, `At most ${max} characters`);
}

export const INVALID_EMAIL: ZodMessage = say('Địa chỉ thư điện tử không hợp lệ', 'Invalid email address');

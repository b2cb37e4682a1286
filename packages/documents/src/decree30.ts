/**
 * Layout rules of Nghị định 30/2020/NĐ-CP, Appendix I, written once for every renderer.
 * Lengths are in twips (1/20 pt): docx takes them as is; PDF renderers divide by 20.
 */
export const TWIPS_PER_MM = 56.7;

export const A4 = { width: 11906, height: 16838 } as const;

/** Margins inside the ranges the decree allows: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export const FONT = { family: 'Times New Roman', bodyPt: 14, recipientsPt: 12 } as const;

export const NATIONAL_MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO_SUBTITLE = 'Độc lập - Tự do - Hạnh phúc';

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Day, month and year of an instant as read in Vietnam (UTC+7, no daylight saving). */
function vietnamDateParts(value: Date): { day: number; month: number; year: number } {
  const local = new Date(value.getTime() + 7 * 3600_000);
  return { day: local.getUTCDate(), month: local.getUTCMonth() + 1, year: local.getUTCFullYear() };
}

/**
 * "Quảng Trị, ngày 08 tháng 6 năm 2020": the decree puts a zero before days under 10
 * and before months 1 and 2 (so "tháng 01", but "tháng 6").
 */
export function formatPlaceDate(place: string, value: Date): string {
  const { day, month, year } = vietnamDateParts(value);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

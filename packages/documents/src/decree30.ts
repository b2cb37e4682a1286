/**
 * Layout rules of Nghị định 30/2020/NĐ-CP, Appendix I, written once for every renderer.
 * Lengths are in twips (1/20 pt): docx takes them as is; PDF renderers divide by 20.
 */
import type { Block, Inline, SignatureBlock, TextRun } from './model.ts';
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

/* ------------------------------------------------------------------------------------------------
 * Layout shared by the DOCX and PDF renderers. Sizes are in points; lengths in millimetres or
 * centimetres are converted through twips so both renderers land on the same rounded values.
 * ---------------------------------------------------------------------------------------------- */

export const TWIPS_PER_PT = 20;

/**
 * Vertical metrics of Times New Roman, shared by the metric-compatible Tinos (font units). Word and
 * LibreOffice make a single line ascent + descent + line gap tall; PDF layout engines that leave the
 * gap out must scale their line height by singleLineFactor to land on the same lines.
 */
export const FONT_METRICS = { unitsPerEm: 2048, ascent: 1825, descent: 443, lineGap: 87 } as const;
export const SINGLE_LINE_FACTOR =
  (FONT_METRICS.ascent + FONT_METRICS.descent + FONT_METRICS.lineGap) /
  (FONT_METRICS.ascent + FONT_METRICS.descent);

/** Millimetres to points, rounded through twips exactly as the DOCX renderer rounds them. */
export function mmToPt(mm: number): number {
  return mmToTwips(mm) / TWIPS_PER_PT;
}

export function cmToTwips(cm: number): number {
  return mmToTwips(cm * 10);
}

/** Font sizes of every part of the document, in points (Appendix I of the decree). */
export const SIZE_PT = {
  body: FONT.bodyPt,
  parentBody: 13,
  issuingBody: 13,
  number: 13,
  /** "V/v …" under the number of a công văn (a document without a type). */
  congVanSummary: 12,
  motto: 13,
  mottoSubtitle: 14,
  placeDate: 14,
  draft: 14,
  docType: 14,
  summary: 14,
  heading: FONT.bodyPt,
  table: 13,
  recipientsTitle: FONT.recipientsPt,
  recipient: 11,
  signature: 14,
  pageNumber: 14,
  appendixTitle: 14,
  appendixSubtitle: 14,
} as const;

export const LAYOUT = {
  /** Header table: the issuing body's column and the national motto's column, as fractions of the text width. */
  headerColumns: [0.4, 0.6] as const,
  /** Closing table: Nơi nhận on the left, the signature on the right. */
  signatureColumns: [0.45, 0.55] as const,
  /** Line spacing of the header and closing blocks, as a multiple of single spacing. */
  headerLineSpacing: 1,
  /** Body line spacing, as a multiple of single spacing (Word's 1.15). */
  lineSpacing: 1.15,
  /** First-line indent of body paragraphs, headings and dash list items. */
  firstLineIndentCm: 1.27,
  /** Extra first-line indent per list nesting level. */
  listDepthIndentCm: 0.63,
  paragraphSpaceAfterPt: 6,
  /** From the top edge of the paper to the page number. */
  headerDistanceMm: 10,
  /** Thickness of the short rules under the issuing body, the motto subtitle and the summary. */
  ruleThicknessPt: 0.75,
  /** Gap between a line of text and the rule under it, and after the rule. */
  ruleGapPt: 4,
  afterRulePt: 3,
  /** The rule under the issuing body: a third of the left column. */
  issuingBodyRuleFraction: 1 / 3,
  /** The rules under the summary and under an appendix title. */
  summaryRuleMm: 35,
  /**
   * Width of "Độc lập - Tự do - Hạnh phúc" in Times New Roman (and the metric-compatible Tinos) bold 14 pt:
   * the rule under it is exactly as long.
   */
  mottoSubtitleWidthPt: 171.1,
  spaceBeforeTitlePt: 18,
  spaceAfterSummaryPt: 12,
  spaceBeforeClosingPt: 12,
  /** Room for the signature and seal between the title and the name (about four blank lines). */
  signatureGapPt: 64,
  tableRuleThicknessPt: 0.5,
  tableCellPaddingPt: { x: 4, y: 2 },
} as const;

export type Orientation = 'portrait' | 'landscape';

export function pageSizeTwips(orientation: Orientation = 'portrait'): { width: number; height: number } {
  return orientation === 'landscape' ? { width: A4.height, height: A4.width } : { ...A4 };
}

export const MARGINS_TWIPS = {
  top: mmToTwips(MARGINS_MM.top),
  bottom: mmToTwips(MARGINS_MM.bottom),
  left: mmToTwips(MARGINS_MM.left),
  right: mmToTwips(MARGINS_MM.right),
} as const;

/** Width of the text area between the left and right margins. */
export function textWidthTwips(orientation: Orientation = 'portrait'): number {
  return pageSizeTwips(orientation).width - MARGINS_TWIPS.left - MARGINS_TWIPS.right;
}

/** Splits a width into columns by weight, in whole twips, the last column taking the rounding. */
export function splitWidth(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  const used = widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + total - used;
  return widths;
}

/** All printed text is NFC, so a decomposed tone mark never reaches a font as a separate glyph. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

export function upper(text: string): string {
  return nfc(text).toLocaleUpperCase('vi-VN');
}

export function toRuns(inlines: readonly Inline[], base: Omit<TextRun, 'text'> = {}): TextRun[] {
  return inlines.map((inline) =>
    typeof inline === 'string'
      ? { ...base, text: nfc(inline) }
      : {
          text: nfc(inline.text),
          bold: inline.bold ?? base.bold,
          italic: inline.italic ?? base.italic,
          underline: inline.underline ?? base.underline,
        },
  );
}

/**
 * "Số: 2519/KH-UBND"; an unnumbered draft ("/KH-UBND") leaves room for the number — enough for four
 * digits at the line's size, written by hand or placed at the digital release (release-marks.ts).
 */
export function numberLine(number: string): string {
  const n = nfc(number.trim());
  if (n === '' || n.startsWith('/')) return `Số:${'\u00a0'.repeat(12)}${n}`;
  return `Số: ${n}`;
}

/**
 * The date in a reference to the document itself ("(Kèm theo Quyết định số …/QĐ-UBND ngày … của …)"
 * heading an appendix): "ngày 08/6/2026" once dated (`formatted`, as formatOfficialDate writes it);
 * undated, blanks for the day and the month before the year — room for two digits each, kept on one
 * line by no-break spaces — which the digital release fills (release-marks.ts), as the header's.
 */
export function referenceDate(formatted: string | null | undefined, year: number): string {
  const blank = '\u00a0'.repeat(8);
  return formatted ? `ngày ${formatted}` : `ngày${blank}/${blank}/${year}`;
}

/** Nơi nhận: "- entry;" for each entry and "- entry." for the last, never doubling the punctuation. */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((entry, i) => {
    const text = nfc(entry)
      .trim()
      .replace(/^-\s*/, '')
      .replace(/[\s;.,]+$/, '');
    return `- ${text}${i === recipients.length - 1 ? '.' : ';'}`;
  });
}

/**
 * A numbered heading's runs: level 1 and 2 bold, level 3 italic; `rest` in regular type after the label and text.
 */
export function headingRuns(heading: {
  level: 1 | 2 | 3;
  label: string;
  text: string;
  rest?: readonly Inline[];
}): TextRun[] {
  const emphasis = heading.level === 3 ? { italic: true } : { bold: true };
  const head = [heading.label.trim(), heading.text.trim()].filter((s) => s !== '').join(' ');
  const runs: TextRun[] = [{ text: nfc(head), ...emphasis }];
  if (heading.rest && heading.rest.length > 0) {
    const rest = toRuns(heading.rest);
    const first = rest[0];
    if (first && !/^\s/.test(first.text)) runs.push({ text: ' ' });
    runs.push(...rest);
  }
  return runs;
}

/** A dash list item: "- text" (or "+ text"), the marker in the same type as the text's start. */
export function listItemRuns(item: { runs: readonly Inline[]; marker?: '-' | '+' | '•' }): TextRun[] {
  return [{ text: `${item.marker ?? '-'} ` }, ...toRuns(item.runs)];
}

export function listItemIndentTwips(depth = 0): number {
  return cmToTwips(LAYOUT.firstLineIndentCm + depth * LAYOUT.listDepthIndentCm);
}

export function signatureLines(signature: SignatureBlock): string[] {
  return signature.lines.map(upper);
}

export const RECIPIENTS_TITLE = 'Nơi nhận:';
export const DRAFT_MARK = 'DỰ THẢO';

/** The mark that ends the text of an administrative document: "… chịu trách nhiệm thi hành Quyết định này./." */
export const END_MARK = './.';

/**
 * A text's last words with the end mark, one rule for every document:
 * - white space at the end (spaces, non-breaking spaces, line breaks) goes;
 * - a text already ending in "./." is left as it is;
 * - one ".", ";", ":" or "," at the end becomes the mark's own full stop: "như sau:" → "như sau./.",
 *   "Lưu hồ sơ;" → "Lưu hồ sơ./." (a colon announces and a comma continues what no longer follows);
 * - an ellipsis ("…", "..."), "!" and "?" keep their meaning and the mark follows them;
 * - closing quotes and brackets stay where they are and the mark follows them: "(kèm theo)./.";
 *   punctuation inside them belongs to the quotation and is left alone;
 * - an empty text stays empty: there is nothing to close.
 */
export function closeText(text: string): string {
  const t = text.trimEnd();
  if (t === '' || t.endsWith(END_MARK)) return t;
  if (/(\.\.\.|…)$/.test(t)) return `${t}${END_MARK}`;
  return `${t.replace(/\s*[.;:,]$/, '')}${END_MARK}`;
}

/** The last run with visible text gets the end mark; blank runs after it go. Null when no run has text. */
function closeRuns(runs: readonly Inline[]): Inline[] | null {
  const text = (r: Inline) => (typeof r === 'string' ? r : r.text);
  const i = runs.findLastIndex((r) => text(r).trim() !== '');
  if (i === -1) return null;
  const tail = runs[i] as Inline;
  const closed = closeText(text(tail));
  return [...runs.slice(0, i), typeof tail === 'string' ? closed : { ...tail, text: closed }];
}

/**
 * A body with its last paragraph closed by the end mark (closeText), as the decree's model
 * documents end: the last block takes it when a reader reads it as a paragraph — a paragraph, a
 * dash list item, or a heading with text run on after it ("5. UBND huyện Hướng Hóa: Báo cáo
 * tổng kết./."); a deferred block is closed when it is made. A body ending in a table, a heading
 * alone, a spacer or a code, or in a paragraph without text, is returned as it is: there is no
 * last paragraph to close.
 */
export function closeBody(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  const last = out.at(-1);
  if (!last) return out;
  let closed: Block | null = null;
  if (last.kind === 'paragraph' || last.kind === 'listItem') {
    const runs = closeRuns(last.runs);
    if (runs) closed = { ...last, runs };
  } else if (last.kind === 'heading' && last.rest) {
    const rest = closeRuns(last.rest);
    if (rest) closed = { ...last, rest };
  } else if (last.kind === 'deferred') {
    const make = last.blocks;
    closed = { kind: 'deferred', blocks: () => closeBody(make()) };
  }
  if (closed) out[out.length - 1] = closed;
  return out;
}

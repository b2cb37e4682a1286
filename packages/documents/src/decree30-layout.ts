/**
 * The two-column blocks of Decree 30 (the header and the closing) as ordered items per column,
 * written once: each renderer only draws the items, in its own units. Pure; no renderer types.
 */
import {
  LAYOUT,
  MOTTO_SUBTITLE,
  NATIONAL_MOTTO,
  nfc,
  numberLine,
  RECIPIENTS_TITLE,
  recipientLines,
  SIZE_PT,
  signatureLines,
  upper,
} from './decree30.ts';
import type { Align, OfficialDocument } from './model.ts';

export interface LayoutRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** One line (or several, where the text holds "\n") in the block's line spacing. */
export interface LayoutLine {
  runs: LayoutRun[];
  sizePt: number;
  align: Align;
  /** Space above the line, in points. */
  before?: number;
}

/**
 * A short rule centred in its column: `fraction` of the column's width, or a fixed `lengthPt`
 * (each renderer rounds, or not, in its own units).
 */
export interface LayoutRule {
  rule: { fraction: number } | { lengthPt: number };
}

export type LayoutItem = LayoutLine | LayoutRule;

export interface TwoColumnLayout {
  /** Column widths as fractions of the text width (see splitWidth). */
  fractions: readonly [number, number];
  columns: [LayoutItem[], LayoutItem[]];
}

export interface ClosingLayout extends TwoColumnLayout {
  /** Space above the whole block, in points; each renderer applies it in its own way. */
  spaceBeforePt: number;
}

export function isRule(item: LayoutItem): item is LayoutRule {
  return 'rule' in item;
}

/**
 * Left: parent body, issuing body (bold, ruled under it), "Số: …" and, for a công văn (no document
 * type), its "V/v …" summary; right: the national motto, its subtitle (ruled under it) and the
 * italic place and date.
 */
export function headerLayout(doc: OfficialDocument): TwoColumnLayout {
  const h = doc.header;
  const left: LayoutItem[] = [];
  if (h.parentBody?.trim()) {
    left.push({ runs: [{ text: upper(h.parentBody) }], sizePt: SIZE_PT.parentBody, align: 'center' });
  }
  for (const text of upper(h.issuingBody).split('\n')) {
    left.push({ runs: [{ text, bold: true }], sizePt: SIZE_PT.issuingBody, align: 'center' });
  }
  left.push({ rule: { fraction: LAYOUT.issuingBodyRuleFraction } });
  if (h.number !== null) {
    left.push({ runs: [{ text: numberLine(h.number) }], sizePt: SIZE_PT.number, align: 'center' });
  }
  if (!doc.docType && doc.summary?.length) {
    // A công văn carries its summary ("V/v …") under the number.
    doc.summary.forEach((text, i) => {
      left.push({
        runs: [{ text: nfc(text) }],
        sizePt: SIZE_PT.congVanSummary,
        align: 'center',
        ...(i === 0 && { before: 4 }),
      });
    });
  }
  const right: LayoutItem[] = [
    { runs: [{ text: NATIONAL_MOTTO, bold: true }], sizePt: SIZE_PT.motto, align: 'center' },
    { runs: [{ text: MOTTO_SUBTITLE, bold: true }], sizePt: SIZE_PT.mottoSubtitle, align: 'center' },
    { rule: { lengthPt: LAYOUT.mottoSubtitleWidthPt } },
    { runs: [{ text: nfc(h.placeDate), italic: true }], sizePt: SIZE_PT.placeDate, align: 'center' },
  ];
  return { fractions: LAYOUT.headerColumns, columns: [left, right] };
}

/**
 * Left: "Nơi nhận:" and one line per recipient; right: the TM./KT. lines and title, then the name
 * after room for the signature and seal. Undefined when the document has neither.
 */
export function closingLayout(doc: OfficialDocument): ClosingLayout | undefined {
  if (!doc.signature && !doc.recipients?.length) return undefined;
  const left: LayoutItem[] = [];
  if (doc.recipients?.length) {
    left.push({
      runs: [{ text: RECIPIENTS_TITLE, bold: true, italic: true }],
      sizePt: SIZE_PT.recipientsTitle,
      align: 'left',
    });
    for (const r of recipientLines(doc.recipients)) {
      left.push({ runs: [{ text: r }], sizePt: SIZE_PT.recipient, align: 'left' });
    }
  }
  const right: LayoutItem[] = [];
  if (doc.signature) {
    for (const text of signatureLines(doc.signature)) {
      right.push({ runs: [{ text, bold: true }], sizePt: SIZE_PT.signature, align: 'center' });
    }
    right.push({
      runs: [{ text: nfc(doc.signature.name), bold: true }],
      sizePt: SIZE_PT.signature,
      align: 'center',
      before: LAYOUT.signatureGapPt,
    });
  }
  return {
    fractions: LAYOUT.signatureColumns,
    columns: [left, right],
    spaceBeforePt: LAYOUT.spaceBeforeClosingPt,
  };
}

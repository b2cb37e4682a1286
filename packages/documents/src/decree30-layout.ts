/**
 * The fixed blocks of Decree 30 — the two-column header and closing, the title block and an
 * appendix's heading — as ordered items, written once: each renderer only draws the items, in its
 * own units. Pure; no renderer types.
 */
import {
  DRAFT_MARK,
  LAYOUT,
  MOTTO_SUBTITLE,
  mmToPt,
  NATIONAL_MOTTO,
  nfc,
  numberLine,
  RECIPIENTS_TITLE,
  recipientLines,
  SIZE_PT,
  signatureLines,
  upper,
} from './decree30.ts';
import type { Align, Appendix, OfficialDocument } from './model.ts';

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
  /** Space below the line, in points. */
  after?: number;
}

/**
 * A short rule centred in its column: `fraction` of the column's width, or a fixed `lengthPt`
 * (each renderer rounds, or not, in its own units).
 */
export interface LayoutRule {
  rule: { fraction: number } | { lengthPt: number };
}

export type LayoutItem = LayoutLine | LayoutRule;

/** Blank vertical space of exactly `space` points. */
export interface LayoutSpace {
  space: number;
}

export type StackItem = LayoutItem | LayoutSpace;

/** Full-width lines one under another: the title block, an appendix's heading. */
export interface StackLayout {
  items: StackItem[];
  /** Kept on one page, and with what follows. */
  keepTogether: boolean;
  /** Starts on a new page. */
  pageBreakBefore: boolean;
}

export interface TwoColumnLayout {
  /** Column widths as fractions of the text width (see splitWidth). */
  fractions: readonly [number, number];
  columns: [LayoutItem[], LayoutItem[]];
}

export interface ClosingLayout extends TwoColumnLayout {
  /** Space above the whole block, in points; each renderer applies it in its own way. */
  spaceBeforePt: number;
}

export function isRule(item: StackItem): item is LayoutRule {
  return 'rule' in item;
}

export function isSpace(item: StackItem): item is LayoutSpace {
  return 'space' in item;
}

const centred = (text: string, sizePt: number, style: { bold?: boolean; italic?: boolean }): LayoutLine => ({
  runs: [{ text, ...style }],
  sizePt,
  align: 'center',
});

/** The rule under a title or an appendix heading, and the space that follows it. */
const underTitle = (): StackItem[] => [
  { rule: { lengthPt: mmToPt(LAYOUT.summaryRuleMm) } },
  { space: LAYOUT.spaceAfterSummaryPt - LAYOUT.afterRulePt },
];

/**
 * Under the header: "DỰ THẢO" on a draft, then the document type in capitals and its summary
 * (bold), ruled under them. A công văn (no type) carries its summary in the header and goes
 * straight on to its text.
 */
export function titleLayout(doc: OfficialDocument): StackLayout {
  const items: StackItem[] = [];
  if (doc.draft) {
    items.push({
      ...centred(DRAFT_MARK, SIZE_PT.draft, { bold: true }),
      before: LAYOUT.spaceBeforeTitlePt,
      after: doc.docType ? 0 : LAYOUT.spaceAfterSummaryPt,
    });
  }
  if (!doc.docType) {
    if (!doc.draft) items.push({ space: LAYOUT.spaceBeforeTitlePt });
    return { items, keepTogether: false, pageBreakBefore: false };
  }
  items.push({
    ...centred(upper(doc.docType), SIZE_PT.docType, { bold: true }),
    before: doc.draft ? 0 : LAYOUT.spaceBeforeTitlePt,
  });
  for (const s of doc.summary ?? []) items.push(centred(nfc(s), SIZE_PT.summary, { bold: true }));
  items.push(...underTitle());
  return { items, keepTogether: true, pageBreakBefore: false };
}

/** An appendix starts a page: its title in capitals (bold), the italic "(Kèm theo …)", ruled under. */
export function appendixHeadLayout(appendix: Appendix): StackLayout {
  const items: StackItem[] = appendix.title.map((t) =>
    centred(upper(t), SIZE_PT.appendixTitle, { bold: true }),
  );
  if (appendix.subtitle)
    items.push(centred(nfc(appendix.subtitle), SIZE_PT.appendixSubtitle, { italic: true }));
  items.push(...underTitle());
  return { items, keepTogether: true, pageBreakBefore: true };
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

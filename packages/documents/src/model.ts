/**
 * The official-document model: one description of a document, laid out per Decree 30/2020/NĐ-CP
 * by both renderers (DOCX and PDF). Builders (a plan, a report, a decision…) produce it; renderers
 * never know what kind of document they draw. What the header and the signature block hold, line by
 * line, is composed once (`decree30-layout.ts`); each renderer only draws it.
 */

/** A piece of text with its emphasis. A plain string is a regular run. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}
export type Inline = string | TextRun;

export type Align = 'justify' | 'left' | 'center' | 'right';

/** A body paragraph: justified with a first-line indent unless told otherwise. */
export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Inline[];
  align?: Align;
  /** Default true for justified body text; false for centred or flush lines. */
  firstLineIndent?: boolean;
  /** Default: the body size (14 pt). */
  sizePt?: number;
  /** Keep on the same page as the next block (titles, headings before their first line). */
  keepWithNext?: boolean;
}

/**
 * A numbered heading of the body: "I. MỤC ĐÍCH, YÊU CẦU" (level 1, bold), "1. Sở Y tế:" (level 2,
 * bold), "a) …" (level 3, italic). `label` is the number as printed ("I.", "1.", "a)"); `text` follows
 * it. A heading may carry text after it on the same line ("2. Văn phòng UBND tỉnh: Phối hợp …"):
 * `rest` is printed in regular type after the bold part.
 */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  label: string;
  text: string;
  rest?: Inline[];
}

/** A dash list item as Vietnamese administrative text writes it: "- Đại diện Thường trực Tỉnh ủy;". */
export interface ListItemBlock {
  kind: 'listItem';
  runs: Inline[];
  /** Default '-'. */
  marker?: '-' | '+' | '•';
  /** Nesting depth from 0. */
  depth?: number;
}

/** A ruled table (appendix lists, indicator tables). Widths are relative weights. */
export interface TableBlock {
  kind: 'table';
  columns: Array<{ weight: number; align?: Align }>;
  /** Header rows, printed bold and repeated on every page. */
  header?: Inline[][][];
  rows: Inline[][][];
  sizePt?: number;
}

/** Blank vertical space, in points. */
export interface SpacerBlock {
  kind: 'spacer';
  pt: number;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

/**
 * A QR code with its text printed under it (an invitation's check-in code). The PDF draws the code;
 * the DOCX prints the text only, in bold: a picture in WordprocessingML needs an image part and its
 * relationship, which the streamed body (body-xml.ts) cannot add, and a printed DOCX is a clerk's
 * working copy — the PDF is what delegates receive.
 */
export interface QrBlock {
  kind: 'qr';
  /** What the code holds. */
  text: string;
  /** Printed under the code (and alone in the DOCX): "Mã điểm danh: 42-7K3M9X2PQR". */
  caption: string;
  /** Width and height of the code, in points. */
  sizePt: number;
  /** Default centre. */
  align?: Align;
}

/**
 * Blocks made only when a renderer reaches them: a consolidated report's text, section by section,
 * so a body of a thousand units' writing is never all in memory as blocks at once.
 */
export interface DeferredBlock {
  kind: 'deferred';
  blocks: () => Block[];
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | ListItemBlock
  | TableBlock
  | SpacerBlock
  | PageBreakBlock
  | QrBlock
  | DeferredBlock;

/** The blocks in reading order with every deferred block made, one at a time. */
export function* expandBlocks(blocks: Iterable<Block>): Generator<Exclude<Block, DeferredBlock>> {
  for (const block of blocks) {
    if (block.kind === 'deferred') yield* expandBlocks(block.blocks());
    else yield block;
  }
}

/**
 * The header of Appendix I: left column parent body (upper case, regular) and issuing body (upper
 * case, bold, short rule under it), then "Số: …"; right column the national motto, the subtitle
 * (ruled under it), then the italic place and date.
 */
export interface DocumentHeader {
  /** "UBND TỈNH QUẢNG TRỊ"; absent when the issuing body has no parent line. Upper-cased by the renderer. */
  parentBody?: string;
  /** "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"; may contain "\n" to break where the clerk wants. Upper-cased by the renderer. */
  issuingBody: string;
  /**
   * "2519/KH-UBND": printed as "Số: 2519/KH-UBND". Absent on a draft not yet numbered: "Số:      /KH-UBND".
   * Null for a paper that carries no number of its own (a conference programme).
   */
  number: string | null;
  /** "Quảng Trị, ngày 08 tháng 6 năm 2020" (see formatPlaceDate); a draft may leave the day blank. */
  placeDate: string;
}

/** TM./KT. lines, the title, then the name after room for the signature and seal. */
export interface SignatureBlock {
  /** Bold upper-case lines: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  lines: string[];
  /** "Hoàng Nam", bold, after the blank space. */
  name: string;
}

/**
 * A part attached after the main text, on a new page: "ĐỀ CƯƠNG BÁO CÁO" / "(Kèm theo Kế hoạch số …)".
 * Title lines bold centred upper case, subtitle italic centred, a short rule, then its own body.
 */
export interface Appendix {
  title: string[];
  subtitle?: string;
  body: Block[];
}

export interface OfficialDocument {
  header: DocumentHeader;
  /** "KẾ HOẠCH", "BÁO CÁO", "QUYẾT ĐỊNH"; bold centred upper case. A công văn has none. */
  docType?: string;
  /** The summary line (trích yếu), bold centred; one entry per printed line. A short rule follows. */
  summary?: string[];
  body: Block[];
  signature?: SignatureBlock;
  /** Nơi nhận, each entry printed as "- entry;" and the last as "- entry." (the builder gives the text only). */
  recipients?: string[];
  appendices?: Appendix[];
  /** Default portrait. */
  orientation?: 'portrait' | 'landscape';
  /** A draft prints "DỰ THẢO" above the document type. */
  draft?: boolean;
  metadata: { title: string; subject?: string; author?: string };
}

/**
 * Certificates (Bằng khen): one landscape A4 page per awardee, as the chairman signs them — the
 * national motto, the deciding authority, "TẶNG" and the red title, the awardee's name, what they
 * are and why, the decision and the certificate's number at the bottom left, the place, date and
 * signature at the bottom right, inside a double red border. Every line is measured with the font
 * and placed by hand: names shrink to stay on one line, longer texts wrap into balanced lines, and
 * the middle block is centred between the title and the signature whatever it holds.
 */
import type { Content, ContentCanvas, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_METRICS, LAYOUT, MOTTO_SUBTITLE, NATIONAL_MOTTO, nfc, upper } from './decree30.ts';
import { PDF_FONT_FAMILY, renderPdfDefinition, tinosTextWidth } from './render-pdf.ts';

export interface CertificateAwardee {
  /** "Nguyễn Thị Hường", or a collective's name. */
  name: string;
  /** "Phó Giám đốc Sở Y tế", or the collective's unit; may be empty. */
  detail: string;
  /** "Số: 12/BK" */
  number: string;
}

export interface CertificatesInput {
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" */
  authorityLine: string;
  /** "BẰNG KHEN" */
  title: string;
  /** "Đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 giai đoạn 1" */
  reason: string;
  /** "Quyết định số 1234/QĐ-UBND ngày 15/6/2020" */
  decisionRef: string;
  /** "Quảng Trị, ngày 15 tháng 6 năm 2020" */
  placeDate: string;
  /** ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] and the signer's name. */
  signature: { lines: string[]; name: string };
  awardees: CertificateAwardee[];
}

/** The red of the title and the border. */
export const CERTIFICATE_RED = '#B3261E';

/** A4 landscape in points, as pdfmake's own A4 (595.28 × 841.89) turned. */
export const CERTIFICATE_PAGE = { width: 841.89, height: 595.28 } as const;

const W = CERTIFICATE_PAGE.width;
const H = CERTIFICATE_PAGE.height;
const CX = W / 2;

/** The double border: a thick outer rule and a thin inner one, inset from the paper's edge. */
const BORDER = { outerInset: 20, outerWidth: 4.5, gap: 4.5, innerWidth: 1.2, corner: 9 } as const;
const INNER_INSET = BORDER.outerInset + BORDER.outerWidth / 2 + BORDER.gap + BORDER.innerWidth / 2;

/** Height of a single line as pdfmake sets it (ascent + descent, no line gap), per point of size. */
const LINE_EM = (FONT_METRICS.ascent + FONT_METRICS.descent) / FONT_METRICS.unitsPerEm;

interface Style {
  sizePt: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  characterSpacing?: number;
}

const STYLE = {
  motto: { sizePt: 14, bold: true },
  mottoSubtitle: { sizePt: 15, bold: true },
  authority: { sizePt: 19, bold: true },
  give: { sizePt: 18, bold: true },
  title: { sizePt: 62, bold: true, color: CERTIFICATE_RED, characterSpacing: 4 },
  name: { sizePt: 34, bold: true },
  detail: { sizePt: 19 },
  reason: { sizePt: 19, italics: true },
  reference: { sizePt: 13 },
  placeDate: { sizePt: 15, italics: true },
  signature: { sizePt: 15, bold: true },
  signer: { sizePt: 16, bold: true },
} as const satisfies Record<string, Style>;

/** Widest a line may run: the name, authority and detail within the border; the reason a little narrower. */
const WIDTH = { line: W - 2 * (INNER_INSET + 40), reason: 680, detail: 680 } as const;
/**
 * The bottom blocks: the references centred under the left quarter, the signature under the right,
 * both standing on `foot`.
 */
const BOTTOM = {
  leftCentre: 0.24 * W,
  rightCentre: 0.73 * W,
  columnWidth: 0.4 * W,
  foot: H - INNER_INSET - 22,
} as const;
/** Room for the signature and the seal between the signer's title and name. */
const SIGNATURE_GAP = 62;

const widthOf = (text: string, style: Style) =>
  tinosTextWidth(text, style.sizePt, style) + (style.characterSpacing ?? 0) * Math.max(0, text.length - 1);

const lineHeight = (style: Style, spacing = 1) => style.sizePt * LINE_EM * spacing;

/** The style at the largest size (in tenths of a point) that keeps `text` within `maxWidth`. */
function fitted(text: string, style: Style, maxWidth: number): Style {
  const width = widthOf(text, style);
  if (width <= maxWidth) return style;
  let sizePt = Math.floor(((style.sizePt * maxWidth) / width) * 10) / 10;
  while (sizePt > 4 && widthOf(text, { ...style, sizePt }) > maxWidth) sizePt -= 0.1;
  return { ...style, sizePt };
}

/** Greedy wrapping at spaces. */
function wrapAt(words: string[], style: Style, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && widthOf(candidate, style) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * Wraps centred text into as few lines as greedy wrapping needs, then narrows the measure as far as
 * the same number of lines allows, so the lines come out even instead of one long and one short.
 */
function balancedLines(text: string, style: Style, maxWidth: number): string[] {
  const words = nfc(text).trim().split(/\s+/).filter(Boolean);
  const greedy = wrapAt(words, style, maxWidth);
  if (greedy.length < 2) return greedy;
  let lo = 0;
  let hi = maxWidth;
  let best = greedy;
  while (hi - lo > 2) {
    const mid = (lo + hi) / 2;
    const lines = wrapAt(words, style, mid);
    if (lines.length === greedy.length && lines.every((l) => widthOf(l, style) <= mid || !l.includes(' '))) {
      best = lines;
      hi = mid;
    } else {
      lo = mid;
    }
  }
  return best;
}

/** Wrapped lines, the size stepping down (to two thirds at most) until they fit in `maxLines`. */
function fittedLines(text: string, style: Style, maxWidth: number, maxLines: number) {
  let current = style;
  let lines = balancedLines(text, current, maxWidth);
  while (lines.length > maxLines && current.sizePt > style.sizePt * 0.67) {
    current = { ...current, sizePt: current.sizePt - 0.5 };
    lines = balancedLines(text, current, maxWidth);
  }
  return { style: current, lines };
}

/** A line of text measured and placed: its left edge at `x`, its top at `y`. */
interface Placed {
  text: string;
  style: Style;
  x: number;
  y: number;
}

/** One line of text placed so that its middle falls on `cx`, its top at `y`. */
function centred(text: string, style: Style, cx: number, y: number): Placed {
  const t = nfc(text);
  return { text: t, style, x: cx - widthOf(t, style) / 2, y };
}

/** A fresh pdfmake node for a placed line (pdfmake writes into the nodes it lays out, so none is shared). */
function textNode(p: Placed): ContentText {
  return {
    text: p.text,
    absolutePosition: { x: p.x, y: p.y },
    fontSize: p.style.sizePt,
    bold: p.style.bold ?? false,
    italics: p.style.italics ?? false,
    color: p.style.color,
    characterSpacing: p.style.characterSpacing,
    lineHeight: 1,
    noWrap: true,
  };
}

/** The double border, with a small square at each corner of the inner rule. */
function border(): ContentCanvas {
  const o = BORDER.outerInset;
  const i = INNER_INSET;
  const c = BORDER.corner;
  const corners = [
    [i, i],
    [W - i, i],
    [i, H - i],
    [W - i, H - i],
  ] as const;
  return {
    canvas: [
      {
        type: 'rect',
        x: o,
        y: o,
        w: W - 2 * o,
        h: H - 2 * o,
        lineWidth: BORDER.outerWidth,
        lineColor: CERTIFICATE_RED,
      },
      {
        type: 'rect',
        x: i,
        y: i,
        w: W - 2 * i,
        h: H - 2 * i,
        lineWidth: BORDER.innerWidth,
        lineColor: CERTIFICATE_RED,
      },
      ...corners.map(([x, y]) => ({
        type: 'polyline' as const,
        closePath: true,
        points: [
          { x, y: y - c / 2 },
          { x: x + c / 2, y },
          { x, y: y + c / 2 },
          { x: x - c / 2, y },
        ],
        color: CERTIFICATE_RED,
        lineColor: CERTIFICATE_RED,
        lineWidth: 0.5,
      })),
    ],
  };
}

interface Shared {
  /** Motto, authority, "TẶNG", the title; the place, date and signature. */
  lines: Placed[];
  /** The rule under the motto's subtitle. */
  rule: { x: number; y: number; width: number };
  titleBottom: number;
  bottomTop: number;
  reasonText: string;
}

/** What every page has in common, measured and placed once for the whole batch. */
function sharedParts(input: CertificatesInput): Shared {
  const lines: Placed[] = [];
  let y = INNER_INSET + 20;
  lines.push(centred(NATIONAL_MOTTO, STYLE.motto, CX, y));
  y += lineHeight(STYLE.motto);
  lines.push(centred(MOTTO_SUBTITLE, STYLE.mottoSubtitle, CX, y));
  y += lineHeight(STYLE.mottoSubtitle) + LAYOUT.ruleGapPt;
  const ruleWidth = widthOf(MOTTO_SUBTITLE, STYLE.mottoSubtitle);
  const rule = { x: CX - ruleWidth / 2, y, width: ruleWidth };
  y += 20;
  const authority = upper(input.authorityLine).replace(/\s*\n\s*/g, ' ');
  const authorityStyle = fitted(authority, STYLE.authority, WIDTH.line);
  lines.push(centred(authority, authorityStyle, CX, y));
  y += lineHeight(authorityStyle) + 8;
  lines.push(centred('TẶNG', STYLE.give, CX, y));
  y += lineHeight(STYLE.give);
  const title = upper(input.title);
  const titleStyle = fitted(title, STYLE.title, WIDTH.line);
  lines.push(centred(title, titleStyle, CX, y));
  const titleBottom = y + lineHeight(titleStyle);

  // The signature block stands on the bottom of the frame, in the right half.
  const sig = input.signature.lines.map((l) => upper(l)).filter((l) => l.trim() !== '');
  const blockHeight =
    lineHeight(STYLE.placeDate) +
    sig.length * lineHeight(STYLE.signature) +
    SIGNATURE_GAP +
    lineHeight(STYLE.signer);
  const bottomTop = BOTTOM.foot - blockHeight;
  let by = bottomTop;
  const placeDate = nfc(input.placeDate).trim();
  lines.push(
    centred(placeDate, fitted(placeDate, STYLE.placeDate, BOTTOM.columnWidth), BOTTOM.rightCentre, by),
  );
  by += lineHeight(STYLE.placeDate);
  for (const line of sig) {
    lines.push(centred(line, fitted(line, STYLE.signature, BOTTOM.columnWidth), BOTTOM.rightCentre, by));
    by += lineHeight(STYLE.signature);
  }
  by += SIGNATURE_GAP;
  const signer = nfc(input.signature.name).trim();
  lines.push(centred(signer, fitted(signer, STYLE.signer, BOTTOM.columnWidth), BOTTOM.rightCentre, by));

  return { lines, rule, titleBottom, bottomTop, reasonText: nfc(input.reason).trim() };
}

const scaled = (style: Style, factor: number): Style => ({
  ...style,
  sizePt: Math.round(style.sizePt * factor * 10) / 10,
});

/** The name, the detail and the reason, at a common scale. */
function middleBlock(name: string, detail: string, reason: string, factor: number) {
  const nameStyle = fitted(name, scaled(STYLE.name, factor), WIDTH.line);
  const details = detail ? fittedLines(detail, scaled(STYLE.detail, factor), WIDTH.detail, 2) : undefined;
  const reasons = reason ? fittedLines(reason, scaled(STYLE.reason, factor), WIDTH.reason, 3) : undefined;
  const height =
    lineHeight(nameStyle) +
    (details ? GAP.afterName + details.lines.length * lineHeight(details.style) : 0) +
    (reasons ? GAP.beforeReason + reasons.lines.length * lineHeight(reasons.style, REASON_SPACING) : 0);
  return { nameStyle, details, reasons, height };
}

const GAP = { afterName: 8, beforeReason: 12 } as const;
const REASON_SPACING = 1.15;

/** One awardee's page: the shared parts, and the middle block centred between the title and the signature. */
function pageLines(input: CertificatesInput, shared: Shared, awardee: CertificateAwardee): Placed[] {
  const name = nfc(awardee.name).trim().replace(/\s+/g, ' ');
  const detail = nfc(awardee.detail).trim().replace(/\s+/g, ' ');
  const regionTop = shared.titleBottom + 6;
  const regionBottom = shared.bottomTop - 6;
  // A long detail and reason shrink together with the name until the block fits between the two.
  let factor = 1;
  let block = middleBlock(name, detail, shared.reasonText, factor);
  while (block.height > regionBottom - regionTop && factor > 0.7) {
    factor -= 0.05;
    block = middleBlock(name, detail, shared.reasonText, factor);
  }
  const out: Placed[] = [...shared.lines];
  let y = regionTop + Math.max(0, (regionBottom - regionTop - block.height) / 2);
  out.push(centred(name, block.nameStyle, CX, y));
  y += lineHeight(block.nameStyle);
  if (block.details) {
    y += GAP.afterName;
    for (const line of block.details.lines) {
      out.push(centred(line, block.details.style, CX, y));
      y += lineHeight(block.details.style);
    }
  }
  if (block.reasons) {
    y += GAP.beforeReason;
    for (const line of block.reasons.lines) {
      out.push(centred(line, block.reasons.style, CX, y));
      y += lineHeight(block.reasons.style, REASON_SPACING);
    }
  }

  // Bottom left: the decision and the certificate's number, their last line level with the signer's name.
  const refs = [input.decisionRef, awardee.number].map((s) => nfc(s).trim()).filter(Boolean);
  const step = lineHeight(STYLE.reference, 1.3);
  let ry = BOTTOM.foot - lineHeight(STYLE.reference) - (refs.length - 1) * step;
  for (const ref of refs) {
    out.push(centred(ref, fitted(ref, STYLE.reference, BOTTOM.columnWidth), BOTTOM.leftCentre, ry));
    ry += step;
  }
  return out;
}

function pageContent(lines: Placed[], rule: Shared['rule']): Content[] {
  return [
    ...lines.map(textNode),
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: rule.width, y2: 0, lineWidth: LAYOUT.ruleThicknessPt }],
      absolutePosition: { x: rule.x, y: rule.y },
    },
  ];
}

/** The pdfmake definition of the whole batch (exported for tests and previews). */
export function certificatesDefinition(input: CertificatesInput): TDocumentDefinitions {
  const shared = sharedParts(input);
  const content: Content[] = input.awardees.map((awardee, i) => ({
    stack: pageContent(pageLines(input, shared, awardee), shared.rule),
    pageBreak: i > 0 ? 'before' : undefined,
  }));
  const author = upper(input.authorityLine).replace(/\s*\n\s*/g, ' ');
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [0, 0, 0, 0],
    language: 'vi-VN',
    info: {
      title: nfc(`${input.title} - ${input.decisionRef}`),
      subject: nfc(input.reason),
      author,
      creator: 'tongket',
      producer: 'tongket (pdfmake)',
    },
    defaultStyle: { font: PDF_FONT_FAMILY, fontSize: 14, lineHeight: 1 },
    background: () => border(),
    content,
  };
}

/** The certificates of a decision as one PDF: landscape A4, one page per awardee, in the given order. */
export async function renderCertificates(input: CertificatesInput): Promise<Buffer> {
  return renderPdfDefinition(certificatesDefinition(input));
}

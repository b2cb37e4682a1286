import {
  type Block,
  buildConsolidatedDocument,
  type Inline,
  type OfficialDocument,
} from '@tongket/documents/builders';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { consolidatedDocumentInput, type PrintedReport } from './consolidated-documents.ts';

/**
 * How many pages the printed consolidated report takes, reckoned in lines of body text (Times New
 * Roman 14 pt, 1.15 spacing, A4 with the Decree 30 margins) and laid on pages as the PDF does,
 * without rendering it. Measured on consolidated PDFs rendered by `@tongket/documents`
 * (`buildConsolidatedDocument` + `renderPdf`), counted with `pdfinfo`, `pdftotext -f N -l N` and
 * `readPdf`:
 * - one paragraph of 32,000 characters: 39 lines on every full page;
 * - the plan 2519 and Bình Dương seeds' sentences, one a paragraph: 2, 4 and 8 pages hold 23, 49
 *   and 96 of them (3,191, 7,365 and 15,998 characters) — 76 characters a line (short repeated
 *   words fit 80.8);
 * - 300 one-line paragraphs: 29 a page, so the 6 pt after a paragraph is 0.35 of a line;
 * - the longest single paragraph whose report still takes one page: 1,659 characters, 2,148
 *   once the signature and "Nơi nhận" are left out (so they take 6 lines), and 546 with ten more
 *   empty sections (so a heading is a line and its spacing); the header, "DỰ THẢO", "BÁO CÁO" and
 *   the summary with its rule take the first 8 lines of the first page.
 * `report-length.test.ts` checks the reckoning against reports rendered from the synthesis's text.
 */
export const LINES_PER_PAGE = 39;
const CHARS_PER_LINE = 76;
/** The 1.27 cm first-line indent of a body paragraph, in characters. */
const INDENT_CHARS = 7;
const PARAGRAPH_SPACE_LINES = 0.35;
/** National header, the draft mark, "BÁO CÁO" and the summary, ruled under. */
const HEADER_LINES = 8;
/** "Nơi nhận" beside the signature block, with the room left to sign; kept on one page. */
const CLOSING_LINES = 6;
/** A body line's height in points: 39 lines in the A4 page's 728 pt between its margins. */
const LINE_PT = 18.7;
/** Bold type (the headings) is about this much wider than regular. */
const BOLD_WIDTH = 1.08;
/** A paragraph is not split to leave fewer lines than this at the foot of a page. */
const ORPHAN_LINES = 2;

/** The lines a body paragraph of `chars` characters takes, its spacing after included. */
export function paragraphLines(chars: number): number {
  return Math.ceil((chars + INDENT_CHARS) / CHARS_PER_LINE) + PARAGRAPH_SPACE_LINES;
}

/** The lines one of the synthesis's sentences takes: each is a paragraph of its own. */
export const sentenceLines = (text: string): number => paragraphLines(text.length);

const runsLength = (runs: readonly Inline[]) =>
  runs.reduce((n, r) => n + (typeof r === 'string' ? r.length : r.text.length), 0);

/** A block as the page sees it: how many lines, and whether it must stay with what follows. */
interface Piece {
  lines: number;
  heading: boolean;
}

function pieces(block: Block): Piece[] {
  switch (block.kind) {
    case 'paragraph':
    case 'listItem':
      return [{ lines: paragraphLines(runsLength(block.runs)), heading: false }];
    case 'heading': {
      const chars = (block.label.length + 1 + block.text.length) * BOLD_WIDTH + runsLength(block.rest ?? []);
      return [{ lines: paragraphLines(chars), heading: !block.rest?.length }];
    }
    case 'table': {
      // A row is as tall as its longest cell wraps in a column of its share of the width.
      const total = block.columns.reduce((w, c) => w + c.weight, 0);
      return [...(block.header ?? []), ...block.rows].map((row) => ({
        lines:
          row.reduce((most, cell, i) => {
            const width = Math.max(1, (CHARS_PER_LINE * (block.columns[i]?.weight ?? 1)) / total - 2);
            return Math.max(most, Math.ceil(runsLength(cell) / width));
          }, 1) + PARAGRAPH_SPACE_LINES,
        heading: false,
      }));
    }
    case 'spacer':
      return [{ lines: block.pt / LINE_PT, heading: false }];
    case 'deferred':
      return block.blocks().flatMap(pieces);
    default:
      return [];
  }
}

export interface ReportLayout {
  /** Pages from the first to the signature. */
  pages: number;
  /** Lines used on the last of them. */
  lastPageLines: number;
}

/**
 * The report laid on pages: a paragraph runs on to the next page (not leaving a lone line at the
 * foot of one), a heading goes with the first lines after it, and the signature block is not split.
 */
export function documentLayout(document: OfficialDocument): ReportLayout {
  const list = document.body.flatMap(pieces);
  let pages = 1;
  let used = HEADER_LINES;
  const newPage = () => {
    pages++;
    used = 0;
  };
  list.forEach((piece, i) => {
    if (piece.heading) {
      const next = list[i + 1];
      const keep = piece.lines + (next && !next.heading ? Math.min(ORPHAN_LINES, next.lines) : 0);
      if (used > 0 && used + keep > LINES_PER_PAGE) newPage();
      used += piece.lines;
      return;
    }
    if (used + piece.lines > LINES_PER_PAGE && LINES_PER_PAGE - used < ORPHAN_LINES) newPage();
    used += piece.lines;
    while (used > LINES_PER_PAGE) {
      pages++;
      used -= LINES_PER_PAGE;
    }
  });
  if (document.signature || document.recipients?.length) {
    if (used + CLOSING_LINES > LINES_PER_PAGE) newPage();
    used += CLOSING_LINES;
  }
  return { pages, lastPageLines: used };
}

/** Lines past the last of `pages` pages (zero or less: the report fits them). */
export function linesOver(layout: ReportLayout, pages: number): number {
  return (layout.pages - pages - 1) * LINES_PER_PAGE + layout.lastPageLines;
}

/** The round's report printed with these sections' texts, laid on pages. */
export function reportLayout(campaign: StoredCampaign, report: PrintedReport, tree: UnitTree): ReportLayout {
  return documentLayout(buildConsolidatedDocument(consolidatedDocumentInput(campaign, report, tree)));
}

import { closeBody, formatPlaceDate } from './decree30.ts';
import { htmlToBlocks } from './html-blocks.ts';
import type { Block, OfficialDocument } from './model.ts';

/** One figure of a section as the outline asks for it: "Số người được cách ly: 1.234 người". */
export interface UnitReportFigure {
  name: string;
  unit: string;
  value: number | null;
  valueType: string;
}

export interface UnitReportDocumentInput {
  /** The unit's parent body: "UBND tỉnh Quảng Trị"; empty for a unit at the top of its tree. */
  parentBody: string;
  /** The unit itself: "Bộ Chỉ huy Quân sự tỉnh". */
  issuingBody: string;
  /** "Quảng Trị" */
  place: string;
  /** "125"; null or empty leaves the number for the records office ("Số:        /BC-…"). */
  number: string | null;
  /** Ký hiệu: "BC-BCHQS"; "BC-" when the unit gave none, so the clerk writes its abbreviation after it. */
  code: string;
  /** yyyy-mm-dd, or null to leave the day and month blank. */
  date: string | null;
  /** The year printed when the date is left blank. */
  year: number;
  /** The outline's summary: "Tổng kết công tác phòng, chống dịch Covid-19 giai đoạn 1". */
  summary: string;
  /** The plan it answers: "Kế hoạch số 2519/KH-UBND ngày 08/6/2020 của UBND tỉnh"; empty: no opening line. */
  planReference: string;
  /** The outline in reading order, each section with its printed number ("I.", "1.", "a)") and the unit's text. */
  sections: Array<{ label: string; title: string; depth: number; html: string; figures: UnitReportFigure[] }>;
  /** Nơi nhận: the round's standing unit, then "Lưu: VT". */
  recipients: string[];
  /** Title lines (upper case when printed) and the name; a placeholder when the unit gave none. */
  signature: { lines: string[]; name: string };
}

/** Blanks a clerk fills by hand on a printed paper. */
const BLANK = '\u00a0'.repeat(8);

/** A figure as Vietnamese writes it: 1.234; 97,25. */
export function formatFigure(value: number, valueType: string): string {
  const rounded = valueType === 'decimal' || !Number.isInteger(value) ? Math.round(value * 100) / 100 : value;
  return rounded.toLocaleString('vi-VN');
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * A unit's own report as an official document (Báo cáo, Decree 30): the unit's header, its number
 * (or a blank for the records office), place and date, "BÁO CÁO" and the round's summary, every
 * section of the outline with its number and the unit's text and figures, Nơi nhận and the
 * signature block. Not a draft: it is what the unit signs and files, though every blank left can
 * still be filled in Word.
 */
export function buildUnitReportDocument(input: UnitReportDocumentInput): OfficialDocument {
  const summary = input.summary.trim() || 'Báo cáo kết quả thực hiện';
  const body: Block[] = [];
  if (input.planReference.trim()) {
    body.push({
      kind: 'paragraph',
      runs: [
        `Thực hiện ${input.planReference.trim()}, ${input.issuingBody.replace(/\s*\n\s*/g, ' ')} báo cáo kết quả ${lowerFirst(summary)} như sau:`,
      ],
    });
  }
  for (const section of input.sections) {
    body.push({
      kind: 'heading',
      level: Math.min(section.depth + 1, 3) as 1 | 2 | 3,
      label: section.label,
      text: section.title,
    });
    body.push(...htmlToBlocks(section.html));
    const figures = section.figures.filter((f) => f.value !== null);
    figures.forEach((f, i) => {
      body.push({
        kind: 'listItem',
        runs: [
          `${f.name}: ${formatFigure(f.value as number, f.valueType)}${f.unit ? ` ${f.unit}` : ''}${i === figures.length - 1 ? '.' : ';'}`,
        ],
      });
    });
  }
  // The report's last lines go over with the signature: never a signature alone on its page.
  const last = body.at(-1);
  if (last?.kind === 'paragraph') last.keepWithNext = true;

  const number = input.number?.trim() ?? '';
  const code = input.code.trim() || 'BC-';
  const placeDate = input.date
    ? formatPlaceDate(input.place, new Date(`${input.date}T12:00:00+07:00`))
    : `${input.place}, ngày${BLANK}tháng${BLANK}năm ${input.year}`;
  const issuingBody = input.issuingBody.trim();
  return {
    header: {
      parentBody: input.parentBody.trim() || undefined,
      issuingBody,
      // "Số:        /BC-BCHQS" until the records office numbers it.
      number: number ? `${number}/${code}` : `/${code}`,
      placeDate,
    },
    docType: 'BÁO CÁO',
    summary: [summary],
    body: closeBody(body),
    signature: {
      lines: input.signature.lines.map((l) => l.trim()).filter(Boolean),
      name: input.signature.name.trim(),
    },
    recipients: input.recipients.filter((r) => r.trim() !== ''),
    metadata: {
      title: `Báo cáo ${number ? `${number}/${code}` : ''} ${summary}`.replace(/\s+/g, ' ').trim(),
      subject: summary,
      author: issuingBody.replace(/\s*\n\s*/g, ' '),
    },
  };
}

import { formatOfficialDate, toRoman } from '@tongket/domain';
import { closeBody, formatPlaceDate, referenceDate, upper } from './decree30.ts';
import type { Appendix, Block, Inline, OfficialDocument, ParagraphBlock, TableBlock } from './model.ts';

/** One line of the award list: a collective, a person, or a community exemplar (điển hình trong cộng đồng). */
export interface DecisionAwardee {
  kind: 'collective' | 'individual' | 'exemplar';
  /** A collective's name or a person's full name. */
  name: string;
  /** Chức vụ; an exemplar's may be empty. */
  position: string;
  /** Nơi công tác as the list prints it; the nominating unit stands in when it is empty. */
  workplace: string;
  /** The unit that nominated the awardee. */
  unitName: string;
}

export interface DecisionDocumentInput {
  status: 'draft' | 'issued';
  /** '' for a provincial committee, which has no parent line. */
  parentBody: string;
  /** 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ' */
  issuingBody: string;
  /** 'Quảng Trị' */
  place: string;
  /** '1234', or '' on a draft. */
  docNumber: string;
  /** 'QĐ-UBND' */
  docCode: string;
  /** 'yyyy-mm-dd', the signing date; null on a draft. */
  docDate: string | null;
  /** Trích yếu, bold centred under "QUYẾT ĐỊNH" (a "\n" breaks it where the clerk wants). */
  summary: string;
  /** 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ': who decides, bold centred under the summary. */
  authorityLine: string;
  /** Căn cứ lines, italic: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'. */
  bases: string[];
  /** 'Xét đề nghị của Trưởng Ban Thi đua - Khen thưởng tỉnh.' (italic). */
  proposal: string;
  /** 'Bằng khen của Chủ tịch UBND tỉnh' */
  awardName: string;
  /** 'đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 giai đoạn 1' */
  reason: string;
  /** Điều 3: who carries the decision out. */
  executors: string;
  /** Nơi nhận; the last is 'Lưu: VT, TĐKT'. */
  recipients: string[];
  signature: { lines: string[]; name: string };
  /** How the list's subtitle names the signer: 'Chủ tịch UBND tỉnh'. */
  issuerShortName: string;
  /** In the order to print. */
  awardees: DecisionAwardee[];
}

/** Counts as decisions print them: a zero before numbers under 10 ("03 tập thể"). */
export function decisionCount(n: number): string {
  return String(n).padStart(2, '0');
}

/** Blanks a clerk fills by hand on a printed draft. */
const BLANK = '\u00a0'.repeat(8);

const sentence = (text: string) => text.trim().replace(/[\s.;,]+$/, '');

/** "03 tập thể và 06 cá nhân": only the kinds present; community exemplars count as individuals. */
function awardeeCounts(collectives: number, people: number): string {
  const parts: string[] = [];
  if (collectives > 0) parts.push(`${decisionCount(collectives)} tập thể`);
  if (people > 0) parts.push(`${decisionCount(people)} cá nhân`);
  return parts.length > 0 ? parts.join(' và ') : 'các tập thể, cá nhân';
}

/** "Các tập thể, cá nhân" — or only the kind present. */
function awardeeSubject(collectives: number, people: number): string {
  if (collectives > 0 && people === 0) return 'tập thể';
  if (people > 0 && collectives === 0) return 'cá nhân';
  return 'tập thể, cá nhân';
}

/** Extra space around the authority line and "QUYẾT ĐỊNH:", on top of a paragraph's own. */
const SPACE_PT = 3;

const article = (n: number, ...rest: Inline[]): ParagraphBlock => ({
  kind: 'paragraph',
  runs: [{ text: `Điều ${n}.`, bold: true }, ' ', ...rest],
});

const centredBold = (text: string, keepWithNext = true): Block => ({
  kind: 'paragraph',
  runs: [{ text, bold: true }],
  align: 'center',
  firstLineIndent: false,
  keepWithNext,
});

const cell = (...runs: Inline[]): Inline[] => runs.filter((r) => (typeof r === 'string' ? r : r.text) !== '');

/** A list section: "I. TẬP THỂ" in bold, kept with its table. */
function section(number: number, title: string, table: TableBlock): Block[] {
  return [
    {
      kind: 'paragraph',
      runs: [{ text: `${toRoman(number)}. ${title}`, bold: true }],
      align: 'left',
      firstLineIndent: false,
      keepWithNext: true,
    },
    table,
    { kind: 'spacer', pt: 6 },
  ];
}

const headerRow = (...titles: string[]): Inline[][] => titles.map((t) => [t]);

function collectivesTable(rows: DecisionAwardee[]): TableBlock {
  // The nominating unit gets its own column only where some collective is not the unit itself.
  const withUnit = rows.some((a) => a.unitName.trim() !== '' && a.unitName.trim() !== a.name.trim());
  return withUnit
    ? {
        kind: 'table',
        columns: [{ weight: 1.3, align: 'center' }, { weight: 8.4 }, { weight: 5.5 }],
        header: [headerRow('STT', 'Tên tập thể', 'Thuộc đơn vị')],
        rows: rows.map((a, i) => [
          [String(i + 1)],
          cell(a.name),
          cell(a.unitName.trim() === a.name.trim() ? '' : a.unitName),
        ]),
      }
    : {
        kind: 'table',
        columns: [{ weight: 1.3, align: 'center' }, { weight: 13.9 }],
        header: [headerRow('STT', 'Tên tập thể')],
        rows: rows.map((a, i) => [[String(i + 1)], cell(a.name)]),
      };
}

function individualsTable(rows: DecisionAwardee[]): TableBlock {
  return {
    kind: 'table',
    columns: [{ weight: 1.3, align: 'center' }, { weight: 4.2 }, { weight: 4.2 }, { weight: 5.5 }],
    header: [headerRow('STT', 'Họ và tên', 'Chức vụ', 'Đơn vị công tác')],
    rows: rows.map((a, i) => [
      [String(i + 1)],
      cell(a.name),
      cell(a.position),
      cell(a.workplace.trim() || a.unitName),
    ]),
  };
}

function exemplarsTable(rows: DecisionAwardee[]): TableBlock {
  return {
    kind: 'table',
    columns: [{ weight: 1.3, align: 'center' }, { weight: 4.4 }, { weight: 9.5 }],
    header: [headerRow('STT', 'Họ và tên', 'Địa chỉ, đơn vị')],
    rows: rows.map((a, i) => [
      [String(i + 1)],
      cell(a.name),
      cell(
        [a.position, a.workplace.trim() || a.unitName]
          .map((s) => s.trim())
          .filter(Boolean)
          .join(', '),
      ),
    ]),
  };
}

/**
 * Where a title line would not fit the width of the page at 14 pt bold (about 44 capitals), the
 * award's name starts its own line rather than leaving its last word alone on the next.
 */
const TITLE_LINE_CHARS = 44;
/** The same for the italic subtitle "(Kèm theo Quyết định số … của …)" at 14 pt. */
const SUBTITLE_LINE_CHARS = 66;

/**
 * An award decision (Quyết định khen thưởng) as a province issues it: header, "QUYẾT ĐỊNH" and its
 * summary, the deciding authority, the căn cứ and the proposal in italics, "QUYẾT ĐỊNH:", Điều 1
 * (who is awarded, counted), Điều 2 (the award and the money), Điều 3 (who carries it out), Nơi nhận
 * and the signature; the list of awardees attached on a new page, in sections for collectives,
 * individuals and community exemplars — only those present, numbered I, II… in that order.
 *
 * A draft prints "DỰ THẢO" and leaves the number and the date blank for the clerk, whatever the input
 * carries: both are given when the decision is signed.
 */
export function buildDecisionDocument(input: DecisionDocumentInput): OfficialDocument {
  const draft = input.status === 'draft';
  const collectives = input.awardees.filter((a) => a.kind === 'collective');
  const individuals = input.awardees.filter((a) => a.kind === 'individual');
  const exemplars = input.awardees.filter((a) => a.kind === 'exemplar');
  const people = individuals.length + exemplars.length;
  const awardName = input.awardName.trim();
  const subject = awardeeSubject(collectives.length, people);

  const reference = !draft && input.docNumber.trim() ? `${input.docNumber.trim()}/${input.docCode}` : '';
  const docDate = draft ? null : input.docDate;
  const year = Number(docDate?.slice(0, 4)) || new Date().getFullYear();
  const placeDate = docDate
    ? formatPlaceDate(input.place, new Date(`${docDate}T12:00:00+07:00`))
    : `${input.place}, ngày${BLANK}tháng${BLANK}năm ${year}`;

  const reason = sentence(input.reason);
  const body: Block[] = [
    centredBold(upper(input.authorityLine).replace(/\s*\n\s*/g, ' ')),
    { kind: 'spacer', pt: SPACE_PT },
    ...input.bases
      .map((b) => b.trim())
      .filter(Boolean)
      .map((b): Block => ({ kind: 'paragraph', runs: [{ text: b, italic: true }] })),
  ];
  if (input.proposal.trim()) {
    body.push({ kind: 'paragraph', runs: [{ text: input.proposal.trim(), italic: true }] });
  }
  body.push(
    { kind: 'spacer', pt: SPACE_PT },
    centredBold('QUYẾT ĐỊNH:'),
    { kind: 'spacer', pt: SPACE_PT },
    article(
      1,
      `Tặng ${awardName} cho ${awardeeCounts(collectives.length, people)} (có danh sách kèm theo)${reason ? ` ${reason}` : ''}.`,
    ),
    article(
      2,
      `Các ${subject} có tên tại Điều 1 được nhận ${awardName} và tiền thưởng theo quy định hiện hành.`,
    ),
    // The signature never stands alone on a page: Điều 3 goes over with it.
    { ...article(3, input.executors.trim()), keepWithNext: true },
  );

  const sections: Block[] = [];
  let n = 0;
  if (collectives.length > 0) sections.push(...section(++n, 'TẬP THỂ', collectivesTable(collectives)));
  if (individuals.length > 0) sections.push(...section(++n, 'CÁ NHÂN', individualsTable(individuals)));
  if (exemplars.length > 0) {
    sections.push(...section(++n, 'ĐIỂN HÌNH TRONG CỘNG ĐỒNG', exemplarsTable(exemplars)));
  }
  // The list's last spacer would only push an empty line onto a new page.
  if (sections.at(-1)?.kind === 'spacer') sections.pop();

  const whom = `${upper(subject)} ĐƯỢC TẶNG`;
  const award = upper(awardName);
  const title =
    `${whom} ${award}`.length > TITLE_LINE_CHARS
      ? ['DANH SÁCH', whom, award]
      : ['DANH SÁCH', `${whom} ${award}`];
  const number = reference || `${BLANK}/${input.docCode}`;
  const dated = referenceDate(docDate && formatOfficialDate(docDate), year);
  const which = `Kèm theo Quyết định số ${number} ${dated}`;
  const issuer = `của ${input.issuerShortName.trim()}`;
  const appendix: Appendix = {
    title,
    // Too long for one line, it breaks before the issuer rather than leave a word alone on the next.
    subtitle: `(${which}${`${which} ${issuer}`.length > SUBTITLE_LINE_CHARS ? ' \n' : ' '}${issuer})`,
    body: sections,
  };

  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
  return {
    header: {
      parentBody: input.parentBody.trim() || undefined,
      issuingBody: input.issuingBody,
      number: reference || `/${input.docCode}`,
      placeDate,
    },
    docType: 'QUYẾT ĐỊNH',
    summary: input.summary
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    body: closeBody(body),
    signature: { lines: input.signature.lines.filter((l) => l.trim() !== ''), name: input.signature.name },
    recipients: input.recipients.filter((r) => r.trim() !== ''),
    appendices: input.awardees.length > 0 ? [appendix] : [],
    draft,
    metadata: {
      title: `Quyết định ${reference}`.trim(),
      subject: oneLine(input.summary),
      author: oneLine(input.issuingBody),
    },
  };
}

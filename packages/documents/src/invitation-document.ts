import { formatPlaceDate } from './decree30.ts';
import type { Block, Inline, OfficialDocument, ParagraphBlock, TableBlock } from './model.ts';

/** Blanks a clerk fills by hand. */
const BLANK = '\u00a0'.repeat(8);
const DOTS = '…'.repeat(24);

/** Who an invitation is for; absent on the blank form a clerk fills by hand. */
export interface Invitee {
  /** "Ông", "Bà" or "Ông/Bà". */
  salutation: string;
  name: string;
  /** Chức vụ: "Phó Giám đốc"; may be empty. */
  title: string;
  /** Đơn vị: "Sở Y tế"; may be empty. */
  unitName: string;
}

export interface InvitationDocumentInput {
  /** '' for a provincial committee, which has no parent line. */
  parentBody: string;
  /** 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ' */
  issuingBody: string;
  /** Who invites, as a sentence names it: 'Ủy ban nhân dân tỉnh Quảng Trị'. */
  inviter: string;
  place: string;
  /** '' until the records office gives one. */
  docNumber: string;
  /** 'GM-UBND' */
  docCode: string;
  /** yyyy-mm-dd, or null: the day is left blank. */
  docDate: string | null;
  /** 'Hội nghị tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19' */
  conferenceTitle: string;
  invitee: Invitee | null;
  /**
   * Without an invitee: whom the one invitation of the agency is for ("Các đại biểu theo thành phần
   * tại Kế hoạch số …"), printed instead of the blank a clerk fills by hand — the invitation signed
   * and released once for every delegate.
   */
  audience?: string | undefined;
  /** What the conference is for, one paragraph per entry; none leaves the line out. */
  content: string[];
  /** 'Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh'; empty leaves the line out. */
  chair: string;
  /** '07 giờ 30 phút, thứ Năm, ngày 18 tháng 6 năm 2020' */
  time: string;
  venue: string;
  /** The delegate's check-in code: a QR code with the code printed under it. */
  checkinCode?: string | undefined;
  signature: { lines: string[]; name: string };
  /** Nơi nhận; default 'Như trên' and 'Lưu: VT'. */
  recipients?: string[];
}

/** True when `text` already names `what` ("Giám đốc Sở Y tế" names "Sở Y tế"): it is not printed twice. */
export function mentions(text: string, what: string): boolean {
  const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  return what.trim() !== '' && fold(text).includes(fold(what));
}

const sentence = (text: string) => text.trim().replace(/[\s.;,]+$/, '');
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** "Thời gian: …" — the label bold, the rest in regular type, closed by a full stop. */
function labelled(label: string, text: string): ParagraphBlock {
  return { kind: 'paragraph', runs: [{ text: `${label}: `, bold: true }, `${sentence(text)}.`] };
}

/**
 * A Giấy mời (invitation) to the conference, in the Decree 30 format: the header with its GM
 * number, "GIẤY MỜI" and the summary "Dự Hội nghị …", who invites whom (salutation, name, title,
 * unit), what for, who chairs, when and where, the check-in QR code, the signature and Nơi nhận.
 * One page: a combined file prints one invitation per page.
 */
export function buildInvitationDocument(input: InvitationDocumentInput): OfficialDocument {
  const year = Number(input.docDate?.slice(0, 4)) || new Date().getFullYear();
  const placeDate = input.docDate
    ? formatPlaceDate(input.place, new Date(`${input.docDate}T12:00:00+07:00`))
    : `${input.place}, ngày${BLANK}tháng${BLANK}năm ${year}`;
  const number = input.docNumber.trim() ? `${input.docNumber.trim()}/${input.docCode}` : `/${input.docCode}`;
  const title = sentence(input.conferenceTitle);
  const who = input.invitee;

  const inviteeRuns: Inline[] = who
    ? [
        `${who.salutation} `,
        { text: who.name, bold: true },
        ...[who.title, mentions(who.title, who.unitName) ? '' : who.unitName]
          .map((s) => s.trim())
          .filter(Boolean)
          .map((s) => `, ${s}`),
      ]
    : input.audience
      ? [{ text: sentence(input.audience), bold: true }]
      : [`Ông/Bà: ${DOTS}`];
  const body: Block[] = [
    { kind: 'paragraph', runs: [`${input.inviter.trim()} trân trọng kính mời:`] },
    { kind: 'paragraph', runs: inviteeRuns, align: 'center', firstLineIndent: false },
    { kind: 'paragraph', runs: [`Tới dự ${title}.`] },
  ];
  const content = input.content.map(sentence).filter(Boolean);
  if (content.length === 1) body.push(labelled('Nội dung', content[0] as string));
  else if (content.length > 1) {
    body.push({ kind: 'paragraph', runs: [{ text: 'Nội dung:', bold: true }], keepWithNext: true });
    content.forEach((c, i) => {
      body.push({ kind: 'listItem', runs: [`${c}${i === content.length - 1 ? '.' : ';'}`] });
    });
  }
  if (input.chair.trim()) body.push(labelled('Chủ trì', input.chair));
  body.push(labelled('Thời gian', input.time || BLANK));
  body.push(labelled('Địa điểm', input.venue || BLANK));
  const you = who ? lowerFirst(who.salutation) : 'Ông/Bà';
  body.push({
    kind: 'paragraph',
    runs: [
      `Rất mong ${who ? who.salutation : input.audience ? 'Quý đại biểu' : 'Ông/Bà'} sắp xếp thời gian đến dự đúng giờ./.`,
    ],
    keepWithNext: !input.checkinCode,
  });
  if (input.checkinCode) {
    body.push({
      kind: 'qr',
      text: input.checkinCode,
      caption: `Mã điểm danh: ${input.checkinCode}`,
      sizePt: 78,
      align: 'center',
    });
  }
  return {
    header: {
      parentBody: input.parentBody.trim() || undefined,
      issuingBody: input.issuingBody,
      number,
      placeDate,
    },
    docType: 'GIẤY MỜI',
    summary: splitTitle(`Dự ${title}`),
    body,
    signature: { lines: input.signature.lines.filter((l) => l.trim() !== ''), name: input.signature.name },
    recipients: input.recipients ?? ['Như trên', 'Lưu: VT'],
    metadata: {
      title: who ? `Giấy mời ${you} ${who.name}` : 'Giấy mời',
      subject: `Dự ${title}`,
      author: input.issuingBody.replace(/\s*\n\s*/g, ' '),
    },
  };
}

/** One line of a printed programme. */
export interface AgendaRow {
  /** "07h30 - 08h00", or empty while the time is not worked out. */
  time: string;
  title: string;
  /** Who presents it: "Sở Y tế", "Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh". */
  presenter: string;
}

export interface AgendaDocumentInput {
  parentBody: string;
  issuingBody: string;
  place: string;
  /** The conference date (yyyy-mm-dd), or null: the day is left blank. */
  date: string | null;
  conferenceTitle: string;
  time: string;
  venue: string;
  chair: string;
  rows: AgendaRow[];
}

/**
 * The conference programme (Chương trình hội nghị) to print and hand out: the issuing body's
 * header without a number, "CHƯƠNG TRÌNH" and the conference's name, when, where and who chairs,
 * then the table of time, item and presenter.
 */
export function buildAgendaDocument(input: AgendaDocumentInput): OfficialDocument {
  const year = Number(input.date?.slice(0, 4)) || new Date().getFullYear();
  const placeDate = input.date
    ? formatPlaceDate(input.place, new Date(`${input.date}T12:00:00+07:00`))
    : `${input.place}, ngày${BLANK}tháng${BLANK}năm ${year}`;
  const body: Block[] = [
    labelled('Thời gian', input.time || BLANK),
    labelled('Địa điểm', input.venue || BLANK),
  ];
  if (input.chair.trim()) body.push(labelled('Chủ trì', input.chair));
  const table: TableBlock = {
    kind: 'table',
    columns: [
      { weight: 1, align: 'center' },
      { weight: 3.4, align: 'center' },
      { weight: 6.8 },
      { weight: 4.4 },
    ],
    header: [[['TT'], ['Thời gian'], ['Nội dung'], ['Thực hiện']]],
    rows: input.rows.map((r, i) => [[String(i + 1)], [r.time], [r.title], [r.presenter]]),
  };
  body.push({ kind: 'spacer', pt: 4 }, table);
  const title = sentence(input.conferenceTitle);
  return {
    header: {
      parentBody: input.parentBody.trim() || undefined,
      issuingBody: input.issuingBody,
      number: null,
      placeDate,
    },
    docType: 'CHƯƠNG TRÌNH',
    summary: splitTitle(title),
    body,
    metadata: {
      title: `Chương trình ${lowerFirst(title)}`,
      subject: title,
      author: input.issuingBody.replace(/\s*\n\s*/g, ' '),
    },
  };
}

/**
 * A long title on two lines, broken where a clerk would: before "công tác" (or "về", "trong") when
 * both lines fit, else at the most balanced space (14 pt bold fits about 60 characters a line).
 */
function splitTitle(title: string): string[] {
  if (title.length <= 60) return [title];
  const words = title.split(' ');
  const fits = (i: number) =>
    words.slice(0, i).join(' ').length <= 62 && words.slice(i).join(' ').length <= 62;
  for (let i = words.length - 1; i > 0; i--) {
    const next = `${words[i]} ${words[i + 1] ?? ''}`.toLocaleLowerCase('vi');
    if ((next.startsWith('công tác') || words[i] === 'về' || words[i] === 'trong') && fits(i)) {
      return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    }
  }
  let best = [title];
  let bestDiff = Number.POSITIVE_INFINITY;
  for (let i = 1; i < words.length; i++) {
    const diff = Math.abs(words.slice(0, i).join(' ').length - words.slice(i).join(' ').length);
    if (diff < bestDiff && fits(i)) {
      best = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
      bestDiff = diff;
    }
  }
  return best;
}

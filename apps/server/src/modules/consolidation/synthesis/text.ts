import { nfc } from '@tongket/domain';
import { Parser } from 'htmlparser2';

/**
 * Report text as the synthesis reads it: HTML → sentences (a list item or a table row is one),
 * and each sentence → tokens for comparing (Vietnamese syllables lower-cased with their diacritics,
 * common compounds joined, function words dropped, figures reduced to one token).
 */

export interface Piece {
  /** The sentence as written, NFC, spaces collapsed. */
  text: string;
  /** A table row: kept in the sources, not rewritten into prose. */
  table: boolean;
}

/** Abbreviations that end with a full stop without ending the sentence ("TP. Đông Hà"). */
const ABBREVIATION = /(?:^|[\s(])(?:tp|tx|tt|ths|ts|pgs|gs|bs|bsck|ks|cn|v\.v|ubnd|hđnd|q|p|x|h|st|no)\.$/i;

/** Splits a paragraph into sentences at ". ", "! ", "? ", "… " before a capital, a digit or a quote. */
export function splitSentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?…])\s+(?=[\p{Lu}\d"“‘(–-])/u);
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last !== undefined && ABBREVIATION.test(last)) out[out.length - 1] = `${last} ${part}`;
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * Whitespace to collapse to one space: a run of two or more, or one that is not a plain space. The
 * same result as replacing every `\s+`, without rewriting each single space of a long text.
 */
const LOOSE_SPACE = /\s{2,}|[^\S ]/g;

/** Elements that end a line of text. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'table',
]);

/**
 * A unit's text for a section, as sentences in reading order: paragraphs, list items and line
 * breaks separate; a table row is one piece, its cells joined by " | ".
 */
export function htmlPieces(html: string): Piece[] {
  const out: Piece[] = [];
  let line = '';
  let row: string[] | null = null;
  let cell = '';
  let inCell = false;
  const flushLine = () => {
    const text = line.replace(LOOSE_SPACE, ' ').trim();
    line = '';
    if (text) for (const s of splitSentences(text)) out.push({ text: s, table: false });
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'tr') row = [];
        else if (name === 'td' || name === 'th') {
          inCell = true;
          cell = '';
        } else if (name === 'br') {
          if (inCell) cell += ' ';
          else flushLine();
        } else if (BLOCKS.has(name) && !inCell) flushLine();
      },
      ontext(text) {
        if (inCell) cell += text;
        else if (row === null) line += text;
      },
      onclosetag(name) {
        if (name === 'td' || name === 'th') {
          inCell = false;
          const text = cell.replace(LOOSE_SPACE, ' ').trim();
          if (text && row) row.push(text);
        } else if (name === 'tr') {
          if (row && row.length > 0) out.push({ text: row.join(' | '), table: true });
          row = null;
        } else if (BLOCKS.has(name) && !inCell) flushLine();
      },
    },
    { decodeEntities: true },
  );
  parser.write(nfc(html));
  parser.end();
  flushLine();
  return out;
}

/** "- ", "+ ", "• ", "a) ", "1. ", "2/ " at the head of an item: layout, not content. */
const LEADING_MARKER = /^(?:[-–+•*]\s*|\(?[a-zđ0-9]{1,3}[)./]\s+)/iu;

export function stripMarker(text: string): string {
  return text.replace(LEADING_MARKER, '').trim();
}

const LETTERS = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;

/** Written in capitals throughout (at least a few words' worth of letters). */
export function isAllCaps(text: string): boolean {
  // Most sentences show it in their first words: lower-case runs and no capitals run.
  if (/\p{Ll}{3}/u.test(text.slice(0, 60))) return false;
  const letters = text.match(LETTERS)?.length ?? 0;
  if (letters < 12) return false;
  return (text.match(UPPER)?.length ?? 0) / letters > 0.85;
}

/** "ĐÃ TỔ CHỨC 12 CUỘC KIỂM TRA" → "Đã tổ chức 12 cuộc kiểm tra". */
export function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return upperFirst(lower);
}

export function upperFirst(text: string): string {
  const at = text.search(/\p{L}/u);
  if (at < 0) return text;
  return text.slice(0, at) + text.charAt(at).toLocaleUpperCase('vi') + text.slice(at + 1);
}

export function lowerFirst(text: string): string {
  // An abbreviation or a name keeps its capital ("UBND", "COVID-19", "Sở Y tế").
  const first = text.split(/\s/, 1)[0] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

// ── Figures ─────────────────────────────────────────────────────────────────────────────────

/**
 * A figure as Vietnamese writes it: "1.234.567", "2,5", "37". Not one glued to a word
 * ("COVID-19", "SARS-CoV-2", "F0"), which is part of a name.
 */
export const FIGURE = /(?<![\p{L}\p{N}\-_])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{L}\p{N}])/gu;

export function parseFigure(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

/** One formatter for every figure: `toLocaleString` builds one on each call. */
const FIGURE_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatFigure(value: number): string {
  return FIGURE_FORMAT.format(value);
}

export interface FigureAt {
  value: number;
  start: number;
  end: number;
  /** A figure that is not a count to add up: a percentage, a date, "24/24", "lần thứ 2", a document number. */
  additive: boolean;
}

const NOT_A_COUNT_BEFORE = /(?:thứ|số|năm|ngày|tháng|giai đoạn|khóa|lần thứ|\/|điều|khoản|quý|đợt)\s*$/iu;
const NOT_A_COUNT_AFTER = /^\s*(?:%|\/|phần trăm|-[\p{L}])/iu;

export function figuresIn(text: string): FigureAt[] {
  const out: FigureAt[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 14), start);
    const after = text.slice(end, end + 12);
    out.push({
      value: parseFigure(m[0]),
      start,
      end,
      additive: !NOT_A_COUNT_BEFORE.test(before) && !NOT_A_COUNT_AFTER.test(after),
    });
  }
  return out;
}

// ── Tokens ──────────────────────────────────────────────────────────────────────────────────

/**
 * Function words, and the words every report on the subject uses: they say nothing about what a
 * sentence is about. Negations are kept. A phrase of several syllables is joined first, then dropped.
 */
const STOP_PHRASES = [
  ...'và của các những là có được đã đang sẽ cho với trong trên tại để từ theo về này đó một nhiều cũng thì mà như khi vào ra lại bị do nên hoặc đến hơn rất vẫn nhằm qua bằng sau trước cùng đều luôn việc nhất mọi số nhau nơi ở hết đây ấy'.split(
    ' ',
  ),
  'tất cả',
  'kịp thời',
  'thường xuyên',
  'tiếp tục',
  'đồng thời',
  'ngoài ra',
  'bên cạnh',
  'đơn vị',
  'địa phương',
  'cơ quan',
  'công tác',
  'thực hiện',
  'triển khai',
  'tổ chức',
  'tiến hành',
].map((w) => w.normalize('NFC'));
const STOP_WORDS = new Set(STOP_PHRASES);

/** Words that say the same thing, compared as one. */
const SYNONYMS = new Map([
  ['nhân dân', 'người dân'],
  ['phòng dịch', 'phòng chống'],
  ['kiến nghị', 'đề nghị'],
  ['đề xuất', 'đề nghị'],
]);

/**
 * Words of two to four syllables joined as one token, so "cách ly" is one thing and not "cách" +
 * "ly". A short list of the words reports on an epidemic response use most; the rest stay syllables.
 */
const COMPOUNDS = new Set(
  [
    'phòng chống',
    'phòng bệnh',
    'dịch bệnh',
    'cách ly',
    'cách ly tập trung',
    'xét nghiệm',
    'khẩu trang',
    'tuyên truyền',
    'kiểm tra',
    'giám sát',
    'y tế',
    'khai báo',
    'khai báo y tế',
    'ban chỉ đạo',
    'chỉ đạo',
    'điều hành',
    'chính phủ',
    'thủ tướng',
    'trung ương',
    'kinh phí',
    'ngân sách',
    'trang thiết bị',
    'thiết bị',
    'vật tư',
    'hóa chất',
    'người dân',
    'công dân',
    'cộng đồng',
    'hỗ trợ',
    'kinh tế',
    'xã hội',
    'kinh tế xã hội',
    'giãn cách',
    'giãn cách xã hội',
    'biên giới',
    'đường mòn',
    'lối mở',
    'nhập cảnh',
    'xuất cảnh',
    'lực lượng',
    'vũ trang',
    'quân đội',
    'công an',
    'biên phòng',
    'bộ đội',
    'tình nguyện',
    'thanh niên',
    'đoàn viên',
    'hội viên',
    'phụ nữ',
    'nông dân',
    'doanh nghiệp',
    'nhu yếu phẩm',
    'lương thực',
    'thực phẩm',
    'truyền thông',
    'báo chí',
    'mạng xã hội',
    'tờ rơi',
    'áp phích',
    'loa truyền thanh',
    'truyền thanh',
    'phóng sự',
    'tập huấn',
    'chuyên môn',
    'điều trị',
    'bệnh viện',
    'trạm y tế',
    'tuyến đầu',
    'tuyến cơ sở',
    'cơ sở',
    'cơ sở vật chất',
    'nhân lực',
    'cán bộ',
    'chính quyền',
    'hệ thống chính trị',
    'chính trị',
    'an ninh',
    'trật tự',
    'an ninh trật tự',
    'vệ sinh',
    'môi trường',
    'khử khuẩn',
    'sát khuẩn',
    'rửa tay',
    'tụ tập',
    'đông người',
    'vùng dịch',
    'ổ dịch',
    'lây lan',
    'lây nhiễm',
    'dương tính',
    'âm tính',
    'kế hoạch',
    'phương án',
    'kịch bản',
    'văn bản',
    'chỉ thị',
    'nghị quyết',
    'quyết định',
    'thông báo',
    'công văn',
    'quán triệt',
    'kiện toàn',
    'phân công',
    'phối hợp',
    'chặt chẽ',
    'hiệu quả',
    'kết quả',
    'khó khăn',
    'thuận lợi',
    'hạn chế',
    'tồn tại',
    'kinh nghiệm',
    'bài học',
    'kiến nghị',
    'đề nghị',
    'đề xuất',
    'chính sách',
    'chế độ',
    'trực chốt',
    'chốt kiểm soát',
    'kiểm soát',
    'vận động',
    'ủng hộ',
    'quyên góp',
    'đồng bào',
    'dân tộc thiểu số',
    'dân tộc',
    'thiểu số',
    'học sinh',
    'sinh viên',
    'trường học',
    'giáo dục',
    'người lao động',
    'lao động',
    'việc làm',
    'du lịch',
    'vận tải',
    'giao thông',
    'ứng dụng',
    'công nghệ thông tin',
    'công nghệ',
    'thông tin',
    'trực tuyến',
    'chủ quan',
    'lơ là',
    'sẵn sàng',
    'ứng phó',
    'khẩn trương',
    'nghiêm túc',
    'thường trực',
    'khu vực',
    'địa bàn',
    'thôn bản',
    'khu dân cư',
    'tổ covid cộng đồng',
    'đồng thuận',
    'chấp hành',
    'quy định',
    'siêu thị',
    'nhân dân',
    'phòng dịch',
    'bổ sung',
    'quân sự',
    'sinh phẩm',
    'mức chi',
    ...STOP_PHRASES.filter((w) => w.includes(' ')),
  ].map((w) => w.normalize('NFC')),
);

/** First syllables of the compounds: most syllables start none, and are taken alone at once. */
const COMPOUND_HEADS = new Set([...COMPOUNDS].map((w) => w.split(' ')[0] as string));

/** The token a figure becomes: sentences that differ only in their figures compare as equal. */
export const FIGURE_TOKEN = '#';

/**
 * The tokens of a sentence for comparing it with others. `without` (the writing unit's own name)
 * is left out, so that "Sở Y tế đã …" and "Công an tỉnh đã …" compare on what they did.
 */
export function tokenize(text: string, without?: string): string[] {
  return tokenizeLower(nfc(text).toLowerCase(), without && nfc(without).toLowerCase());
}

/** `tokenize` of a text (and a name) already lower-cased. */
export function tokenizeLower(lowerText: string, lowerName?: string): string[] {
  let lower = lowerText;
  if (lowerName && lowerName.length > 2 && lower.includes(lowerName))
    lower = lower.split(lowerName).join(' ');
  // Syllables: runs of letters (with their marks) and digits; everything else separates. A figure
  // ("1.250", "2,5", "24/24") is one token whatever its value.
  const syllables = lower.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  const n = syllables.length;
  for (let i = 0; i < n; ) {
    const one = syllables[i] as string;
    const code = one.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      if (out.at(-1) !== FIGURE_TOKEN) out.push(FIGURE_TOKEN);
      i++;
      continue;
    }
    let token = one;
    let taken = 1;
    if (i + 1 < n && COMPOUND_HEADS.has(one)) {
      const two = `${one} ${syllables[i + 1]}`;
      const three = i + 2 < n ? `${two} ${syllables[i + 2]}` : '';
      const four = three && i + 3 < n ? `${three} ${syllables[i + 3]}` : '';
      if (four && COMPOUNDS.has(four)) {
        token = four;
        taken = 4;
      } else if (three && COMPOUNDS.has(three)) {
        token = three;
        taken = 3;
      } else if (COMPOUNDS.has(two)) {
        token = two;
        taken = 2;
      }
    }
    i += taken;
    if (STOP_WORDS.has(token)) continue;
    out.push(SYNONYMS.get(token) ?? token);
  }
  return out;
}

/**
 * A named place, person or example: two or more capitalised syllables in a row past the
 * sentence's first word, other than the institutions every report names.
 */
const COMMON_NAMES =
  /Ban Chỉ đạo|Thủ tướng|Chính phủ|Trung ương|Tỉnh ủy|Huyện ủy|Thành ủy|Ủy ban|UBND|HĐND|Mặt trận|Bộ Y tế|Sở Y tế|COVID|Covid|SARS-CoV-2|Hội Liên hiệp|Đoàn Thanh niên|Việt Nam/gu;

export function namesSomething(text: string, unitName: string): boolean {
  const rest = text.replace(unitName, ' ').replace(COMMON_NAMES, ' ');
  const words = rest.split(/\s+/).slice(1);
  let run = 0;
  for (const w of words) {
    if (/^[“"(]?\p{Lu}/u.test(w)) {
      run++;
      if (run >= 2) return true;
    } else run = 0;
  }
  return false;
}

import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildDecisionDocument,
  type DecisionAwardee,
  type DecisionDocumentInput,
} from './decision-document.ts';
import type { Block, OfficialDocument, TableBlock } from './model.ts';
import { renderDocx } from './render-docx.ts';
import { renderPdf } from './render-pdf.ts';
import { type DocxContent, type PdfContent, readDocx, readPdf } from './testing/index.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const collective = (name: string, unitName: string): DecisionAwardee => ({
  kind: 'collective',
  name,
  position: '',
  workplace: '',
  unitName,
});
const individual = (
  name: string,
  position: string,
  workplace: string,
  unitName = workplace,
): DecisionAwardee => ({
  kind: 'individual',
  name,
  position,
  workplace,
  unitName,
});
const exemplar = (name: string, workplace: string): DecisionAwardee => ({
  kind: 'exemplar',
  name,
  position: '',
  workplace,
  unitName: 'Ủy ban MTTQ Việt Nam tỉnh',
});

const AWARDEES: DecisionAwardee[] = [
  collective('Trung tâm Kiểm soát bệnh tật tỉnh', 'Sở Y tế'),
  collective('Khoa Truyền nhiễm, Bệnh viện Đa khoa tỉnh', 'Sở Y tế'),
  collective('Đồn Biên phòng Cửa khẩu Lao Bảo', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh'),
  individual('Nguyễn Thị Hường', 'Phó Giám đốc', 'Sở Y tế'),
  individual('Lê Văn Đức', 'Trưởng khoa', 'Bệnh viện Đa khoa tỉnh', 'Sở Y tế'),
  individual('Trần Quốc Việt', 'Thượng tá', 'Bộ Chỉ huy Quân sự tỉnh'),
  // No workplace of their own: the list prints the nominating unit.
  individual('Hồ Thị Ánh Nguyệt', 'Chuyên viên', '', 'Văn phòng UBND tỉnh'),
  exemplar('Hồ Văn Thiên', 'Thôn Xi Núc, xã Hướng Phùng, huyện Hướng Hóa'),
  exemplar('Phạm Thị Lụa', 'Khu phố 3, phường Đông Lễ, thành phố Đông Hà'),
];
const NAMES = AWARDEES.map((a) => a.name);

function decisionInput(overrides: Partial<DecisionDocumentInput> = {}): DecisionDocumentInput {
  return {
    status: 'issued',
    parentBody: '',
    issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ',
    place: 'Quảng Trị',
    docNumber: '1234',
    docCode: 'QĐ-UBND',
    docDate: '2020-06-15',
    summary:
      'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 giai đoạn 1',
    authorityLine: 'Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị',
    bases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013;',
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng;',
    ],
    proposal: 'Xét đề nghị của Trưởng Ban Thi đua - Khen thưởng tỉnh.',
    awardName: 'Bằng khen của Chủ tịch UBND tỉnh',
    reason: 'đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 giai đoạn 1',
    executors:
      'Chánh Văn phòng UBND tỉnh, Trưởng Ban Thi đua - Khen thưởng tỉnh, Thủ trưởng các cơ quan, đơn vị liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    recipients: ['Như Điều 3', 'Chủ tịch, các PCT UBND tỉnh', 'Lưu: VT, TĐKT'],
    signature: { lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Hoàng Nam' },
    issuerShortName: 'Chủ tịch UBND tỉnh',
    awardees: AWARDEES,
    ...overrides,
  };
}

const ARTICLE_1 =
  'Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 03 tập thể và 06 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 giai đoạn 1.';
const ARTICLE_2 =
  'Điều 2. Các tập thể, cá nhân có tên tại Điều 1 được nhận Bằng khen của Chủ tịch UBND tỉnh và tiền thưởng theo quy định hiện hành.';
const ARTICLE_3_END = 'chịu trách nhiệm thi hành Quyết định này./.';
const LIST_TITLE = 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH';
const LIST_SUBTITLE = '(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/6/2020 của Chủ tịch UBND tỉnh)';

/** What both renderers must print of the issued decision, in reading order within each piece. */
const EXPECTED = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH QUẢNG TRỊ',
  'Số: 1234/QĐ-UBND',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Quảng Trị, ngày 15 tháng 6 năm 2020',
  'QUYẾT ĐỊNH',
  'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
  'Xét đề nghị của Trưởng Ban Thi đua - Khen thưởng tỉnh.',
  'QUYẾT ĐỊNH:',
  ARTICLE_1,
  ARTICLE_2,
  'Điều 3. Chánh Văn phòng UBND tỉnh',
  ARTICLE_3_END,
  'Nơi nhận:',
  '- Như Điều 3;',
  '- Lưu: VT, TĐKT.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Hoàng Nam',
  LIST_TITLE,
  LIST_SUBTITLE,
  'I. TẬP THỂ',
  'II. CÁ NHÂN',
  'III. ĐIỂN HÌNH TRONG CỘNG ĐỒNG',
];

/** The pages' text as one string, without the page numbers at the top of pages 2 onwards. */
const pdfText = (pdf: PdfContent) =>
  squash(pdf.pages.map((page, i) => (i === 0 ? page : page.replace(/^\d+\n/, ''))).join('\n'));

const tables = (doc: OfficialDocument): TableBlock[] =>
  (doc.appendices ?? []).flatMap((a) => a.body.filter((b): b is TableBlock => b.kind === 'table'));
const plain = (cell: ReadonlyArray<string | { text: string }>) =>
  cell.map((r) => (typeof r === 'string' ? r : r.text)).join('');
const paragraphs = (blocks: readonly Block[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [squash(plain(b.runs))] : []));

describe('buildDecisionDocument', () => {
  it('lays out the decision: header, title, authority, articles, closing and the list in sections', () => {
    const doc = buildDecisionDocument(decisionInput());
    expect(doc.header).toMatchObject({
      number: '1234/QĐ-UBND',
      placeDate: 'Quảng Trị, ngày 15 tháng 6 năm 2020',
    });
    expect(doc.header.parentBody).toBeUndefined();
    expect(doc.docType).toBe('QUYẾT ĐỊNH');
    expect(doc.draft).toBe(false);
    const texts = paragraphs(doc.body);
    expect(texts[0]).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ');
    expect(texts).toContain('QUYẾT ĐỊNH:');
    expect(texts).toContain(ARTICLE_1);
    expect(texts).toContain(ARTICLE_2);
    expect(texts.at(-1)).toMatch(/^Điều 3\. .*Quyết định này\.\/\.$/);

    const appendix = doc.appendices?.[0];
    expect(squash(appendix?.subtitle ?? '')).toBe(LIST_SUBTITLE);
    expect(squash(appendix?.title.join(' ') ?? '')).toBe(LIST_TITLE);
    expect(paragraphs(appendix?.body ?? [])).toEqual([
      'I. TẬP THỂ',
      'II. CÁ NHÂN',
      'III. ĐIỂN HÌNH TRONG CỘNG ĐỒNG',
    ]);
    // STT restarts at 1 in each section; people in the order given.
    const [collectives, individuals, exemplars] = tables(doc);
    expect(collectives?.rows.map((r) => plain(r[0] ?? []))).toEqual(['1', '2', '3']);
    expect(individuals?.rows.map((r) => plain(r[0] ?? []))).toEqual(['1', '2', '3', '4']);
    expect(exemplars?.rows.map((r) => plain(r[0] ?? []))).toEqual(['1', '2']);
    expect(individuals?.header?.[0]?.map(plain)).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị công tác']);
    expect(individuals?.rows.map((r) => r.map(plain))).toEqual([
      ['1', 'Nguyễn Thị Hường', 'Phó Giám đốc', 'Sở Y tế'],
      ['2', 'Lê Văn Đức', 'Trưởng khoa', 'Bệnh viện Đa khoa tỉnh'],
      ['3', 'Trần Quốc Việt', 'Thượng tá', 'Bộ Chỉ huy Quân sự tỉnh'],
      ['4', 'Hồ Thị Ánh Nguyệt', 'Chuyên viên', 'Văn phòng UBND tỉnh'],
    ]);
    expect(collectives?.rows[2]?.map(plain)).toEqual([
      '3',
      'Đồn Biên phòng Cửa khẩu Lao Bảo',
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
    ]);
  });

  it('counts only the kinds present, pads counts under 10 and numbers the sections by what is there', () => {
    const people = Array.from({ length: 10 }, (_, i) =>
      individual(`Nguyễn Văn Phước ${i + 1}`, 'Chuyên viên', 'Sở Y tế'),
    );
    const onlyPeople = buildDecisionDocument(
      decisionInput({ awardees: [...people, exemplar('Hồ Văn Thiên', 'Thôn Xi Núc')] }),
    );
    expect(paragraphs(onlyPeople.body)).toContain(
      'Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 11 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 giai đoạn 1.',
    );
    expect(
      paragraphs(onlyPeople.body).some((t) => t.startsWith('Điều 2. Các cá nhân có tên tại Điều 1')),
    ).toBe(true);
    expect(paragraphs(onlyPeople.appendices?.[0]?.body ?? [])).toEqual([
      'I. CÁ NHÂN',
      'II. ĐIỂN HÌNH TRONG CỘNG ĐỒNG',
    ]);
    expect(squash(onlyPeople.appendices?.[0]?.title.join(' ') ?? '')).toBe(
      'DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH',
    );

    // Collectives that are their own nominating unit need no "Thuộc đơn vị" column.
    const onlyCollectives = buildDecisionDocument(
      decisionInput({
        awardees: [collective('Sở Y tế', 'Sở Y tế'), collective('Công an tỉnh', 'Công an tỉnh')],
      }),
    );
    expect(
      paragraphs(onlyCollectives.body)[paragraphs(onlyCollectives.body).indexOf('QUYẾT ĐỊNH:') + 1],
    ).toMatch(
      /^Điều 1\. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 02 tập thể \(có danh sách kèm theo\) đã có/,
    );
    expect(paragraphs(onlyCollectives.appendices?.[0]?.body ?? [])).toEqual(['I. TẬP THỂ']);
    expect(tables(onlyCollectives)[0]?.header?.[0]?.map(plain)).toEqual(['STT', 'Tên tập thể']);
  });

  it('leaves the number and the date blank on a draft, whatever the input carries', () => {
    const doc = buildDecisionDocument(
      decisionInput({ status: 'draft', docNumber: '1234', docDate: '2020-06-15' }),
    );
    expect(doc.draft).toBe(true);
    expect(doc.header.number).toBe('/QĐ-UBND');
    expect(doc.header.placeDate).toMatch(/^Quảng Trị, ngày\s+tháng\s+năm \d{4}$/);
    expect(doc.appendices?.[0]?.subtitle).toMatch(
      /^\(Kèm theo Quyết định số\s+\/QĐ-UBND ngày\s+\/\s+\/\d{4}\s+của/,
    );
    expect(doc.metadata.title).toBe('Quyết định');
  });
});

describe('the end mark of a decision', () => {
  it('ends Điều 3 with "./." once, whatever the clerk typed at the end', () => {
    for (const end of ['', '.', ';', ':', ',', './.', '. \n']) {
      const executors = ` Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này${end}`;
      const doc = buildDecisionDocument(decisionInput({ executors }));
      expect(paragraphs(doc.body).at(-1)).toBe(
        'Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.',
      );
    }
  });
});

describe('the issued decision, rendered', () => {
  let docx: DocxContent;
  let pdf: PdfContent;
  beforeAll(async () => {
    const doc = buildDecisionDocument(decisionInput());
    [docx, pdf] = await Promise.all([renderDocx(doc).then(readDocx), renderPdf(doc).then(readPdf)]);
  });

  it('prints every piece and every name with its tone marks, in DOCX and PDF', () => {
    for (const [format, text] of [
      ['docx', squash(docx.text)],
      ['pdf', pdfText(pdf)],
    ] as const) {
      for (const s of [...EXPECTED, ...NAMES]) expect(text, `${format}: ${s}`).toContain(s);
      expect(text, format).not.toContain('DỰ THẢO');
      // The list comes after the signature.
      expect(text.indexOf(LIST_TITLE), format).toBeGreaterThan(text.indexOf('Hoàng Nam'));
      for (const name of NAMES)
        expect(text.lastIndexOf(name), `${format}: ${name}`).toBeGreaterThan(text.indexOf(LIST_TITLE));
    }
  });

  it('is A4 portrait set in Times New Roman (DOCX) and embedded Tinos (PDF)', () => {
    expect(docx.section.pageWidth).toBe(11906);
    expect(docx.section.pageHeight).toBe(16838);
    expect(docx.fonts).toEqual(['Times New Roman']);
    expect(docx.themeFontRefs).toEqual([]);
    for (const size of pdf.pageSizes) {
      expect(Math.abs(size.width - 595.28)).toBeLessThan(0.1);
      expect(Math.abs(size.height - 841.89)).toBeLessThan(0.1);
    }
    for (const name of pdf.fonts) expect(name).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
    for (const face of ['Regular', 'Bold', 'Italic', 'BoldItalic']) {
      expect(pdf.fonts.some((f) => f.endsWith(`Tinos-${face}`))).toBe(true);
    }
    expect(pdf.info.Title).toBe('Quyết định 1234/QĐ-UBND');
    expect(docx.core.title).toBe('Quyết định 1234/QĐ-UBND');
  });

  it('sets the căn cứ in italics and "Điều 1." in bold in the DOCX', () => {
    const paragraph = (start: string) =>
      docx.documentXml.split('</w:p>').find((p) => p.includes(start)) ?? '';
    expect(paragraph('Căn cứ Luật Tổ chức')).toMatch(/<w:i\/>/);
    expect(paragraph('Căn cứ Luật Tổ chức')).toContain('<w:jc w:val="both"/>');
    const article = paragraph('Điều 1.');
    expect(article).toMatch(/<w:b\/>[\s\S]*Điều 1\./);
    expect(paragraph('QUYẾT ĐỊNH:')).toContain('<w:jc w:val="center"/>');
  });

  it('keeps Điều 3 with the signature and starts the list on a new page', () => {
    const page = (s: string) => pdf.pages.findIndex((p) => squash(p).includes(s));
    expect(page('Hoàng Nam')).toBeGreaterThanOrEqual(0);
    expect(page('Điều 3.')).toBe(page('Hoàng Nam'));
    expect(page('Nơi nhận:')).toBe(page('Hoàng Nam'));
    const list = page('DANH SÁCH');
    expect(list).toBeGreaterThan(page('Hoàng Nam'));
    expect(pdf.pages[list]?.split('\n').slice(0, 2)).toEqual([String(list + 1), 'DANH SÁCH']);
  });
});

describe('a draft decision, rendered', () => {
  it('says DỰ THẢO and has no number or date, in DOCX and PDF', async () => {
    const doc = buildDecisionDocument(decisionInput({ status: 'draft', docNumber: '', docDate: null }));
    const docx = squash((await readDocx(await renderDocx(doc))).text);
    const pdf = pdfText(await readPdf(await renderPdf(doc)));
    for (const text of [docx, pdf]) {
      expect(text).toContain('DỰ THẢO');
      expect(text.indexOf('DỰ THẢO')).toBeLessThan(text.indexOf('QUYẾT ĐỊNH'));
      expect(text).toMatch(/Số:\s+\/QĐ-UBND/);
      expect(text).not.toContain('1234');
      expect(text).not.toContain('ngày 15 tháng 6');
      expect(text).toMatch(
        /\(Kèm theo Quyết định số\s+\/QĐ-UBND ngày\s+\/\s+\/\d{4} của Chủ tịch UBND tỉnh\)/,
      );
      expect(text).toContain(ARTICLE_1);
      for (const name of NAMES) expect(text).toContain(name);
    }
  });
});

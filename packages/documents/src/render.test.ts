import fs from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cmToTwips, formatPlaceDate } from './decree30.ts';
import type { Block, OfficialDocument } from './model.ts';
import { renderDocx } from './render-docx.ts';
import { pdfFontReuseCount, renderPdf } from './render-pdf.ts';
import { type DocxContent, type PdfContent, readDocx, readPdf, samplePlan } from './testing/index.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every printed string of the body blocks, as the reader should find it. */
function blockTexts(blocks: readonly Block[], { tables = true } = {}): string[] {
  const plain = (runs: ReadonlyArray<string | { text: string }>) =>
    runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(plain(b.runs));
    if (b.kind === 'heading') {
      out.push(`${b.label} ${b.text}`);
      if (b.rest) out.push(plain(b.rest));
    }
    if (b.kind === 'listItem') out.push(`${b.marker ?? '-'} ${plain(b.runs)}`);
    if (b.kind === 'table' && tables)
      for (const row of [...(b.header ?? []), ...b.rows]) for (const c of row) out.push(plain(c));
  }
  return out.map((t) => squash(t.normalize('NFC')));
}

/** The pages' text as one string, without the page numbers at the top of pages 2 onwards. */
function pdfBodyText(pdf: PdfContent): string {
  return squash(pdf.pages.map((page, i) => (i === 0 ? page : page.replace(/^\d+\n/, ''))).join('\n'));
}

const plan = samplePlan();
const allTexts = [...blockTexts(plan.body), ...(plan.appendices ?? []).flatMap((a) => blockTexts(a.body))];
/** Table cells wrap inside their columns, so the PDF's lines interleave them: they are checked word by word. */
const textsOutsideTables = [
  ...blockTexts(plan.body, { tables: false }),
  ...(plan.appendices ?? []).flatMap((a) => blockTexts(a.body, { tables: false })),
];
const tableWords = [
  ...new Set(allTexts.filter((t) => !textsOutsideTables.includes(t)).flatMap((t) => t.split(' '))),
];

describe('renderDocx', () => {
  let docx: DocxContent;
  beforeAll(async () => {
    docx = await readDocx(await renderDocx(plan));
  });

  it('lays out exact A4 with the decree margins', () => {
    expect(docx.sections).toHaveLength(1);
    const { section } = docx;
    expect(section.pageWidth).toBe(11906);
    expect(section.pageHeight).toBe(16838);
    expect(section.orientation).not.toBe('landscape');
    for (const side of ['top', 'bottom'] as const) {
      expect(section.margins[side]).toBeGreaterThanOrEqual(1134);
      expect(section.margins[side]).toBeLessThanOrEqual(1418);
    }
    expect(section.margins.left).toBeGreaterThanOrEqual(1701);
    expect(section.margins.left).toBeLessThanOrEqual(1985);
    expect(section.margins.right).toBeGreaterThanOrEqual(850);
    expect(section.margins.right).toBeLessThanOrEqual(1134);
  });

  it('sets Times New Roman everywhere, including the default style, and no theme font', () => {
    expect(docx.fonts).toEqual(['Times New Roman']);
    expect(docx.themeFontRefs).toEqual([]);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(docx.stylesXml)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });

  it('prints the header, title, every body text with its tone marks, the signature and Nơi nhận', () => {
    const text = squash(docx.text);
    for (const s of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG TRỊ',
      'Số: 2519/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quảng Trị, ngày 08 tháng 6 năm 2020',
      'KẾ HOẠCH',
      'Tổ chức Hội nghị tổng kết giai đoạn 1',
      'công tác chống dịch COVID-19',
      'Nơi nhận:',
      '- Các PCT UBND tỉnh;',
      '- Thành viên BCD phòng, chống dịch COVID-19 tỉnh;',
      '- Lưu: VT, VX.',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Hoàng Nam',
      'ĐỀ CƯƠNG BÁO CÁO',
      '(Kèm theo Kế hoạch số 2519/KH-UBND ngày 08/6/2020 của UBND tỉnh Quảng Trị)',
      ...allTexts,
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain(';;');
    expect(text).not.toContain('VX..');
  });

  it('justifies the body with a 1.27 cm first-line indent and keeps the closing table whole', () => {
    const firstParagraph = squash(plan.body[0]?.kind === 'paragraph' ? String(plan.body[0].runs[0]) : '');
    const para = docx.documentXml.split('</w:p>').find((p) => p.includes(firstParagraph.slice(0, 30)));
    expect(para).toBeDefined();
    expect(para).toContain('<w:jc w:val="both"/>');
    expect(para).toContain(`w:firstLine="${cmToTwips(1.27)}"`);
    expect(cmToTwips(1.27)).toBe(720);
    expect(docx.documentXml).toContain('<w:cantSplit/>');
    expect(docx.documentXml).toContain('<w:tblHeader/>');
  });

  it('numbers pages from page 2: a different first-page header without the PAGE field', () => {
    const { section } = docx;
    expect(section.titlePage).toBe(true);
    expect(docx.documentXml).toMatch(/<w:titlePg\s*\/>/);
    const main = docx.headersXml[section.headers.default ?? ''] ?? '';
    const first = docx.headersXml[section.headers.first ?? ''] ?? '';
    expect(main).toMatch(/PAGE/);
    expect(main).toContain('<w:jc w:val="center"/>');
    expect(main).toContain('<w:sz w:val="28"/>');
    expect(first).toContain('<w:hdr');
    expect(first).not.toMatch(/PAGE/);
  });

  it('sets the core properties', () => {
    expect(docx.core.title).toBe(plan.metadata.title);
    expect(docx.core.subject).toBe(plan.metadata.subject);
    expect(docx.core.creator).toBe(plan.metadata.author);
  });
});

describe('renderPdf', () => {
  let pdf: PdfContent;
  beforeAll(async () => {
    pdf = await readPdf(await renderPdf(plan));
  });

  it('is A4 portrait with three pages or more', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    for (const size of pdf.pageSizes) {
      expect(Math.abs(size.width - 595.28)).toBeLessThan(0.1);
      expect(Math.abs(size.height - 841.89)).toBeLessThan(0.1);
    }
  });

  it('numbers pages from page 2, centred at the top', () => {
    const firstLines = pdf.pages.map((p) => p.split('\n')[0]);
    expect(firstLines[0]).toMatch(/^ỦY BAN NHÂN DÂN/);
    expect(pdf.pages[0]).not.toMatch(/^1$/m);
    firstLines.slice(1).forEach((line, i) => {
      expect(line).toBe(String(i + 2));
    });
  });

  it('prints every text with its tone marks', () => {
    const text = pdfBodyText(pdf);
    for (const s of [
      'ỦY BAN NHÂN DÂN',
      'Số: 2519/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Quảng Trị, ngày 08 tháng 6 năm 2020',
      'KẾ HOẠCH',
      'Nơi nhận:',
      '- Lưu: VT, VX.',
      'Hướng Hóa',
      'Đakrông',
      'thành phố',
      'ĐỀ CƯƠNG BÁO CÁO',
      ...textsOutsideTables,
    ]) {
      expect(text).toContain(s);
    }
    expect(tableWords).toContain('Đakrông,');
    const words = new Set(text.split(' '));
    for (const w of tableWords) expect(words).toContain(w);
  });

  it('keeps the signature with Nơi nhận on one page and starts the appendix on a new page', () => {
    const page = (s: string) => pdf.pages.findIndex((p) => squash(p).includes(s));
    const signature = page('TM. ỦY BAN NHÂN DÂN');
    expect(signature).toBeGreaterThanOrEqual(0);
    expect(page('Hoàng Nam')).toBe(signature);
    expect(page('Nơi nhận:')).toBe(signature);
    expect(page('- Lưu: VT, VX.')).toBe(signature);
    const appendix = page('ĐỀ CƯƠNG BÁO CÁO');
    expect(appendix).toBeGreaterThan(signature);
    expect(pdf.pages[appendix]?.split('\n')[1]).toBe('ĐỀ CƯƠNG BÁO CÁO');
  });

  it('embeds Tinos subsets and sets the metadata', () => {
    expect(pdf.fonts.length).toBeGreaterThanOrEqual(3);
    for (const name of pdf.fonts) expect(name).toMatch(/^[A-Z]{6}\+Tinos-(Regular|Bold|Italic|BoldItalic)$/);
    expect(pdf.fonts.some((f) => f.endsWith('Tinos-BoldItalic'))).toBe(true);
    expect(pdf.info.Title).toBe(plan.metadata.title);
    expect(pdf.info.Author).toBe(plan.metadata.author);
    expect(pdf.info.Subject).toBe(plan.metadata.subject);
  });

  it('reads and parses the fonts once per process, not once per render, with the same output', async () => {
    const reused = pdfFontReuseCount();
    const spy = vi.spyOn(fs, 'readFileSync');
    try {
      const again = await readPdf(await renderPdf(plan));
      expect(again.pages).toEqual(pdf.pages);
      expect(again.fonts).toEqual(pdf.fonts);
      // The second render borrowed the parsed regular, bold, italic and bold-italic faces.
      expect(pdfFontReuseCount() - reused).toBe(4);
      const fontReads = spy.mock.calls.filter(([file]) => String(file).endsWith('.ttf'));
      expect(fontReads).toEqual([]);
      // The spy does see reads made through the shared fs module.
      fs.readFileSync(import.meta.filename);
      expect(spy).toHaveBeenCalledWith(import.meta.filename);
    } finally {
      spy.mockRestore();
    }
  });

  it('keeps the text of letters a former render only met inside composite glyphs ("E" of "Ệ")', async () => {
    // The motto's "VIỆT" made bold "E" as a part of "Ệ" in an earlier render of this process.
    const bold = (text: string) =>
      samplePlan({ body: [{ kind: 'paragraph', runs: [{ text, bold: true }] }], appendices: [] });
    await renderPdf(bold('CỘNG HÒA VIỆT NAM'));
    const later = await readPdf(await renderPdf(bold('ABCDEFGHJK CHƯƠNG TRÌNH')));
    expect(later.pages[0]).toContain('ABCDEFGHJK CHƯƠNG TRÌNH');
  });
});

describe('both renderers', () => {
  it('turn the page to landscape', async () => {
    const doc = samplePlan({ orientation: 'landscape' });
    const docx = await readDocx(await renderDocx(doc));
    expect(docx.section.pageWidth).toBe(16838);
    expect(docx.section.pageHeight).toBe(11906);
    expect(docx.section.orientation).toBe('landscape');
    const pdf = await readPdf(await renderPdf(doc));
    for (const size of pdf.pageSizes) expect(size.width).toBeGreaterThan(size.height);
    expect(Math.abs((pdf.pageSizes[0]?.width ?? 0) - 841.89)).toBeLessThan(0.1);
  });

  it('print decomposed (NFD) input as composed text, and a draft, a công văn and recipients ending in punctuation', async () => {
    const doc: OfficialDocument = {
      header: {
        parentBody: 'UBND tỉnh Quảng Trị',
        issuingBody: 'Sở Y tế',
        number: '/SYT-NV',
        placeDate: formatPlaceDate('Quảng Trị', new Date('2021-01-05T03:00:00Z')),
      },
      summary: ['V/v tổng kết công tác phòng, chống dịch'],
      draft: true,
      body: [
        {
          kind: 'paragraph',
          runs: ['Huyện Hướng Hóa và huyện Đakrông báo cáo trước ngày 12/6.'.normalize('NFD')],
        },
      ],
      signature: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Lê Văn Bình' },
      recipients: ['Như trên;', 'Lưu: VT.'],
      metadata: { title: 'Công văn' },
    };
    const docx = squash((await readDocx(await renderDocx(doc))).text);
    const pdf = pdfBodyText(await readPdf(await renderPdf(doc)));
    for (const text of [docx, pdf]) {
      expect(text).toContain('Huyện Hướng Hóa và huyện Đakrông báo cáo trước ngày 12/6.');
      expect(text).toContain('UBND TỈNH QUẢNG TRỊ');
      expect(text).toContain('SỞ Y TẾ');
      expect(text).toContain('DỰ THẢO');
      expect(text).toContain('V/v tổng kết công tác phòng, chống dịch');
      expect(text).toContain('- Như trên;');
      expect(text).toContain('- Lưu: VT.');
      expect(text).not.toContain(';;');
      expect(text).not.toContain('VT..');
      expect(text).toMatch(/Số:\s+\/SYT-NV/);
      expect(text).toContain('ngày 05 tháng 01 năm 2021');
    }
  });
});

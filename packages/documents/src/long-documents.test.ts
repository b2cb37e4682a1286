import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildConsolidatedDocument, type ConsolidatedDocumentInput } from './consolidated-document.ts';
import type { OfficialDocument } from './model.ts';
import { renderDocx } from './render-docx.ts';
import { DocumentTooLargeError, PDF_MAX_TEXT_CHARS, renderConsolidatedInWorker } from './render-in-worker.ts';
import { renderPdf } from './render-pdf.ts';
import { readDocx, readPdf } from './testing/index.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function consolidatedInput(units: number, sections = 3): ConsolidatedDocumentInput {
  return {
    parentBody: 'UBND TỈNH QUẢNG TRỊ',
    issuingBody: 'SỞ Y TẾ',
    place: 'Quảng Trị',
    docCode: 'BC-UBND',
    docDate: '2020-06-20',
    summary: 'Tổng kết công tác phòng, chống dịch Covid-19',
    planReference: 'Kế hoạch số 2519/KH-UBND ngày 08/6/2020 của UBND tỉnh',
    sections: Array.from({ length: sections }, (_, s) => ({
      label: `I.${s + 1}`,
      title: `Mục thử ${s + 1}`,
      depth: 1,
      html: Array.from(
        { length: units },
        (_, u) =>
          `<p><strong>Đơn vị số ${u + 1}:</strong></p><p>Nội dung mục ${s + 1} của đơn vị ${u + 1}: đã triển khai tuyên truyền, giám sát, cách ly và điều trị theo hướng dẫn của Bộ Y tế; phối hợp chặt chẽ với chính quyền địa phương.</p>`,
      ).join(''),
    })),
    indicators: [],
    recipients: ['Lưu: VT'],
    signature: { lines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Nguyễn Văn A' },
  };
}

describe('the DOCX body, written as WordprocessingML text', () => {
  const doc: OfficialDocument = {
    header: { issuingBody: 'SỞ Y TẾ', number: '1/BC-SYT', placeDate: 'Quảng Trị, ngày 01 tháng 6 năm 2020' },
    docType: 'BÁO CÁO',
    summary: ['Thử'],
    body: [
      { kind: 'heading', level: 1, label: 'I.', text: 'KẾT QUẢ' },
      {
        kind: 'paragraph',
        runs: [
          'Ký tự <đặc biệt> & "trích dẫn"\u0001 bị bỏ\u0008; ',
          { text: 'đậm', bold: true },
          '\ndòng sau',
        ],
      },
      { kind: 'deferred', blocks: () => [{ kind: 'listItem', runs: ['mục hoãn lại'] }] },
      {
        kind: 'table',
        columns: [{ weight: 1 }, { weight: 1, align: 'right' }],
        header: [[['Chỉ tiêu'], ['Số liệu']]],
        rows: [[['Ca mắc'], ['12']]],
      },
    ],
    metadata: { title: 'Thử' },
  };

  it('escapes markup, drops characters XML forbids, and keeps line breaks, emphasis, deferred blocks and tables', async () => {
    const bytes = await renderDocx(doc);
    const docx = await readDocx(bytes);
    const text = squash(docx.text);
    expect(text).toContain('Ký tự <đặc biệt> & "trích dẫn" bị bỏ; đậm');
    expect(text).toContain('dòng sau');
    expect(text).toContain('- mục hoãn lại');
    expect(text).toContain('I. KẾT QUẢ');
    const xml = docx.documentXml;
    expect(xml).not.toMatch(/@@tongket-body-/);
    expect(xml).toContain(
      '<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">đậm</w:t>',
    );
    expect(xml).toContain('<w:br/><w:t xml:space="preserve">dòng sau</w:t>');
    expect(xml).toMatch(/<w:tblHeader\/>.*Chỉ tiêu/);
    // A well-formed zip whose document part any reader inflates.
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('word/document.xml')?.async('string')).toBe(xml);
  });

  it('writes a thousand units’ sections (tens of megabytes of XML) into a DOCX of a few megabytes', async () => {
    const input = consolidatedInput(1000, 3);
    const bytes = await renderDocx(buildConsolidatedDocument(input));
    expect(bytes.length).toBeLessThan(2_000_000);
    const { documentXml } = await readDocx(bytes);
    expect(documentXml).toContain('Nội dung mục 3 của đơn vị 1000');
    expect(documentXml.match(/Đơn vị số \d+:/g)).toHaveLength(3000);
  });
});

describe('a long PDF', () => {
  it('is laid out in one pass with each heading on the page of what follows it', async () => {
    // 60 units × 3 sections: over 400 nodes, about forty pages.
    const input = consolidatedInput(60, 3);
    const started = performance.now();
    const pdf = await readPdf(await renderPdf(buildConsolidatedDocument(input)));
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(pdf.pages.length).toBeGreaterThan(10);
    for (const page of pdf.pages) {
      const lines = page.split('\n').filter((l) => !/^\d+$/.test(l));
      // A section heading or a unit's name is never the last line of a page.
      const last = lines.at(-1) ?? '';
      expect(last).not.toMatch(/^(\d+\. Mục thử \d+|Đơn vị số \d+:)$/);
    }
    const text = squash(pdf.pages.join('\n'));
    expect(text).toContain('Nội dung mục 3 của đơn vị 60');
  });
});

describe('a short PDF', () => {
  it('carries a section heading over with the unit name under it, wherever the page ends', async () => {
    // "3. Bài học kinh nghiệm", then "Công an tỉnh:", then its text: both headings go to the next
    // page when the text does. Rounds of 1 to 14 units put the pair at every height of a page.
    for (let units = 1; units <= 14; units++) {
      const pdf = await readPdf(await renderPdf(buildConsolidatedDocument(consolidatedInput(units, 4))));
      for (const [n, page] of pdf.pages.entries()) {
        const lines = page.split('\n').filter((l) => !/^\d+$/.test(l));
        expect(lines.at(-1), `${units} units, page ${n + 1}`).not.toMatch(
          /^(\d+\. Mục thử \d+|Đơn vị số \d+:)$/,
        );
      }
    }
  });
});

describe('the signature of a consolidated report', () => {
  it('never stands alone on its page: the report’s last lines go over with it', async () => {
    // Rounds of 1 to 14 units end the text at every height of a page.
    for (let units = 1; units <= 14; units++) {
      const pdf = await readPdf(await renderPdf(buildConsolidatedDocument(consolidatedInput(units, 4))));
      const page = pdf.pages.findIndex((p) => p.includes('Nơi nhận:'));
      const above = (pdf.pages[page] as string)
        .slice(0, (pdf.pages[page] as string).indexOf('Nơi nhận:'))
        .split('\n')
        .filter((l) => l.trim() && !/^\d+$/.test(l.trim()));
      expect(above.length, `${units} units: the page of the signature`).toBeGreaterThan(0);
    }
  });
});

describe('rendering on a worker thread', () => {
  it('gives the same DOCX text as rendering in process', async () => {
    const input = consolidatedInput(20, 2);
    const [inWorker, inProcess] = await Promise.all([
      renderConsolidatedInWorker(input, 'docx').then(readDocx),
      renderDocx(buildConsolidatedDocument(input)).then(readDocx),
    ]);
    expect(inWorker.text).toContain('Nội dung mục 2 của đơn vị 20');
    expect(inWorker.text).toBe(inProcess.text);
  });

  it('renders a PDF there too', async () => {
    const pdf = await readPdf(await renderConsolidatedInWorker(consolidatedInput(5, 2), 'pdf'));
    expect(squash(pdf.pages.join('\n'))).toContain('Nội dung mục 2 của đơn vị 5');
  });

  it('refuses a PDF of more text than it can lay out, at once', async () => {
    const input = consolidatedInput(1, 1);
    const html = `<p>${'Nội dung rất dài. '.repeat(Math.ceil(PDF_MAX_TEXT_CHARS / 18) + 10)}</p>`;
    const tooLong = { ...input, sections: [{ ...(input.sections[0] as (typeof input.sections)[0]), html }] };
    await expect(renderConsolidatedInWorker(tooLong, 'pdf')).rejects.toBeInstanceOf(DocumentTooLargeError);
  });
});

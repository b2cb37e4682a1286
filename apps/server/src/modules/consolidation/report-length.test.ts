import { buildConsolidatedDocument, renderPdf } from '@tongket/documents';
import { BINH_DUONG_SEED, readPdf, seedLines } from '@tongket/documents/testing';
import { describe, expect, it } from 'vitest';
import { documentLayout, linesOver } from './report-length.ts';

const lines = [...seedLines(), ...seedLines(BINH_DUONG_SEED)].filter((l) => l.length > 40);

/** A report of `count` sections, each under its heading with `per` of the seeds' sentences as the synthesis writes them. */
function report(count: number, per: number) {
  let n = 0;
  return buildConsolidatedDocument({
    parentBody: 'UBND TỈNH QUẢNG TRỊ',
    issuingBody: 'SỞ Y TẾ',
    place: 'Quảng Trị',
    docCode: 'BC-SYT',
    docDate: null,
    year: 2020,
    summary: 'Tổng kết công tác phòng, chống dịch Covid-19 giai đoạn 1',
    planReference: 'Kế hoạch số 2519/KH-UBND ngày 08/6/2020 của UBND tỉnh',
    sections: Array.from({ length: count }, (_, i) => ({
      label: `I.${i + 1}`,
      title: `Công tác phòng, chống dịch số ${i + 1} tại các cơ quan, đơn vị`,
      depth: 1,
      html: Array.from({ length: per }, () => `<p>${lines[n++ % lines.length]} (4 đơn vị).</p>`).join(''),
    })),
    indicators: [],
    recipients: ['Lưu: VT'],
    signature: { lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Hoàng Nam' },
  });
}

describe('the consolidated report’s length reckoned without rendering it', () => {
  it('gives the pages the rendered PDF has, or one more — never fewer', async () => {
    for (const [count, per] of [
      [1, 2],
      [6, 3],
      [12, 4],
      [25, 2],
      [8, 12],
    ] as const) {
      const document = report(count, per);
      const printed = (await readPdf(await renderPdf(document))).pages.length;
      const reckoned = documentLayout(document).pages;
      expect(reckoned, `${count} sections of ${per}`).toBeGreaterThanOrEqual(printed);
      expect(reckoned, `${count} sections of ${per}`).toBeLessThanOrEqual(printed + 1);
    }
  });

  it('says how far past a number of pages the report runs', () => {
    const layout = documentLayout(report(12, 4));
    expect(linesOver(layout, layout.pages)).toBeLessThanOrEqual(0);
    expect(linesOver(layout, layout.pages - 1)).toBe(layout.lastPageLines);
    expect(linesOver(layout, layout.pages + 1)).toBe(layout.lastPageLines - 2 * 39);
  });
});

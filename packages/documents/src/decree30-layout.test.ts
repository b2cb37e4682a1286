import { describe, expect, it } from 'vitest';
import { mmToPt } from './decree30.ts';
import { appendixHeadLayout, closingLayout, headerLayout, titleLayout } from './decree30-layout.ts';
import { samplePlan } from './testing/index.ts';

describe('the two-column blocks of Decree 30, written once for both renderers', () => {
  it('lays out the header of a plan: issuing body ruled, number; motto ruled, place and date', () => {
    expect(headerLayout(samplePlan())).toEqual({
      fractions: [0.4, 0.6],
      columns: [
        [
          { runs: [{ text: 'ỦY BAN NHÂN DÂN', bold: true }], sizePt: 13, align: 'center' },
          { runs: [{ text: 'TỈNH QUẢNG TRỊ', bold: true }], sizePt: 13, align: 'center' },
          { rule: { fraction: 1 / 3 } },
          { runs: [{ text: 'Số: 2519/KH-UBND' }], sizePt: 13, align: 'center' },
        ],
        [
          { runs: [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }], sizePt: 13, align: 'center' },
          { runs: [{ text: 'Độc lập - Tự do - Hạnh phúc', bold: true }], sizePt: 14, align: 'center' },
          { rule: { lengthPt: 171.1 } },
          {
            runs: [{ text: 'Quảng Trị, ngày 08 tháng 6 năm 2020', italic: true }],
            sizePt: 14,
            align: 'center',
          },
        ],
      ],
    });
  });

  it('puts a parent body above the issuing body, and a công văn’s “V/v” under its number', () => {
    const doc = samplePlan({
      header: {
        parentBody: 'UBND tỉnh Quảng Trị',
        issuingBody: 'Sở Y tế',
        number: null,
        placeDate: 'Quảng Trị, ngày 08 tháng 6 năm 2020',
      },
      docType: undefined,
      summary: ['V/v tổ chức Hội nghị', 'tổng kết giai đoạn 1'],
    });
    expect(headerLayout(doc).columns[0]).toEqual([
      { runs: [{ text: 'UBND TỈNH QUẢNG TRỊ' }], sizePt: 13, align: 'center' },
      { runs: [{ text: 'SỞ Y TẾ', bold: true }], sizePt: 13, align: 'center' },
      { rule: { fraction: 1 / 3 } },
      { runs: [{ text: 'V/v tổ chức Hội nghị' }], sizePt: 12, align: 'center', before: 4 },
      { runs: [{ text: 'tổng kết giai đoạn 1' }], sizePt: 12, align: 'center' },
    ]);
  });

  it('lays out the closing of a plan: Nơi nhận on the left, the signature on the right', () => {
    expect(closingLayout(samplePlan())).toEqual({
      fractions: [0.45, 0.55],
      spaceBeforePt: 12,
      columns: [
        [
          { runs: [{ text: 'Nơi nhận:', bold: true, italic: true }], sizePt: 12, align: 'left' },
          { runs: [{ text: '- Các PCT UBND tỉnh;' }], sizePt: 11, align: 'left' },
          {
            runs: [{ text: '- Thành viên BCD phòng, chống dịch COVID-19 tỉnh;' }],
            sizePt: 11,
            align: 'left',
          },
          { runs: [{ text: '- Lưu: VT, VX.' }], sizePt: 11, align: 'left' },
        ],
        [
          { runs: [{ text: 'TM. ỦY BAN NHÂN DÂN', bold: true }], sizePt: 14, align: 'center' },
          { runs: [{ text: 'KT. CHỦ TỊCH', bold: true }], sizePt: 14, align: 'center' },
          { runs: [{ text: 'PHÓ CHỦ TỊCH', bold: true }], sizePt: 14, align: 'center' },
          { runs: [{ text: 'Hoàng Nam', bold: true }], sizePt: 14, align: 'center', before: 64 },
        ],
      ],
    });
  });

  it('has no closing without a signature or recipients, and an empty column for the missing one', () => {
    expect(closingLayout(samplePlan({ signature: undefined, recipients: undefined }))).toBeUndefined();
    expect(closingLayout(samplePlan({ recipients: [] }))?.columns[0]).toEqual([]);
    expect(closingLayout(samplePlan({ signature: undefined }))?.columns[1]).toEqual([]);
  });
});

describe('the title block and an appendix heading, written once for both renderers', () => {
  const ruled = [{ rule: { lengthPt: mmToPt(35) } }, { space: 12 - 3 }];

  it('sets the type in capitals and the summary in bold, ruled under them', () => {
    const { items, keepTogether, pageBreakBefore } = titleLayout(samplePlan());
    expect(items.slice(0, 3)).toEqual([
      { runs: [{ text: 'KẾ HOẠCH', bold: true }], sizePt: 14, align: 'center', before: 18 },
      { runs: [{ text: 'Tổ chức Hội nghị tổng kết giai đoạn 1', bold: true }], sizePt: 14, align: 'center' },
      { runs: [{ text: 'công tác chống dịch COVID-19', bold: true }], sizePt: 14, align: 'center' },
    ]);
    expect(items.slice(3)).toEqual(ruled);
    expect({ keepTogether, pageBreakBefore }).toEqual({ keepTogether: true, pageBreakBefore: false });
  });

  it('marks a draft above the type, and lets a công văn go straight on to its text', () => {
    expect(titleLayout(samplePlan({ draft: true })).items[0]).toMatchObject({
      runs: [{ text: 'DỰ THẢO', bold: true }],
      after: 0,
    });
    expect(titleLayout(samplePlan({ docType: undefined }))).toEqual({
      items: [{ space: 18 }],
      keepTogether: false,
      pageBreakBefore: false,
    });
  });

  it('starts an appendix on a new page with its first line, even when it has no title', () => {
    const appendix = { title: [], subtitle: '(Kèm theo Kế hoạch số 2519/KH-UBND)', body: [] };
    expect(appendixHeadLayout(appendix)).toEqual({
      items: [
        {
          runs: [{ text: '(Kèm theo Kế hoạch số 2519/KH-UBND)', italic: true }],
          sizePt: 14,
          align: 'center',
        },
        ...ruled,
      ],
      keepTogether: true,
      pageBreakBefore: true,
    });
  });
});

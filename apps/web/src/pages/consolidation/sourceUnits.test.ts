import { describe, expect, it } from 'vitest';
import { namesPreview, sourceUnits } from './sourceUnits.ts';

const source = (unitId: string, text: string) => ({
  unitId,
  unitName: `Đơn vị ${unitId}`,
  submissionId: `s-${unitId}`,
  text,
});

describe('the units behind a generated sentence', () => {
  it('lists each unit once, in the order met, with its own texts each once', () => {
    const units = sourceUnits([
      source('b', 'Lập chốt kiểm soát.'),
      source('a', 'Lập 3 chốt kiểm soát.'),
      source('b', 'Tăng cường tuần tra.'),
      source('b', 'Lập chốt kiểm soát.'),
    ]);
    expect(units).toEqual([
      { unitId: 'b', unitName: 'Đơn vị b', texts: ['Lập chốt kiểm soát.', 'Tăng cường tuần tra.'] },
      { unitId: 'a', unitName: 'Đơn vị a', texts: ['Lập 3 chốt kiểm soát.'] },
    ]);
  });

  it('sets the previous round’s total apart, even when its issuing unit reported in this round', () => {
    const units = sourceUnits([
      source('a', 'Số khu cách ly: 3 khu'),
      {
        ...source('qt', 'Số khu cách ly toàn tỉnh kỳ trước (Đợt 2020): 25 khu'),
        submissionId: '',
        campaignId: 'c',
      },
      source('qt', 'Số khu cách ly: 4 khu'),
    ]);
    expect(units).toEqual([
      { unitId: 'a', unitName: 'Đơn vị a', texts: ['Số khu cách ly: 3 khu'] },
      {
        unitId: 'qt',
        unitName: 'Đơn vị qt',
        texts: ['Số khu cách ly toàn tỉnh kỳ trước (Đợt 2020): 25 khu'],
        previousRound: true,
      },
      { unitId: 'qt', unitName: 'Đơn vị qt', texts: ['Số khu cách ly: 4 khu'] },
    ]);
  });

  it('names the first few and counts the rest', () => {
    expect(namesPreview(['A', 'B', 'C'], 2)).toEqual({ shown: ['A', 'B'], more: 1 });
    expect(namesPreview(['A'], 5)).toEqual({ shown: ['A'], more: 0 });
    expect(namesPreview([], 5)).toEqual({ shown: [], more: 0 });
  });
});

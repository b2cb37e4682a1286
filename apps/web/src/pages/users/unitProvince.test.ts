import type { UnitListItem } from '@tongket/domain';
import { describe, expect, it } from 'vitest';
import { provinceNameOf } from './unitProvince.ts';

const unit = (id: string, name: string, parentId: string | null, depth: number): UnitListItem => ({
  id,
  code: id,
  name,
  shortName: parentId ? null : 'UBND tỉnh',
  kind: parentId ? 'department' : 'province',
  parentId,
  email: null,
  agencyCode: null,
  active: true,
  order: 0,
  version: 0,
  depth,
});

const twoProvinces = [
  unit('qt', 'UBND tỉnh Quảng Trị', null, 0),
  unit('qt-syt', 'Sở Y tế', 'qt', 1),
  unit('qt-syt-bv', 'Bệnh viện đa khoa tỉnh', 'qt-syt', 2),
  unit('bd', 'UBND tỉnh Bình Dương', null, 0),
  unit('bd-syt', 'Sở Y tế', 'bd', 1),
];

describe('the province under a user’s unit', () => {
  it('tells two units of one name apart by their province when several provinces are listed', () => {
    expect(provinceNameOf(twoProvinces, 'qt-syt')).toBe('UBND tỉnh Quảng Trị');
    expect(provinceNameOf(twoProvinces, 'bd-syt')).toBe('UBND tỉnh Bình Dương');
    expect(provinceNameOf(twoProvinces, 'qt-syt-bv')).toBe('UBND tỉnh Quảng Trị');
  });

  it('says nothing for the province itself, one province, or an unknown unit', () => {
    expect(provinceNameOf(twoProvinces, 'qt')).toBeNull();
    expect(provinceNameOf(twoProvinces.slice(0, 3), 'qt-syt')).toBeNull();
    expect(provinceNameOf(twoProvinces, 'nowhere')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { nomination } from '../../../testing/fixtures.ts';
import { countByStatus, filterNominations, NO_FILTER } from './nominationFilter.ts';

const items = [
  nomination({
    id: 'an',
    name: 'Nguyễn Văn An',
    workplace: 'Phòng Tham mưu',
    unitId: 'u-bchqs',
    unitName: 'Bộ Chỉ huy Quân sự tỉnh',
    status: 'draft',
    nomineeKind: 'individual',
  }),
  nomination({
    id: 'dung',
    name: 'Đặng Thị Dung',
    workplace: 'Trạm Y tế xã Tân Hợp',
    unitId: 'u-huonghoa',
    unitName: 'UBND huyện Hướng Hóa',
    status: 'submitted',
    nomineeKind: 'exemplar',
  }),
  nomination({
    id: 'khoa',
    name: 'Khoa Truyền nhiễm',
    workplace: '',
    unitId: 'u-bvt',
    unitName: 'Bệnh viện Đa khoa tỉnh',
    status: 'submitted',
    nomineeKind: 'collective',
  }),
  nomination({
    id: 'hoa',
    // Typed or imported decomposed (NFD), as some Excel files carry it.
    name: 'Lê Thị Hoà'.normalize('NFD'),
    workplace: 'Khoa Hồi sức',
    unitId: 'u-bvt',
    unitName: 'Bệnh viện Đa khoa tỉnh',
    status: 'forwarded',
    nomineeKind: 'individual',
  }),
];

const ids = (q: string, over: Partial<typeof NO_FILTER> = {}) =>
  filterNominations(items, { ...NO_FILTER, ...over, q }).map((n) => n.id);

describe('filterNominations: typed words against the name, workplace and unit', () => {
  it('keeps everything for an empty or blank query', () => {
    expect(ids('')).toEqual(['an', 'dung', 'khoa', 'hoa']);
    expect(ids('   ')).toEqual(['an', 'dung', 'khoa', 'hoa']);
  });

  it.each([
    ['with diacritics', 'Đặng Dung', ['dung']],
    ['without diacritics', 'dang dung', ['dung']],
    ['in another case', 'NGUYEN van', ['an']],
    ['đ typed as d', 'da khoa', ['khoa', 'hoa']],
    ['a word of the workplace', 'tham muu', ['an']],
    ['a word of the unit', 'huong hoa', ['dung']],
    ['the initials of the unit', 'bchqs', ['an']],
    ['a stored name in NFD, typed in NFC', 'Lê Hoà', ['hoa']],
    ['typed in NFD', 'Lê Hoà'.normalize('NFD'), ['hoa']],
    // "Hoà" and "Hóa" fold alike: the name and the district "Hướng Hóa".
    ['one folded word in two records', 'hoa', ['dung', 'hoa']],
    ['the start of a word', 'nguy', ['an']],
    ['every word must match', 'thi dung', ['dung']],
    ['one word matching nothing empties the list', 'dung xyz', []],
  ])('finds %s', (_how, q, expected) => {
    expect(ids(q)).toEqual(expected);
  });

  it('matches at the start of words only, not inside them', () => {
    // "an" starts "An" but is inside "Tân" and "nhiễm"; "oa" is inside "Hoà" and "Khoa".
    expect(ids('an')).toEqual(['an']);
    expect(ids('oa')).toEqual([]);
  });

  it('combines the status, the kind and the unit with the words', () => {
    expect(ids('', { status: 'submitted' })).toEqual(['dung', 'khoa']);
    expect(ids('', { kind: 'individual' })).toEqual(['an', 'hoa']);
    expect(ids('', { unitId: 'u-bvt' })).toEqual(['khoa', 'hoa']);
    expect(ids('khoa', { unitId: 'u-bvt', kind: 'individual' })).toEqual(['hoa']);
    expect(ids('', { status: 'approved' })).toEqual([]);
  });
});

describe('countByStatus', () => {
  it('counts the nominations in each status present', () => {
    expect(Object.fromEntries(countByStatus(items))).toEqual({ draft: 1, submitted: 2, forwarded: 1 });
    expect(countByStatus([]).size).toBe(0);
  });
});

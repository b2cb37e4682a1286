import { describe, expect, it } from 'vitest';
import { diffRows, formatValue } from './auditDiff.ts';

describe('diffRows: an audit entry’s before and after, field by field', () => {
  it('marks the changed fields, in before’s order, then the fields only after has', () => {
    const rows = diffRows(
      { name: 'Sở Y tế', code: 'SYT', active: true, parentId: null },
      { active: false, code: 'SYT', name: 'Sở Y tế Quảng Trị', parentId: null, email: 'syt@qt.vn' },
    );
    expect(rows.map((r) => [r.field, r.changed])).toEqual([
      ['name', true],
      ['code', false],
      ['active', true],
      ['parentId', false],
      ['email', true],
    ]);
    expect(rows[0]).toEqual({ field: 'name', before: 'Sở Y tế', after: 'Sở Y tế Quảng Trị', changed: true });
  });

  it('compares nested values by content and treats a missing field as null', () => {
    const rows = diffRows(
      { unitIds: ['a', 'b'], signature: { name: 'A' }, note: null },
      { unitIds: ['a', 'b'], signature: { name: 'B' } },
    );
    expect(rows.map((r) => [r.field, r.changed])).toEqual([
      ['unitIds', false],
      ['signature', true],
      ['note', false],
    ]);
  });

  it('lists a created or deleted record’s fields without marking them changed', () => {
    expect(diffRows(null, { name: 'Mới', code: 'M' })).toEqual([
      { field: 'name', before: undefined, after: 'Mới', changed: false },
      { field: 'code', before: undefined, after: 'M', changed: false },
    ]);
    expect(diffRows({ name: 'Cũ' }, null)).toEqual([
      { field: 'name', before: 'Cũ', after: undefined, changed: false },
    ]);
    expect(diffRows(null, null)).toEqual([]);
  });

  it('shows a value that is not a record as one row', () => {
    expect(diffRows('draft', 'issued')).toEqual([
      { field: '', before: 'draft', after: 'issued', changed: true },
    ]);
    expect(diffRows([1, 2], [1, 2])).toEqual([{ field: '', before: [1, 2], after: [1, 2], changed: false }]);
    expect(diffRows({ a: 1 }, [1])).toEqual([{ field: '', before: { a: 1 }, after: [1], changed: true }]);
  });
});

describe('formatValue', () => {
  it.each([
    [undefined, '—'],
    [null, '—'],
    ['', ''],
    ['Sở Y tế', 'Sở Y tế'],
    [0, '0'],
    [false, 'false'],
    [['a', 'b'], '[\n  "a",\n  "b"\n]'],
    [{ name: 'Đức' }, '{\n  "name": "Đức"\n}'],
  ])('%j → %j', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import type { QuotaRow } from './campaigns.ts';
import { findExcludingRow, findQuotaRow, quotaCovers, quotaKey } from './quotas.ts';

const row = (over: Partial<QuotaRow>): QuotaRow => ({
  id: 'r',
  scope: 'unit',
  nomineeKind: 'collective',
  count: 3,
  unitIds: [],
  unitKind: null,
  exceptUnitIds: [],
  label: '',
  text: '',
  ...over,
});
const district = (id: string, inRound = true) => ({ id, kind: 'district' as const, inRound });

describe('quota rules of section VI', () => {
  it('a unit row covers its one unit', () => {
    const syt = row({ unitIds: ['syt'] });
    expect(quotaCovers(syt, { id: 'syt', kind: 'department', inRound: true })).toBe(true);
    expect(quotaCovers(syt, { id: 'bchqs', kind: 'armed_force', inRound: true })).toBe(false);
    expect(quotaKey(syt, 'syt')).toBe('syt');
  });

  it('a pool by kind covers every district of the round and shares one counter', () => {
    const pool = row({ scope: 'pool', unitKind: 'district', count: 10 });
    expect(quotaCovers(pool, district('huonghoa'))).toBe(true);
    expect(quotaCovers(pool, district('thuanan', false))).toBe(false);
    expect(quotaCovers(pool, { id: 'syt', kind: 'department', inRound: true })).toBe(false);
    expect(quotaKey(pool, 'huonghoa')).toBe('*');
    expect(quotaKey(pool, 'giolinh')).toBe('*');
  });

  it('an "each" rule gives every district its own count, except the ones it names', () => {
    const each = row({
      scope: 'each',
      nomineeKind: 'individual',
      unitKind: 'district',
      count: 2,
      exceptUnitIds: ['conco'],
    });
    expect(quotaCovers(each, district('huonghoa'))).toBe(true);
    expect(quotaCovers(each, district('conco'))).toBe(false);
    expect(quotaKey(each, 'huonghoa')).toBe('huonghoa');
    // A listed pool or rule covers exactly its list.
    const listed = row({ scope: 'pool', unitIds: ['a', 'b'], unitKind: 'district' });
    expect(quotaCovers(listed, district('a'))).toBe(true);
    expect(quotaCovers(listed, district('c'))).toBe(false);
  });

  it('finds the row for a nominee kind, none when the unit has no quota for it', () => {
    const rows = [
      row({ id: 'coll', scope: 'pool', unitKind: 'district', count: 10 }),
      row({
        id: 'ind',
        scope: 'each',
        nomineeKind: 'individual',
        unitKind: 'district',
        count: 2,
        exceptUnitIds: ['conco'],
      }),
    ];
    expect(findQuotaRow(rows, 'collective', district('conco'))?.id).toBe('coll');
    expect(findQuotaRow(rows, 'individual', district('giolinh'))?.id).toBe('ind');
    expect(findQuotaRow(rows, 'individual', district('conco'))).toBeUndefined();
    expect(findQuotaRow(rows, 'exemplar', district('giolinh'))).toBeUndefined();
  });

  it('a pool leaves out the units it names: they share none of its slots, and the refusal can say why', () => {
    const rows = [
      row({ id: 'pool', scope: 'pool', unitKind: 'district', count: 10, exceptUnitIds: ['conco'] }),
      row({
        id: 'listed',
        scope: 'pool',
        nomineeKind: 'exemplar',
        unitIds: ['a', 'conco'],
        exceptUnitIds: ['conco'],
      }),
    ];
    expect(quotaCovers(rows[0] as QuotaRow, district('huonghoa'))).toBe(true);
    expect(quotaCovers(rows[0] as QuotaRow, district('conco'))).toBe(false);
    expect(findQuotaRow(rows, 'collective', district('conco'))).toBeUndefined();
    expect(findExcludingRow(rows, 'collective', district('conco'))?.id).toBe('pool');
    expect(findExcludingRow(rows, 'exemplar', district('conco'))?.id).toBe('listed');
    expect(findQuotaRow(rows, 'exemplar', district('a'))?.id).toBe('listed');
    // A unit the pool never reached, or one it covers, is not "excluded".
    expect(
      findExcludingRow(rows, 'collective', { id: 'syt', kind: 'department', inRound: true }),
    ).toBeUndefined();
    expect(findExcludingRow(rows, 'collective', district('huonghoa'))).toBeUndefined();
  });
});

import type { UnitRow } from '../src/kernel/unit-queries.ts';

/** A unit's stored row for tests that build a unit tree by hand: a province at the top, communes below. */
export function unitRow(id: string, name: string, parent: string | null, order = 0): UnitRow {
  return {
    id,
    code: id.toUpperCase(),
    name,
    short_name: null,
    kind: parent ? 'commune' : 'province',
    parent_id: parent,
    email: null,
    agency_code: null,
    active: 1,
    sort_order: order,
    version: 1,
  };
}

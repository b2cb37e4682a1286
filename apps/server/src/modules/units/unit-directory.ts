import { gzipSync } from 'node:zlib';
import {
  compareVi,
  matchesTokens,
  queryTokens,
  searchKey,
  type Unit,
  type UnitListItem,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { readUnitsVersion, selectAllUnits, toUnit, type UnitRow } from './queries.ts';

/** An immutable snapshot of the whole unit tree, in display order, with what search needs. */
export class UnitTree {
  readonly items: Unit[];
  readonly byId = new Map<string, Unit>();
  readonly byCode = new Map<string, Unit>();
  private readonly keys: string[];
  private json: Buffer | undefined;
  private gzip: Buffer | undefined;

  constructor(
    readonly version: number,
    rows: UnitRow[],
  ) {
    const children = new Map<string | null, UnitRow[]>();
    const ids = new Set(rows.map((r) => r.id));
    for (const row of rows) {
      const parent = row.parent_id && ids.has(row.parent_id) ? row.parent_id : null;
      const list = children.get(parent) ?? [];
      list.push(row);
      children.set(parent, list);
    }
    for (const list of children.values()) {
      list.sort(
        (a, b) => a.sort_order - b.sort_order || compareVi(a.name, b.name) || a.code.localeCompare(b.code),
      );
    }
    this.items = [];
    const stack: Array<{ row: UnitRow; depth: number }> = (children.get(null) ?? [])
      .map((row) => ({ row, depth: 0 }))
      .reverse();
    while (stack.length > 0) {
      const { row, depth } = stack.pop() as { row: UnitRow; depth: number };
      const unit = toUnit(row, depth);
      this.items.push(unit);
      this.byId.set(unit.id, unit);
      this.byCode.set(unit.code, unit);
      const kids = children.get(row.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ row: kids[i] as UnitRow, depth: depth + 1 });
    }
    this.keys = this.items.map((u) => searchKey(u.name, u.shortName, u.code));
  }

  /** The full listing as JSON, built once per version; GET /units sends these bytes. */
  listJson(): Buffer {
    this.json ??= Buffer.from(JSON.stringify({ items: this.items, total: this.items.length }));
    return this.json;
  }

  listGzip(): Buffer {
    this.gzip ??= gzipSync(this.listJson(), { level: 6 });
    return this.gzip;
  }

  get etag(): string {
    return `"units-${this.version}"`;
  }

  /** Matches (every folded token found in name, short name, code or their initials) plus their ancestors, in tree order. */
  search(query: string): UnitListItem[] {
    const tokens = queryTokens(query);
    if (tokens.length === 0) return this.items;
    const matched = new Set<string>();
    const shown = new Set<string>();
    this.items.forEach((unit, i) => {
      if (!matchesTokens(this.keys[i] as string, tokens)) return;
      matched.add(unit.id);
      for (const id of this.ancestorIds(unit.id)) shown.add(id);
    });
    return this.items
      .filter((u) => matched.has(u.id) || shown.has(u.id))
      .map((u) => ({ ...u, matched: matched.has(u.id) }));
  }

  /** Ids from the unit itself up to its root. */
  ancestorIds(id: string): string[] {
    const out: string[] = [];
    let current = this.byId.get(id);
    while (current && out.length <= this.items.length) {
      out.push(current.id);
      current = current.parentId ? this.byId.get(current.parentId) : undefined;
    }
    return out;
  }

  /** Names from the root down to the unit's parent. */
  path(id: string): string[] {
    return this.ancestorIds(id)
      .slice(1)
      .reverse()
      .map((a) => this.byId.get(a)?.name ?? '');
  }

  /** True when `id` is `rootId` or lies below it. */
  isWithin(rootId: string, id: string): boolean {
    return this.ancestorIds(id).includes(rootId);
  }

  childCount(id: string): number {
    let n = 0;
    for (const u of this.items) if (u.parentId === id) n++;
    return n;
  }
}

/**
 * The cached unit tree. Reads check the shared version counter (one indexed row) and reload
 * only when another request or instance changed a unit.
 */
export class UnitDirectory {
  private tree: UnitTree | undefined;
  private loading: { version: number; promise: Promise<UnitTree> } | undefined;

  constructor(private readonly db: Kysely<Database>) {}

  async current(): Promise<UnitTree> {
    const version = await readUnitsVersion(this.db);
    if (this.tree && this.tree.version === version) return this.tree;
    if (this.loading?.version !== version) {
      const promise = this.load(version).finally(() => {
        if (this.loading?.promise === promise) this.loading = undefined;
      });
      this.loading = { version, promise };
    }
    return this.loading.promise;
  }

  private async load(version: number): Promise<UnitTree> {
    // The version is read before the rows: a tree can be newer than its label, never older.
    const tree = new UnitTree(version, await selectAllUnits(this.db));
    if (!this.tree || this.tree.version <= version) this.tree = tree;
    return tree;
  }
}

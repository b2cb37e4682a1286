import { gzipSync } from 'node:zlib';
import { compareVi, queryTokens, searchKey, type Unit } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { readUnitsVersion, selectAllUnits, toUnit, type UnitRow } from './queries.ts';

/** Search answers list at most this many matches (plus their ancestors); `truncated` says when more matched. */
export const MAX_SEARCH_MATCHES = 100;

/** An immutable snapshot of the whole unit tree, in display order, with what search needs. */
export class UnitTree {
  readonly items: Unit[];
  readonly byId = new Map<string, Unit>();
  readonly byCode = new Map<string, Unit>();
  /** Every distinct word of the search keys, sorted, with the items it occurs in: prefix search is a range. */
  private readonly words: string[];
  private readonly postings: Int32Array[];
  /** Index of each item's parent in `items`, -1 for a root. */
  private readonly parentIndex: Int32Array;
  /** Each item as JSON, plain and as a search hit or an ancestor, so answers are joined, not re-serialised. */
  private readonly itemJson: string[];
  private readonly hitJson: string[];
  private readonly ancestorJson: string[];
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
    const parents: number[] = [];
    const stack: Array<{ row: UnitRow; depth: number; parent: number }> = (children.get(null) ?? [])
      .map((row) => ({ row, depth: 0, parent: -1 }))
      .reverse();
    while (stack.length > 0) {
      const { row, depth, parent } = stack.pop() as { row: UnitRow; depth: number; parent: number };
      const unit = toUnit(row, depth);
      const index = this.items.length;
      this.items.push(unit);
      parents.push(parent);
      this.byId.set(unit.id, unit);
      this.byCode.set(unit.code, unit);
      const kids = children.get(row.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--)
        stack.push({ row: kids[i] as UnitRow, depth: depth + 1, parent: index });
    }
    this.parentIndex = Int32Array.from(parents);
    const index = new Map<string, number[]>();
    this.items.forEach((u, i) => {
      for (const word of new Set(searchKey(u.name, u.shortName, u.code).split(' '))) {
        if (word === '') continue;
        const list = index.get(word);
        if (list) list.push(i);
        else index.set(word, [i]);
      }
    });
    this.words = [...index.keys()].sort();
    this.postings = this.words.map((w) => Int32Array.from(index.get(w) as number[]));
    this.itemJson = this.items.map((u) => JSON.stringify(u));
    this.hitJson = this.itemJson.map((j) => `${j.slice(0, -1)},"matched":true}`);
    this.ancestorJson = this.itemJson.map((j) => `${j.slice(0, -1)},"matched":false}`);
  }

  /** The full listing as JSON, built once per version; GET /units sends these bytes. */
  listJson(): Buffer {
    this.json ??= Buffer.from(`{"items":[${this.itemJson.join(',')}],"total":${this.items.length}}`);
    return this.json;
  }

  listGzip(): Buffer {
    this.gzip ??= gzipSync(this.listJson(), { level: 6 });
    return this.gzip;
  }

  get etag(): string {
    return `"units-${this.version}"`;
  }

  /**
   * Matches (every folded token starts a word of the name, short name, code or their initials)
   * plus their ancestors, in tree order; `total` counts every match, `truncated` says when only
   * the first MAX_SEARCH_MATCHES are shown.
   */
  searchJson(query: string): Buffer {
    const { shown, matched, total } = this.find(query);
    const parts: string[] = [];
    for (let i = 0; i < shown.length; i++) {
      if (shown[i]) parts.push((matched[i] ? this.hitJson[i] : this.ancestorJson[i]) as string);
    }
    return Buffer.from(
      `{"items":[${parts.join(',')}],"total":${total},"truncated":${total > MAX_SEARCH_MATCHES}}`,
    );
  }

  private find(query: string): { shown: Uint8Array; matched: Uint8Array; total: number } {
    const tokens = queryTokens(query);
    const n = this.items.length;
    // hits[i] = how many of the tokens so far start a word of item i (each token counted once).
    const hits = new Uint8Array(n);
    tokens.forEach((token, t) => {
      for (let w = lowerBound(this.words, token); w < this.words.length; w++) {
        if (!(this.words[w] as string).startsWith(token)) break;
        for (const i of this.postings[w] as Int32Array) if (hits[i] === t) hits[i] = t + 1;
      }
    });
    const shown = new Uint8Array(n);
    const matched = new Uint8Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      if (hits[i] !== tokens.length) continue;
      total++;
      if (total > MAX_SEARCH_MATCHES) continue;
      matched[i] = 1;
      for (let a = i; a >= 0 && !shown[a]; a = this.parentIndex[a] as number) shown[a] = 1;
    }
    return { shown, matched, total };
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

function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

import { gzipSync } from 'node:zlib';
import {
  compareVi,
  isSystemAdmin,
  provinceOf,
  queryTokens,
  searchKey,
  type TenantActor,
  type Unit,
} from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { readUnitsVersion, selectAllUnits, toUnit, type UnitRow } from './unit-queries.ts';

/** Search answers list at most this many matches (plus their ancestors); `truncated` says when more matched. */
export const MAX_SEARCH_MATCHES = 100;

/**
 * An immutable snapshot of the whole unit tree, in display order, with what search needs.
 * The directory's readers get it through a view: their own province's units (`viewFor`).
 */
export class UnitTree {
  readonly items: Unit[];
  readonly byId = new Map<string, Unit>();
  readonly byCode = new Map<string, Unit>();
  /** Each root (province) and the run of `items` its subtree fills: depth-first order keeps it contiguous. */
  private readonly provinceRange = new Map<string, { start: number; end: number }>();
  /** The views handed out so far, built on first use: by province, the whole installation, none. */
  private readonly views = new Map<string, UnitView>();
  private allView: UnitView | undefined;
  private emptyView: UnitView | undefined;
  /** Every distinct word of the search keys, sorted, with the items it occurs in: prefix search is a range. */
  private readonly words: string[];
  private readonly postings: Int32Array[];
  /** Index of each item's parent in `items`, -1 for a root. */
  private readonly parentIndex: Int32Array;
  /** Each item as JSON, plain and as a search hit or an ancestor, so answers are joined, not re-serialised. */
  private readonly itemJson: string[];
  private readonly hitJson: string[];
  private readonly ancestorJson: string[];

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
    let range: { start: number; end: number } | undefined;
    const stack: Array<{ row: UnitRow; depth: number; parent: number }> = (children.get(null) ?? [])
      .map((row) => ({ row, depth: 0, parent: -1 }))
      .reverse();
    while (stack.length > 0) {
      const { row, depth, parent } = stack.pop() as { row: UnitRow; depth: number; parent: number };
      const unit = toUnit(row, depth);
      const index = this.items.length;
      // A root starts its province's run; the previous root's run ends here.
      if (parent === -1) {
        if (range) range.end = index;
        range = { start: index, end: index };
        this.provinceRange.set(unit.id, range);
      }
      this.items.push(unit);
      parents.push(parent);
      this.byId.set(unit.id, unit);
      this.byCode.set(unit.code, unit);
      const kids = children.get(row.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--)
        stack.push({ row: kids[i] as UnitRow, depth: depth + 1, parent: index });
    }
    if (range) range.end = this.items.length;
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

  /**
   * What `actor` may read of the directory: their own province (the top of their unit's tree);
   * every province for the system administrator; nothing when their unit is not in the tree.
   */
  viewFor(actor: TenantActor): UnitView {
    if (isSystemAdmin(actor)) return this.view(null);
    const province = provinceOf(this, actor.unitId);
    return province === undefined ? this.noView() : this.view(province);
  }

  /**
   * One province's units (by its root's id), or every unit for `null`; built once per tree
   * version. Any other id (a unit that is not a root, an unknown one) has no units.
   */
  view(provinceId: string | null): UnitView {
    if (provinceId === null) {
      // The whole installation keeps the ETag of the whole tree; a province's adds its id.
      this.allView ??= new UnitView(this, 0, this.items.length, `"units-${this.version}"`);
      return this.allView;
    }
    let view = this.views.get(provinceId);
    if (view) return view;
    const range = this.provinceRange.get(provinceId);
    if (!range) return this.noView();
    // The id makes each province's ETag its own: a 304 never confirms another province's bytes.
    view = new UnitView(this, range.start, range.end, `"units-${this.version}-${provinceId}"`);
    this.views.set(provinceId, view);
    return view;
  }

  private noView(): UnitView {
    this.emptyView ??= new UnitView(this, 0, 0, `"units-${this.version}-"`);
    return this.emptyView;
  }

  /** @internal The items `start`..`end` as a listing, for UnitView. */
  listJsonOf(start: number, end: number): Buffer {
    return Buffer.from(`{"items":[${this.itemJson.slice(start, end).join(',')}],"total":${end - start}}`);
  }

  /**
   * @internal Matches among the items `start`..`end` (every folded token starts a word of the
   * name, short name, code or their initials) plus their ancestors, in tree order; `total` counts
   * every match, `truncated` says when only the first MAX_SEARCH_MATCHES are shown.
   */
  searchJsonOf(query: string, start: number, end: number): Buffer {
    const { shown, matched, total } = this.find(query, start, end);
    const parts: string[] = [];
    for (let k = 0; k < shown.length; k++) {
      const i = start + k;
      if (shown[k]) parts.push((matched[k] ? this.hitJson[i] : this.ancestorJson[i]) as string);
    }
    return Buffer.from(
      `{"items":[${parts.join(',')}],"total":${total},"truncated":${total > MAX_SEARCH_MATCHES}}`,
    );
  }

  /** Matches among the items `start`..`end`, flags indexed from `start`. */
  private find(
    query: string,
    start: number,
    end: number,
  ): { shown: Uint8Array; matched: Uint8Array; total: number } {
    const tokens = queryTokens(query);
    const n = end - start;
    // hits[k] = how many of the tokens so far start a word of item start + k (each token counted once).
    const hits = new Uint8Array(n);
    tokens.forEach((token, t) => {
      for (let w = lowerBound(this.words, token); w < this.words.length; w++) {
        if (!(this.words[w] as string).startsWith(token)) break;
        // Postings are in item order: the range's part of each is one run, found by bisection.
        const posting = this.postings[w] as Int32Array;
        for (let p = lowerBound(posting, start); p < posting.length; p++) {
          const i = posting[p] as number;
          if (i >= end) break;
          if (hits[i - start] === t) hits[i - start] = t + 1;
        }
      }
    });
    const shown = new Uint8Array(n);
    const matched = new Uint8Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      if (hits[k] !== tokens.length) continue;
      total++;
      if (total > MAX_SEARCH_MATCHES) continue;
      matched[k] = 1;
      // A range is whole subtrees, so every ancestor of a match lies within it.
      for (let a = start + k; a >= start && !shown[a - start]; a = this.parentIndex[a] as number)
        shown[a - start] = 1;
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

/**
 * One caller's part of the tree: a province's units, or every unit for the system administrator.
 * Its listing is pre-serialised and gzipped once per tree version, like the tree itself; its ETag
 * names the province, so a browser's cached copy of one province is never confirmed to another.
 */
export class UnitView {
  private json: Buffer | undefined;
  private gzip: Buffer | undefined;

  constructor(
    private readonly tree: UnitTree,
    private readonly start: number,
    private readonly end: number,
    readonly etag: string,
  ) {}

  /** The view's units in display order (with their depth in the whole tree). */
  get items(): Unit[] {
    return this.tree.items.slice(this.start, this.end);
  }

  get size(): number {
    return this.end - this.start;
  }

  /** The full listing as JSON, built once per version; GET /units sends these bytes. */
  listJson(): Buffer {
    this.json ??= this.tree.listJsonOf(this.start, this.end);
    return this.json;
  }

  listGzip(): Buffer {
    this.gzip ??= gzipSync(this.listJson(), { level: 6 });
    return this.gzip;
  }

  /** Search within the view: matches and their ancestors, `total` counting the view's matches only. */
  searchJson(query: string): Buffer {
    return this.tree.searchJsonOf(query, this.start, this.end);
  }
}

function lowerBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
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

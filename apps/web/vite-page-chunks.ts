import path from 'node:path';
import { type Plugin, parseSync } from 'vite';

interface PageChunksOptions {
  /** The page (a module the app imports dynamically), relative to apps/web. */
  page: string;
  /** The module that loads the page's tabs, each a dynamic import, relative to apps/web. */
  tabs: string;
  /** The home page, relative to apps/web. */
  home: string;
  /** The chunks' name, and the prefix of their names. */
  name: string;
}

/** What one module imports and exports, as far as the walk below needs it. */
interface ModuleLinks {
  /** Only imports and re-exports (`@mantine/core`, `@tongket/domain`): it runs no code of its own. */
  barrel: boolean;
  /** Each static import: the module, and the names used (`*` for a namespace). */
  imports: Array<{ id: string; names: string[] }>;
  /** Each name re-exported from another module: where from, under which name (`*`: its namespace). */
  reexports: Map<string, { id: string; name: string }>;
  /** `export * from`. */
  stars: string[];
  /** The names it declares and exports itself; null when unknown (it could not be read). */
  own: Set<string> | null;
}

/**
 * The default splitting makes one chunk for every set of lazily loaded modules (pages, tabs,
 * editors…) that share a module. A round's page shares small pieces (a Mantine component, a helper)
 * with a different set of the app's 30-odd lazy modules each, and a cold load of it asked for
 * 60–70 files, the browser sending six at a time. This puts the code the page always needs (its
 * static imports, outside the first bundle, which the `$initial` group before these keeps) in at
 * most four chunks, by who else needs it:
 *
 * - `<name>-common`: also home's and another page's;
 * - `<name>-home`: also home's (home needs all of both, so it loads nothing more);
 * - `<name>-shared`: also another page's, which then loads some code it does not use;
 * - `<name>`: only the page's and its tabs' (a tab is only ever shown on the page).
 *
 * What only a tab needs is left to the default splitting, so each tab still loads on its own.
 *
 * Which modules a page needs is walked name by name through barrels: the graph's own edges go from
 * `@mantine/core`'s index to every component, and from `@tongket/domain`'s to every module and zod.
 * A module behind an `export *` is followed only for the names it exports, so home, which names
 * task kinds and roles, does not count as needing the domain's schema modules (and zod).
 */
export function pageChunks(options: PageChunksOptions) {
  const root = path.resolve(import.meta.dirname);
  const page = path.join(root, options.page);
  const tabs = path.join(root, options.tabs);
  const home = path.join(root, options.home);
  /** Module id → the chunk it goes in; filled once the module graph is known. */
  const chunkOf = new Map<string, string>();

  const plugin: Plugin = {
    name: 'tongket-page-chunks',
    apply: 'build',
    async buildEnd(error) {
      chunkOf.clear();
      if (error) return;
      const links = new Map<string, Promise<ModuleLinks>>();
      const linksOf = (id: string) => {
        let found = links.get(id);
        if (!found) {
          found = readLinks(id);
          links.set(id, found);
        }
        return found;
      };
      const readLinks = async (id: string): Promise<ModuleLinks> => {
        const info = this.getModuleInfo(id);
        const everything: ModuleLinks = {
          barrel: false,
          imports: (info?.importedIds ?? []).map((to) => ({ id: to, names: ['*'] })),
          reexports: new Map(),
          stars: [],
          own: null,
        };
        if (!info?.code) return everything;
        let parsed: ReturnType<typeof parseSync>;
        try {
          parsed = parseSync(id, info.code, { lang: 'js', sourceType: 'module' });
        } catch {
          return everything;
        }
        if (parsed.errors.length > 0) return everything;
        const resolved = new Map<string, string | null>();
        const resolve = async (request: string) => {
          if (!resolved.has(request)) resolved.set(request, (await this.resolve(request, id))?.id ?? null);
          return resolved.get(request) ?? null;
        };
        const result: ModuleLinks = {
          barrel: parsed.program.body.every(
            (s) =>
              s.type === 'ImportDeclaration' ||
              s.type === 'ExportAllDeclaration' ||
              (s.type === 'ExportNamedDeclaration' && !s.declaration),
          ),
          imports: [],
          reexports: new Map(),
          stars: [],
          own: new Set(),
        };
        for (const statement of parsed.module.staticImports) {
          const to = await resolve(statement.moduleRequest.value);
          if (!to) continue;
          const names = statement.entries.map((e) =>
            e.importName.kind === 'NamespaceObject'
              ? '*'
              : e.importName.kind === 'Default'
                ? 'default'
                : (e.importName.name ?? '*'),
          );
          result.imports.push({ id: to, names });
        }
        for (const statement of parsed.module.staticExports) {
          for (const entry of statement.entries) {
            if (!entry.moduleRequest) {
              result.own?.add(
                entry.exportName.kind === 'Default' ? 'default' : (entry.exportName.name ?? '*'),
              );
              continue;
            }
            const to = await resolve(entry.moduleRequest.value);
            if (!to) continue;
            if (entry.importName.kind === 'AllButDefault') result.stars.push(to);
            else {
              const exported =
                entry.exportName.kind === 'Default' ? 'default' : (entry.exportName.name ?? '*');
              // `export * as ns from`: its whole namespace.
              const name = entry.importName.kind === 'Name' ? (entry.importName.name ?? '*') : '*';
              result.reexports.set(exported, { id: to, name });
            }
          }
        }
        return result;
      };
      const provides = async (id: string, name: string, seen = new Set<string>()): Promise<boolean> => {
        if (seen.has(id)) return false;
        seen.add(id);
        const found = await linksOf(id);
        if (found.reexports.has(name)) return true;
        // A module with code of its own provides only what it exports (`*`: anything, unknown).
        if (!found.barrel && (found.own === null || found.own.has(name) || name === '*')) return true;
        for (const star of found.stars) if (await provides(star, name, seen)) return true;
        return false;
      };

      /** The modules `start` needs, following through a barrel only the names asked of it. */
      const needs = async (start: string[]) => {
        const whole = new Set<string>();
        const asked = new Set<string>();
        const visit = async (id: string, names: string[]): Promise<void> => {
          const found = await linksOf(id);
          if (!found.barrel && !whole.has(id)) {
            whole.add(id);
            for (const dependency of found.imports) await visit(dependency.id, dependency.names);
          }
          for (const name of names) {
            const key = `${id}\0${name}`;
            if (asked.has(key)) continue;
            asked.add(key);
            if (found.barrel) whole.add(id);
            if (name === '*') {
              for (const re of found.reexports.values()) await visit(re.id, [re.name]);
              for (const star of found.stars) await visit(star, ['*']);
              continue;
            }
            const re = found.reexports.get(name);
            if (re) await visit(re.id, [re.name]);
            else for (const star of found.stars) if (await provides(star, name)) await visit(star, [name]);
          }
        };
        for (const id of start) await visit(id, ['*']);
        return whole;
      };

      const ids = [...this.getModuleIds()];
      const lazy = new Set(ids.flatMap((id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? []));
      if (!lazy.has(page)) return;
      // The page and its tabs: what they share is the page's.
      const family = new Set([page, ...(this.getModuleInfo(tabs)?.dynamicallyImportedIds ?? [])]);
      const homeNeeds = await needs([home]);
      const othersNeed = await needs([...lazy].filter((id) => id !== home && !family.has(id)));
      for (const id of await needs([page])) {
        const chunk = homeNeeds.has(id)
          ? othersNeed.has(id)
            ? 'common'
            : 'home'
          : othersNeed.has(id)
            ? 'shared'
            : null;
        chunkOf.set(id, chunk ? `${options.name}-${chunk}` : options.name);
      }
    },
  };

  /**
   * Groups of `output.codeSplitting`, each with the dependencies of its modules (rolldown's default,
   * which keeps the chunks' order of execution): the one that keeps the first bundle's modules must
   * come before them, with a higher priority. What home needs goes first, then what another page
   * needs: every dependency of such a module is needed as widely.
   */
  const order = ['common', 'home', 'shared'].map((chunk) => `${options.name}-${chunk}`);
  const groups = [...order, options.name].map((name, i) => ({
    name,
    test: (id: string) => chunkOf.get(id) === name,
    priority: 4 - i,
  }));
  return { plugin, groups };
}

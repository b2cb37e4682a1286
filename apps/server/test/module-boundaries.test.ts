import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The server's import rule (docs/architecture.md, "Module boundaries"), checked on the source text.
 * Layers, bottom to top: the kernel, the modules, the orchestration, the composition root. A file
 * imports its own layer or a lower one; a module imports another only through its `index.ts`; the
 * modules' graph has no cycle. Test files (`*.test.ts`), the test helpers in `apps/server/test/` and
 * the benchmarks stand above everything (they build the whole app), yet they too reach a module only
 * through its `index.ts`, unless the test sits inside that module.
 */

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const SRC = path.join(REPO, 'apps/server/src');

const LAYERS = ['kernel', 'module', 'orchestration', 'root', 'test'] as const;
type Layer = (typeof LAYERS)[number];

/** The composition root: the processes' entry points and the demo they seed. */
const ROOT_FILES = new Set(['app.ts', 'start.ts', 'main.ts', 'cli.ts', 'parser-worker.ts']);

interface Place {
  layer: Layer;
  /** The module a file belongs to, for files under `src/modules/<name>/`. */
  module: string | null;
}

function placeOf(file: string): Place {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || file.endsWith('.test.ts')) {
    const inSrc = !rel.startsWith('..');
    const parts = rel.split(path.sep);
    return { layer: 'test', module: inSrc && parts[0] === 'modules' ? (parts[1] ?? null) : null };
  }
  const parts = rel.split(path.sep);
  if (parts[0] === 'modules') return { layer: 'module', module: parts[1] ?? null };
  if (parts[0] === 'orchestration') return { layer: 'orchestration', module: null };
  if (parts[0] === 'demo' || (parts.length === 1 && ROOT_FILES.has(rel)))
    return { layer: 'root', module: null };
  // Everything else under src is the kernel: config.ts, context.ts, db/, http/, lib/, kernel/.
  return { layer: 'kernel', module: null };
}

interface Import {
  file: string;
  specifier: string;
  target: string;
}

const IMPORT_PATTERNS = [
  // import … from '…', import type … from '…', export … from '…' (over several lines too)
  /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  // import '…' (for its side effects)
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  // import('…')
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** Every relative import of a file, resolved to the file it names. */
function importsOf(file: string, text = fs.readFileSync(file, 'utf8')): Import[] {
  const found: Import[] = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const specifier = match[1] as string;
      if (!specifier.startsWith('.')) continue;
      found.push({ file, specifier, target: path.resolve(path.dirname(file), specifier) });
    }
  }
  return found;
}

/** The breaches of the rule by one import, each a sentence naming the file and the import. */
function breaches(imp: Import): string[] {
  const from = placeOf(imp.file);
  const to = placeOf(imp.target);
  const where = `${path.relative(REPO, imp.file)} imports '${imp.specifier}'`;
  const problems: string[] = [];
  if (to.layer === 'test' && from.layer !== 'test') problems.push(`${where}: a test file`);
  if (LAYERS.indexOf(to.layer) > LAYERS.indexOf(from.layer)) {
    problems.push(`${where}: the ${to.layer} layer sits above the ${from.layer} layer`);
  }
  if (to.module !== null && to.layer === 'module' && to.module !== from.module) {
    const index = path.join(SRC, 'modules', to.module, 'index.ts');
    if (imp.target !== index)
      problems.push(`${where}: another module's internals (use modules/${to.module}/index.ts)`);
  }
  if (from.layer === 'module' && to.layer === 'module' && to.module === from.module) {
    if (
      imp.target === path.join(SRC, 'modules', to.module ?? '', 'index.ts') &&
      !imp.file.endsWith('index.ts')
    ) {
      problems.push(`${where}: a module's own index.ts (import the file itself)`);
    }
  }
  return problems;
}

/** A cycle in the modules' graph (non-test files), as the modules along it, or null. */
function moduleCycle(edges: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of [...(edges.get(node) ?? [])].sort()) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...edges.keys()].sort()) {
    if (!state.has(node)) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
  }
  return null;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const files = [SRC, path.join(REPO, 'apps/server/test'), path.join(REPO, 'bench')].flatMap(tsFiles);
const imports = files.flatMap((file) => importsOf(file));

describe('module boundaries', () => {
  it('reads the imports it checks', () => {
    // A parser that found nothing would pass every rule below.
    expect(imports.length).toBeGreaterThan(1000);
    const modules = fs.readdirSync(path.join(SRC, 'modules'));
    expect(modules.length).toBeGreaterThan(10);
    for (const name of modules) {
      expect(fs.existsSync(path.join(SRC, 'modules', name, 'index.ts')), `modules/${name}/index.ts`).toBe(
        true,
      );
    }
  });

  it('imports only its own layer or lower, other modules only through their index.ts', () => {
    expect(imports.flatMap(breaches)).toEqual([]);
  });

  it('has no cycle between modules', () => {
    const edges = new Map<string, Set<string>>();
    /** One import that makes each edge, to name in a failure. */
    const because = new Map<string, string>();
    for (const imp of imports) {
      const from = placeOf(imp.file);
      const to = placeOf(imp.target);
      if (from.layer !== 'module' || to.layer !== 'module' || !from.module || !to.module) continue;
      if (from.module === to.module) continue;
      edges.set(from.module, (edges.get(from.module) ?? new Set()).add(to.module));
      const edge = `${from.module} → ${to.module}`;
      if (!because.has(edge))
        because.set(edge, `${edge}: ${path.relative(REPO, imp.file)} imports '${imp.specifier}'`);
    }
    const cycle = moduleCycle(edges);
    const named = cycle === null ? null : cycle.slice(1).map((to, i) => because.get(`${cycle[i]} → ${to}`));
    expect(named).toBeNull();
  });

  it('catches an upward import, a reach into internals and a cycle', () => {
    const at = (rel: string) => path.join(SRC, rel);
    const upward = importsOf(at('http/guard.ts'), "import { x } from '../modules/auth/index.ts';");
    expect(breaches(upward[0] as Import)).toEqual([
      "apps/server/src/http/guard.ts imports '../modules/auth/index.ts': the module layer sits above the kernel layer",
    ]);
    const internal = importsOf(
      at('modules/commendation/routes.ts'),
      "import type {\n  Y,\n} from '../campaigns/plan-store.ts';\nconst m = await import('../units/routes.ts');",
    );
    expect(internal.flatMap(breaches)).toEqual([
      "apps/server/src/modules/commendation/routes.ts imports '../campaigns/plan-store.ts': another module's internals (use modules/campaigns/index.ts)",
      "apps/server/src/modules/commendation/routes.ts imports '../units/routes.ts': another module's internals (use modules/units/index.ts)",
    ]);
    const fromDemo = importsOf(
      at('modules/units/create-unit.ts'),
      "export { y } from '../../demo/seed-demo.ts';",
    );
    expect(breaches(fromDemo[0] as Import)).toHaveLength(1);
    const ownTest = importsOf(at('modules/units/units.test.ts'), "import { y } from './create-unit.ts';");
    expect(breaches(ownTest[0] as Import)).toEqual([]);
    expect(
      moduleCycle(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
  });
});

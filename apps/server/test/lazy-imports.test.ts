import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * What the server loads on first use only (docs/architecture.md, "Loaded on first use"): the
 * renderers and PDF signatures of `@tongket/documents`, ExcelJS, mammoth, JSZip and nodemailer are
 * about 50 MB of a server's resident memory that a server rendering nothing would carry from
 * start-up. Outside tests, the server's files import them with `import('…')` or `import type`, and
 * `@tongket/documents/builders` (imported statically) reaches none of the package's heavy libraries.
 */

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const SERVER = path.join(REPO, 'apps/server/src');
const DOCUMENTS = path.join(REPO, 'packages/documents/src');

/** Loaded on first use by the server. */
const ON_FIRST_USE = ['@tongket/documents', 'exceljs', 'mammoth', 'jszip', 'nodemailer'];
/** The entry points of `@tongket/documents` the server imports statically: no renderer in them. */
const CHEAP = ['@tongket/documents/builders', '@tongket/documents/layout'];
/** What `@tongket/documents` renders and signs with. */
const RENDERER_LIBRARIES = ['docx', 'pdfmake', 'pdf-lib', 'pdfjs-dist', 'pkijs', 'asn1js', '@peculiar/x509'];

const STATIC_IMPORT = /^\s*(import|export)\b(\s+type\b)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm;
const BARE_IMPORT = /^\s*import\s*['"]([^'"]+)['"]/gm;

/** The value imports of a file's text (type-only ones left out), by specifier. */
function valueImports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(STATIC_IMPORT)) if (!m[2]) out.push(m[3] as string);
  for (const m of text.matchAll(BARE_IMPORT)) out.push(m[1] as string);
  return out;
}

const packageOf = (specifier: string) =>
  specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : (specifier.split('/')[0] as string);

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => path.join(dir, f));
}

/** The files `entry` reaches through static value imports inside its package, itself included. */
function reachedFrom(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of valueImports(fs.readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
    }
  };
  visit(entry);
  return [...seen];
}

describe('loaded on first use', () => {
  it('the server imports the renderers, ExcelJS, mammoth, JSZip and nodemailer only dynamically or as types', () => {
    const files = sourceFiles(SERVER);
    expect(files.length).toBeGreaterThan(100);
    const eager = files.flatMap((file) =>
      valueImports(fs.readFileSync(file, 'utf8'))
        .filter((specifier) => ON_FIRST_USE.includes(packageOf(specifier)) && !CHEAP.includes(specifier))
        .map((specifier) => `${path.relative(REPO, file)}: ${specifier}`),
    );
    expect(eager).toEqual([]);
  });

  it('@tongket/documents/builders reaches no renderer or signature library', () => {
    const reached = reachedFrom(path.join(DOCUMENTS, 'builders.ts'));
    expect(reached.length).toBeGreaterThan(5);
    const heavy = reached.flatMap((file) =>
      valueImports(fs.readFileSync(file, 'utf8'))
        .filter((specifier) => RENDERER_LIBRARIES.includes(packageOf(specifier)))
        .map((specifier) => `${path.relative(REPO, file)}: ${specifier}`),
    );
    expect(heavy).toEqual([]);
  });

  it('tells a value import from a type-only one', () => {
    expect(
      valueImports("import type { A } from '@tongket/documents';\nimport { b } from 'exceljs';"),
    ).toEqual(['exceljs']);
    expect(
      valueImports("import {\n  c,\n  type D,\n} from '@tongket/documents';\nimport 'pdf-lib';"),
    ).toEqual(['@tongket/documents', 'pdf-lib']);
    // The whole package, as render-in-worker's renderers would reach it, is caught too.
    const index = reachedFrom(path.join(DOCUMENTS, 'index.ts'));
    expect(
      index.some((file) =>
        valueImports(fs.readFileSync(file, 'utf8')).some((s) => RENDERER_LIBRARIES.includes(packageOf(s))),
      ),
    ).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from './harness.ts';

/**
 * The OpenAPI document is the contract clients are written against, so it must say what each route
 * enforces. For every documented JSON request body: a body built from the documented schema alone
 * passes validation, and a body the document forbids (a required field left out, a field it does
 * not name) is refused with a 400 naming that field. A route that validates more, or other, than it
 * documents fails here.
 */

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema is walked structurally
type Schema = any;

const FAKE_ID = '01900000-0000-7000-8000-000000000000';

/**
 * Candidate values for the patterns the API documents, taken in turn so that two fields of one
 * pattern (a start and an end time) differ; a pattern none of them matches fails the walk.
 */
const PATTERN_CANDIDATES = ['QT-01', 'nguoi.dung', '07:30', '11:00', '12', 'before:3'];
const patternUses = new Map<string, number>();

function patternSample(pattern: string, path: string): string {
  const re = new RegExp(pattern, 'u');
  const matching = PATTERN_CANDIDATES.filter((c) => re.test(c));
  if (matching.length === 0) throw new Error(`${path}: no sample matches the documented pattern ${pattern}`);
  const used = patternUses.get(pattern) ?? 0;
  patternUses.set(pattern, used + 1);
  return matching[used % matching.length] as string;
}

function sample(schema: Schema, path: string): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const options: Schema[] | undefined = schema.anyOf ?? schema.oneOf;
  if (options) {
    const notNull = options.find((o) => o.type !== 'null') ?? options[0];
    return sample(notNull, path);
  }
  if (schema.allOf) return sample(Object.assign({}, ...schema.allOf), path);
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? [])
        out[key] = sample(schema.properties?.[key] ?? {}, `${path}.${key}`);
      return out;
    }
    case 'array': {
      const min = schema.minItems ?? 0;
      return Array.from({ length: min }, (_, i) => sample(schema.items ?? {}, `${path}[${i}]`));
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
      return Math.max(min, Math.min(1, schema.maximum ?? 1));
    }
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'string': {
      if (schema.format === 'date-time') return '2030-06-15T10:00:00.000Z';
      if (schema.format === 'date') return '2030-06-15';
      if (schema.format === 'email') return 'van.thu@example.vn';
      if (schema.format === 'uri') return 'https://example.vn/';
      if (schema.pattern) return patternSample(schema.pattern, path);
      const min = schema.minLength ?? 1;
      return 'Nội dung'.padEnd(min, 'x').slice(0, Math.max(min, Math.min(8, schema.maxLength ?? 8)));
    }
    default:
      return 'x';
  }
}

interface Operation {
  method: 'POST' | 'PUT' | 'PATCH';
  path: string;
  schema: Schema;
}

function documentedBodies(doc: Schema): Operation[] {
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries<Schema>(doc.paths)) {
    for (const [method, op] of Object.entries<Schema>(methods)) {
      const schema = op.requestBody?.content?.['application/json']?.schema;
      if (!schema) continue;
      out.push({ method: method.toUpperCase() as Operation['method'], path, schema });
    }
  }
  return out;
}

/** A real URL for a documented path: every id names nothing, so no handler changes anything. */
const urlOf = (path: string) => path.replace(/\{[^}]+\}/g, FAKE_ID);

describe.each(DIALECTS)('the OpenAPI document matches what each route enforces (%s)', (dialect) => {
  const suite = useTestServer(dialect);

  it('every documented request body is accepted as documented and refused where the document forbids', async () => {
    const doc = (await suite.server.anon.get('/api/openapi.json')).json;
    const operations = documentedBodies(doc).filter(
      // Signing out or changing the caller's password would end the session the walk uses.
      (op) => !/\/auth\/(logout|password)$/.test(op.path),
    );
    expect(operations.length).toBeGreaterThan(30);
    let admin: Client = suite.admin;
    const problems: string[] = [];
    for (const op of operations) {
      const body = sample(op.schema, 'body');
      const res = await admin.request(op.method, urlOf(op.path), body, {
        'idempotency-key': `contract-${op.method}-${op.path}`.slice(0, 64).padEnd(16, '0'),
      });
      if (res.status === 401) admin = await suite.server.login('admin');
      if (res.status === 400 && res.json?.code === 'validation_failed') {
        problems.push(
          `${op.method} ${op.path}: the documented body ${JSON.stringify(body)} is refused: ${res.json.detail}`,
        );
        continue;
      }
      expect(res.status, `${op.method} ${op.path}`).toBeLessThan(500);

      const required: string[] = op.schema.required ?? [];
      for (const field of required) {
        const without = { ...(body as Record<string, unknown>) };
        delete without[field];
        const missing = await admin.request(op.method, urlOf(op.path), without);
        const named = (missing.json?.errors ?? []).some((e: { field: string }) => e.field === field);
        if (missing.status !== 400 || !named) {
          problems.push(
            `${op.method} ${op.path}: "${field}" is documented as required but a body without it got ${missing.status}`,
          );
        }
      }
      if (op.schema.additionalProperties === false) {
        const extra = await admin.request(op.method, urlOf(op.path), {
          ...(body as Record<string, unknown>),
          truongLa: 1,
        });
        const named = (extra.json?.errors ?? []).some((e: { field: string }) => e.field === 'truongLa');
        if (extra.status !== 400 || !named) {
          problems.push(`${op.method} ${op.path}: an undocumented field was not refused (${extra.status})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('documents the extension of a deadline by the deadline it replaces, not by a version', async () => {
    const doc = (await suite.server.anon.get('/api/openapi.json')).json;
    const patch = doc.paths['/api/v1/assignments/{id}'].patch;
    expect(patch.requestBody.content['application/json'].schema.required.sort()).toEqual([
      'deadline',
      'previousDeadline',
    ]);
    expect(patch.summary).not.toMatch(/version/);
  });
});

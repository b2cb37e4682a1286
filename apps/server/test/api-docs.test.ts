import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeTables, withRouteTables } from '../../../docs/api-routes.ts';

describe('docs/api.md', () => {
  it('lists every route the server documents, as the OpenAPI document says it', async () => {
    const file = path.resolve(import.meta.dirname, '../../../docs/api.md');
    const text = fs.readFileSync(file, 'utf8');
    // Out of date: run `node --import tsx docs/print-api-routes.ts --write`.
    expect(text).toBe(withRouteTables(text, await routeTables()));
  });
});

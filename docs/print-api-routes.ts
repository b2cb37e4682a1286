/**
 * Prints the route tables of docs/api.md (see api-routes.ts); with --write, replaces the part of
 * docs/api.md between its route markers.
 *
 *   node --import tsx docs/print-api-routes.ts [--write]
 */
import fs from 'node:fs';
import path from 'node:path';
import { routeTables, withRouteTables } from './api-routes.ts';

const tables = await routeTables();
if (process.argv.includes('--write')) {
  const file = path.join(import.meta.dirname, 'api.md');
  fs.writeFileSync(file, withRouteTables(fs.readFileSync(file, 'utf8'), tables));
  console.log('docs/api.md: route tables rewritten');
} else {
  process.stdout.write(tables);
}

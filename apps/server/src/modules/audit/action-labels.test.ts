import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_ACTION_LABELS } from '@tongket/domain';
import { describe, expect, it } from 'vitest';

/**
 * The audit page names every action in the reader's language: each action the server records
 * (every `action: '…'` it writes, both sides of a choice) has a Vietnamese and an English label,
 * or the page would show the raw key.
 */
const SRC = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

function recordedActions(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!/\baction:/.test(line)) continue;
      for (const m of line.matchAll(/'([a-z_]+\.[a-z_]+)'/g))
        found.set(m[1] as string, path.relative(SRC, file));
    }
  }
  return found;
}

describe('the audit actions', () => {
  it('finds the actions the server records', () => {
    expect(recordedActions().size).toBeGreaterThan(40);
  });

  it('has a label in both languages for every action the server records', () => {
    const missing = [...recordedActions()].filter(([action]) => {
      const label = AUDIT_ACTION_LABELS[action];
      return !label?.vi || !label.en;
    });
    expect(missing.map(([action, file]) => `${action} (${file})`)).toEqual([]);
  });
});

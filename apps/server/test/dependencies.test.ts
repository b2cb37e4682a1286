import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

/** The oldest Node.js the README promises; `npm ci` on it must not warn about any dependency. */
function statedNode(): string {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const stated = /Node\.js (\d+\.\d+)(?:\.(\d+))? or newer/.exec(readme);
  if (!stated) throw new Error('README.md does not say which Node.js it needs ("Node.js X.Y or newer")');
  return `${stated[1]}.${stated[2] ?? '0'}`;
}

describe('dependencies install cleanly on the Node.js the README states', () => {
  it('the README and package.json state the same oldest Node.js', () => {
    const engines = readJson('package.json').engines.node as string;
    expect(semver.minVersion(engines)?.version).toBe(statedNode());
  });

  it('every locked package accepts that Node.js and this one (no EBADENGINE on npm ci)', () => {
    const lock = readJson('package-lock.json') as {
      packages: Record<string, { version?: string; engines?: { node?: string } }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => typeof p.engines?.node === 'string')
      .filter(
        ([, p]) =>
          !semver.satisfies(statedNode(), p.engines?.node as string) ||
          !semver.satisfies(process.versions.node, p.engines?.node as string),
      )
      .map(
        ([name, p]) => `${name.replace(/^.*node_modules\//, '')}@${p.version} wants node ${p.engines?.node}`,
      );
    expect(refusing).toEqual([]);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, DIALECTS, type TestServer } from '../../../test/harness.ts';
import { ARCHIVE_PATTERN } from './create-backup.ts';
import { BackupScheduler, pruneBackups, type ScheduleOptions } from './scheduled-backups.ts';

const HOUR = 3600_000;

describe.each(DIALECTS)('scheduled backups (%s)', (dialect) => {
  let server: TestServer;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    server = await createTestServer(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-scheduled-'));
    env = { DATA_DIR: server.config.dataDir, DATABASE_URL: '', PGOPTIONS: '' };
    if (dialect === 'postgres') {
      env = {
        ...env,
        DATABASE_URL: process.env.TEST_DATABASE_URL as string,
        PGOPTIONS: `-c search_path=${server.pgSchema}`,
      };
    }
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const options: () => ScheduleOptions = () => ({ dir, intervalHours: 24, keep: 2 });
  const scheduler = () => new BackupScheduler(server.db.kysely, options(), server.app.log, undefined, env);
  const archives = () => fs.readdirSync(dir).filter((n) => ARCHIVE_PATTERN.test(n));

  it('makes one backup per interval however many instances check, keeps the newest, touches nothing else', async () => {
    fs.writeFileSync(path.join(dir, 'ghi-chu.txt'), 'không phải bản sao lưu');
    const t0 = Date.now();
    // Five instances check at the same instant: one takes it (the others lose the claim, or read it
    // already moved on).
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => scheduler().runIfDue(t0)));
    expect(outcomes.filter((o) => o === 'done')).toHaveLength(1);
    expect(
      outcomes.filter((o) => o !== 'done').every((o) => o === 'taken-elsewhere' || o === 'not-due'),
    ).toBe(true);
    expect(archives()).toHaveLength(1);
    const first = archives()[0];

    expect(await scheduler().runIfDue(t0 + HOUR)).toBe('not-due');
    expect(await scheduler().runIfDue(t0 + 24 * HOUR)).toBe('done');
    expect(archives()).toHaveLength(2);
    expect(await scheduler().runIfDue(t0 + 48 * HOUR)).toBe('done');
    // The oldest went; the two newest stay; the note in the folder stays.
    expect(archives()).toHaveLength(2);
    expect(archives()).not.toContain(first);
    expect(fs.existsSync(path.join(dir, 'ghi-chu.txt'))).toBe(true);
  });

  it('tries a failed backup again an hour later', async () => {
    const t0 = Date.now() + 72 * HOUR;
    const failing = new BackupScheduler(server.db.kysely, options(), server.app.log, async () => ({
      ok: false,
      output: 'Thư mục đã hết chỗ trống.',
    }));
    expect(await failing.runIfDue(t0)).toBe('failed');
    expect(await scheduler().runIfDue(t0 + HOUR / 2)).toBe('not-due');
    expect(await scheduler().runIfDue(t0 + HOUR)).toBe('done');
  });

  it('is not taken again by an instance whose clock was read a moment before another claimed it', async () => {
    const later = Date.now() + 200 * HOUR;
    // Instance A claims the backup at `later`; instance B had read its clock 2 s before A, and reads
    // the due time A just wrote: a day and 2 s ahead of its own clock, which is not a shortened interval.
    expect(await scheduler().runIfDue(later)).toBe('done');
    expect(await scheduler().runIfDue(later - 2000)).toBe('not-due');
    // A really shortened interval (a day to six hours) is still taken at once.
    const sixHours = new BackupScheduler(
      server.db.kysely,
      { ...options(), intervalHours: 6 },
      server.app.log,
      undefined,
      env,
    );
    expect(await sixHours.runIfDue(later + 1000)).toBe('done');
  });

  it('sweeps the work folder of a backup that never finished, once it is a day old', async () => {
    const stale = path.join(dir, '.tongket-backup-cu');
    const fresh = path.join(dir, '.tongket-backup-moi');
    fs.mkdirSync(stale);
    fs.mkdirSync(fresh);
    const twoDaysAgo = new Date(Date.now() - 48 * HOUR);
    fs.utimesSync(stale, twoDaysAgo, twoDaysAgo);
    expect(await pruneBackups(dir, 2)).toEqual(['.tongket-backup-cu']);
    expect(fs.existsSync(fresh)).toBe(true);
    fs.rmSync(fresh, { recursive: true });
  });
});

describe('pruning backups', () => {
  it('orders archives taken in the same second by their number, and keeps all with keep = 0', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-prune-'));
    try {
      const names = [
        'tongket-backup-20250101-000000Z.zip',
        'tongket-backup-20250101-000000Z-1.zip',
        'tongket-backup-20250101-000000Z-2.zip',
        'tongket-backup-20241231-235959Z.zip',
      ];
      for (const n of names) fs.writeFileSync(path.join(dir, n), '');
      expect(await pruneBackups(dir, 0)).toEqual([]);
      expect((await pruneBackups(dir, 2)).sort()).toEqual([
        'tongket-backup-20241231-235959Z.zip',
        'tongket-backup-20250101-000000Z.zip',
      ]);
      expect(fs.readdirSync(dir).sort()).toEqual([
        'tongket-backup-20250101-000000Z-1.zip',
        'tongket-backup-20250101-000000Z-2.zip',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

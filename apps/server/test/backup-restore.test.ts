import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAndIssueRound, insertReportingUnits, signInUnits } from '../../../bench/lib/bench-round.ts';
import { startCli } from '../../../bench/lib/cli-process.ts';
import { submitRequests } from '../../../bench/lib/deadline-spike.ts';
import { login } from '../../../bench/lib/http-client.ts';
import { is2xx, runLoad } from '../../../bench/lib/load-runner.ts';
import { buildApp } from '../src/app.ts';
import { type Db, openDatabase } from '../src/db/database.ts';
import { createTestServer, DIALECTS, type TestServer, withPgClient } from './harness.ts';

/**
 * The issue's proof: the deadline spike (every unit saves and submits its report in one request,
 * many in parallel, through the HTTP API), `npm run cli -- backup` started in its own process in
 * the middle of it, then `npm run cli -- restore` into a new data directory (SQLite) or a fresh
 * schema (PostgreSQL). Every submission acknowledged before the backup began must be in the
 * restore, identical to the row the server stored; none sent after the backup reported its
 * snapshot may be; the restore is consistent (statuses, counts, audit entries, attached files),
 * and a server on it serves the units' reports and files with their sessions of before.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const UNITS = 300;
/** Acknowledged before the backup starts; the others are sent during its snapshot or after it. */
const BEFORE = 100;
const WITH_FILES = 12;

const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.from('0000000d4944415478da63f8ffff3f0005fe02fea7d6a4c20000000049454e44ae426082', 'hex'),
]);

const slowest = (run: { results: Array<{ latencyMs: number } | undefined> }) =>
  Math.round(Math.max(...run.results.filter((r) => r !== undefined).map((r) => r.latencyMs)));

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.each(DIALECTS)('backup in the middle of the deadline spike, restored (%s)', (dialect) => {
  it('restores every submission acknowledged before the backup began, as stored, and nothing sent after its snapshot', async () => {
    const server: TestServer = await createTestServer(dialect);
    cleanups.push(() => server.close());
    const origin = (await server.app.listen({ host: '127.0.0.1', port: 0 })).replace(
      'localhost',
      '127.0.0.1',
    );
    const dbEnv: Record<string, string> =
      dialect === 'postgres'
        ? {
            DATABASE_URL: process.env.TEST_DATABASE_URL as string,
            PGOPTIONS: `-c search_path=${server.pgSchema}`,
          }
        : { DATABASE_URL: '', PGOPTIONS: '' };

    // The round: reporting units and their officers, issued by the coordinator, everyone signed in.
    const { provinceId, units } = await insertReportingUnits(server.db, UNITS);
    const coordinator = await login(origin, 'syt', 'tongket-demo');
    const round = await createAndIssueRound(
      origin,
      coordinator,
      provinceId,
      units.map((u) => u.id),
    );
    const signedIn = await signInUnits(origin, units, round.campaignId, () => {});
    const spike = submitRequests(origin, { round, units: signedIn });

    // Some units attach a file first (on disk with SQLite, in the database with PostgreSQL).
    const attached = new Map<string, { bytes: Buffer; cookie: string }>();
    for (const unit of signedIn.slice(0, WITH_FILES)) {
      const bytes = Buffer.concat([PNG, Buffer.from(`tongket ${unit.code}`)]);
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: 'image/png' }), `Ảnh ${unit.code}.png`);
      const res = await fetch(`${origin}/api/v1/assignments/${unit.assignmentId}/attachments`, {
        method: 'POST',
        headers: { cookie: unit.cookie, origin },
        body: form,
      });
      expect(res.status, await res.clone().text()).toBe(201);
      attached.set(((await res.json()) as { id: string }).id, { bytes, cookie: unit.cookie });
    }

    // Before: these are acknowledged before the backup starts.
    const before = await runLoad(origin, spike.requests.slice(0, BEFORE), {
      connections: 16,
      timeoutMs: 60_000,
    });
    expect(before.results.every(is2xx), JSON.stringify(before.results.find((r) => !is2xx(r)))).toBe(true);

    // The backup starts. From just before its snapshot until it reports the snapshot taken, the
    // spike goes on (two requests in flight at all times); the rest is sent after that.
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-backups-'));
    cleanups.push(async () => fs.rmSync(outDir, { recursive: true, force: true }));
    const started = performance.now();
    const backup = startCli(ROOT, ['backup', '--out', outDir], { DATA_DIR: server.config.dataDir, ...dbEnv });
    expect(await backup.waitFor(/Đang chụp cơ sở dữ liệu/), backup.output()).toBe(true);
    let snapshotTaken = false;
    void backup.waitFor(/Đã chụp cơ sở dữ liệu/).then(() => {
      snapshotTaken = true;
    });
    const rest = spike.requests.slice(BEFORE);
    const during = await runLoad(origin, rest, {
      connections: 2,
      timeoutMs: 60_000,
      stopped: () => snapshotTaken,
    });
    const sentDuring = during.results.filter((r) => r !== undefined).length;
    expect(snapshotTaken, 'the spike ran out before the backup reported its snapshot').toBe(true);
    const after = await runLoad(origin, rest.slice(sentDuring), { connections: 16, timeoutMs: 60_000 });
    expect(await backup.exited, backup.output()).toBe(0);
    const backupMs = performance.now() - started;
    // Writers were never turned away while the backup ran.
    for (const run of [during, after]) {
      const answered = run.results.filter((r) => r !== undefined);
      expect(answered.every(is2xx), JSON.stringify(answered.find((r) => !is2xx(r)))).toBe(true);
    }
    expect(sentDuring).toBeGreaterThan(0);
    expect(after.results.length).toBeGreaterThan(0);
    const archive = /Đã sao lưu vào (.+\.zip) \(/.exec(backup.output())?.[1] as string;
    expect(fs.existsSync(archive), backup.output()).toBe(true);

    // Restore into a new data directory, and on PostgreSQL into a fresh schema of the same database.
    const restoreDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongket-restored-'));
    cleanups.push(async () => fs.rmSync(restoreDir, { recursive: true, force: true }));
    let restoreEnv: Record<string, string> = { DATABASE_URL: '', PGOPTIONS: '' };
    let restoredSchema: string | undefined;
    if (dialect === 'postgres') {
      restoredSchema = `t_${randomBytes(6).toString('hex')}`;
      await withPgClient((c) => c.query(`CREATE SCHEMA ${restoredSchema}`));
      cleanups.push(() =>
        withPgClient((c) => c.query(`DROP SCHEMA ${restoredSchema} CASCADE`)).then(() => {}),
      );
      restoreEnv = {
        DATABASE_URL: process.env.TEST_DATABASE_URL as string,
        PGOPTIONS: `-c search_path=${restoredSchema}`,
      };
    }
    const restore = startCli(ROOT, ['restore', archive], { DATA_DIR: restoreDir, ...restoreEnv });
    expect(await restore.exited, restore.output()).toBe(0);
    console.log(
      `[${dialect}] backup ${Math.round(backupMs)} ms (${fs.statSync(archive).size} bytes): ${backup.output().trim()}\n[${dialect}] restore: ${restore.output().trim()}`,
    );

    const restored: Db = openDatabase({
      databaseUrl: restoreEnv.DATABASE_URL || null,
      dataDir: restoreDir,
      ...(restoredSchema ? { pgSchema: restoredSchema } : {}),
    });
    cleanups.push(() => restored.close());
    const submissionsOf = async (db: Db) =>
      new Map(
        (
          await db.kysely
            .selectFrom('submissions')
            .selectAll()
            .where('campaign_id', '=', round.campaignId)
            .execute()
        ).map((s) => [s.assignment_id, s]),
      );
    const live = await submissionsOf(server.db);
    const back = await submissionsOf(restored);

    const ids = (from: number, to?: number) => spike.units.slice(from, to).map((u) => u.assignmentId);
    for (const id of ids(0, BEFORE)) {
      const row = back.get(id);
      expect(row, `acknowledged before the backup, missing from the restore: ${id}`).toBeDefined();
      expect(row).toEqual(live.get(id));
      const sent = spike.sent.get(id);
      expect(JSON.parse(row?.content as string)).toMatchObject({
        sections: sent?.sections,
        indicators: sent?.indicators,
      });
    }
    for (const id of ids(BEFORE + sentDuring))
      expect(back.has(id), `sent after the snapshot: ${id}`).toBe(false);
    // Whatever else is there was acknowledged during the backup, and is exactly what the server stored.
    for (const [id, row] of back) expect(row).toEqual(live.get(id));
    expect(back.size).toBeGreaterThanOrEqual(BEFORE);
    console.log(
      `[${dialect}] in the restore: ${BEFORE} acknowledged before the backup, ${back.size - BEFORE} of ${sentDuring} sent while it took its snapshot, 0 of ${after.results.length} sent after; ` +
        `slowest submission before the backup ${slowest(before)} ms (16 at a time), during its snapshot ${slowest(during)} ms (2 at a time)`,
    );

    // One consistent instant: statuses, counters and audit entries agree with the submissions.
    const assignments = await restored.kysely
      .selectFrom('assignments')
      .select(['id', 'status', 'submission_count'])
      .where('campaign_id', '=', round.campaignId)
      .execute();
    expect(assignments).toHaveLength(UNITS);
    for (const a of assignments) {
      expect(a.status === 'submitted', a.id).toBe(back.has(a.id));
      expect(a.submission_count, a.id).toBe(back.has(a.id) ? 1 : 0);
    }
    const audited = await restored.kysely
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'assignment.submitted')
      .where(
        'entity_id',
        'in',
        assignments.map((a) => a.id),
      )
      .execute();
    expect(new Set(audited.map((a) => a.entity_id))).toEqual(new Set(back.keys()));

    // A server on the restore: the units' sessions, reports and files are there.
    const app = await buildApp({
      db: restored,
      config: { ...server.config, dataDir: restoreDir },
      logger: false,
    });
    cleanups.push(() => app.close());
    await app.ready();
    for (const unit of spike.units.slice(0, WITH_FILES)) {
      const page = await app.inject({
        method: 'GET',
        url: `/api/v1/assignments/${unit.assignmentId}`,
        headers: { cookie: unit.cookie },
      });
      expect(page.statusCode, page.body).toBe(200);
      expect(page.json().assignment.status).toBe('submitted');
    }
    for (const [id, { bytes, cookie }] of attached) {
      const file = await app.inject({ method: 'GET', url: `/api/v1/attachments/${id}`, headers: { cookie } });
      expect(file.statusCode, file.body).toBe(200);
      expect(file.rawPayload.equals(bytes)).toBe(true);
    }
  }, 600_000);
});

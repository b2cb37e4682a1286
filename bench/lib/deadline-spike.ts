import { randomBytes } from 'node:crypto';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import { seedDemo } from '../../apps/server/src/demo/seed-demo.ts';
import type { BenchDatabase } from './bench-database.ts';
import {
  assignmentsInRound,
  type BenchUnit,
  COORDINATOR,
  createAndIssueRound,
  type IssuedRound,
  insertReportingUnits,
  type SignedInUnit,
  signInUnits,
  type UnitReport,
  unitReport,
} from './bench-round.ts';
import type { BenchRun } from './bench-run.ts';
import { login } from './http-client.ts';
import type { LoadRequest } from './load-runner.ts';
import {
  freePort,
  type ServerProcess,
  type ServerProcessOptions,
  startServerProcess,
  waitForHealthy,
} from './server-process.ts';
import type { ReadKind } from './spike-readers.ts';

/**
 * The deadline spike shared by bench:submit and bench:crash: a database with the demo and
 * `units` reporting units, a server process on it, an issued round, every officer signed in,
 * and one "save and submit" request per unit, ready to fire.
 */

/** Not timed: migrate, seed the demo, add the reporting units and their officers. */
export async function prepareDatabase(
  run: BenchRun,
  database: BenchDatabase,
  count: number,
): Promise<{ provinceId: string; units: BenchUnit[] }> {
  const db = database.open();
  try {
    const started = performance.now();
    await migrateToLatest(db);
    await seedDemo(db.kysely);
    const inserted = await insertReportingUnits(db, count);
    run.progress(
      `${database.describe}: migrated, demo seeded, ${count} units and officers in ${Math.round(performance.now() - started)} ms`,
    );
    return inserted;
  } finally {
    await db.close();
  }
}

export async function startServer(
  run: BenchRun,
  repoRoot: string,
  database: BenchDatabase,
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const server = run.track(
    startServerProcess(repoRoot, database.dataDir, await freePort(), {
      ...options,
      env: { ...database.serverEnv(), ...options.env },
    }),
  );
  // Generous: on a busy 2-core machine, compiling and starting the server has taken over a minute.
  await waitForHealthy(server, 180_000);
  run.progress(`server pid ${server.pid} at ${server.origin} (${database.dialect})`);
  return server;
}

export interface PreparedSpike {
  round: IssuedRound;
  units: SignedInUnit[];
}

/** The coordinator issues the round through the API; every officer signs in and finds the task. */
export async function prepareRound(
  run: BenchRun,
  origin: string,
  provinceId: string,
  units: BenchUnit[],
): Promise<PreparedSpike> {
  let started = performance.now();
  const coordinator = await login(origin, COORDINATOR.username, COORDINATOR.password);
  const round = await createAndIssueRound(
    origin,
    coordinator,
    provinceId,
    units.map((u) => u.id),
  );
  run.progress(
    `round ${round.campaignId} issued to ${units.length} units (20 sections, 30 indicators) in ${Math.round(performance.now() - started)} ms`,
  );
  started = performance.now();
  const signedIn = await signInUnits(origin, units, round.campaignId, (m) => run.progress(m));
  run.progress(`${signedIn.length} officers signed in in ${Math.round(performance.now() - started)} ms`);
  return { round, units: signedIn };
}

/** The coordinator `syt` signs in: the session their pages read with. */
export function coordinatorSession(origin: string): Promise<string> {
  return login(origin, COORDINATOR.username, COORDINATOR.password);
}

/**
 * Another round for a second spike on the same server: the coordinator issues one more round to
 * the same units, whose officers (signed in already) find their new task in it.
 */
export async function prepareNextRound(
  run: BenchRun,
  origin: string,
  coordinatorCookie: string,
  provinceId: string,
  previous: PreparedSpike,
): Promise<PreparedSpike> {
  const started = performance.now();
  const round = await createAndIssueRound(
    origin,
    coordinatorCookie,
    provinceId,
    previous.units.map((u) => u.id),
  );
  const units = await assignmentsInRound(origin, previous.units, round.campaignId);
  run.progress(
    `round ${round.campaignId} issued to the same ${units.length} units, their tasks found, in ${Math.round(performance.now() - started)} ms`,
  );
  return { round, units };
}

/**
 * What the coordinator's pages load during the spike, as the web client asks for them: the round's
 * progress tab (`useProgress`: GET /campaigns/:id/progress, unfiltered, gzip) and the unit tree of the
 * units page and the unit picker (`useUnitTree`: GET /units, gzip as a browser accepts it; no
 * If-None-Match, so every read is a first load with the whole tree, not a 304).
 */
export function coordinatorReads(coordinatorCookie: string, campaignId: string): ReadKind[] {
  const headers = { cookie: coordinatorCookie, accept: 'application/json' };
  return [
    {
      name: 'progress',
      request: {
        method: 'GET',
        path: `/api/v1/campaigns/${campaignId}/progress`,
        headers: { ...headers, 'accept-encoding': 'gzip' },
      },
    },
    {
      name: 'units',
      request: { method: 'GET', path: '/api/v1/units', headers: { ...headers, 'accept-encoding': 'gzip' } },
    },
  ];
}

export interface SubmitRequests {
  requests: LoadRequest[];
  /** assignment id → the report sent for it. */
  sent: Map<string, UnitReport>;
  /** The i-th request is this unit's. */
  units: SignedInUnit[];
  meanBodyBytes: number;
  meanSectionBytes: number;
}

/**
 * One request per unit: save and submit in one call (`version: 0` — no draft yet), with its own
 * cookie and Idempotency-Key, the body serialised before the clock starts.
 */
export function submitRequests(origin: string, spike: PreparedSpike): SubmitRequests {
  const runId = randomBytes(4).toString('hex');
  const sent = new Map<string, UnitReport>();
  let bodyBytes = 0;
  let sectionBytes = 0;
  let sections = 0;
  const requests = spike.units.map((unit): LoadRequest => {
    const report = unitReport(spike.round, unit);
    sent.set(unit.assignmentId, report);
    for (const html of Object.values(report.sections)) {
      sectionBytes += Buffer.byteLength(html);
      sections++;
    }
    const body = Buffer.from(JSON.stringify({ version: 0, content: report }));
    bodyBytes += body.length;
    return {
      method: 'POST',
      path: `/api/v1/assignments/${unit.assignmentId}/submit`,
      headers: {
        cookie: unit.cookie,
        origin,
        'content-type': 'application/json',
        'idempotency-key': idempotencyKey(runId, unit),
      },
      body,
    };
  });
  return {
    requests,
    sent,
    units: spike.units,
    meanBodyBytes: bodyBytes / requests.length,
    meanSectionBytes: sectionBytes / sections,
  };
}

export function idempotencyKey(runId: string, unit: BenchUnit): string {
  return `bench-${runId}-${unit.code}`;
}

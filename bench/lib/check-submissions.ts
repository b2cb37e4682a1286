import { sql } from 'kysely';
import type { Db } from '../../apps/server/src/db/database.ts';
import type { UnitReport } from './bench-round.ts';

export interface StoredSubmissions {
  /** Rows in the submissions table for the round. */
  rows: number;
  /** Assignments of the round with at least one submission. */
  assignments: Set<string>;
  /** Assignments with more than one submission (a retry that was not recognised as one). */
  duplicates: number;
  /** Submissions whose stored sections or indicators differ from what the unit sent. */
  mismatched: number;
  firstMismatch?: string;
}

/**
 * Reads what the server stored, with the server's own database module and after the server has
 * stopped: one row per submission of the round, each compared with the report that was sent.
 */
export async function readStoredSubmissions(
  db: Db,
  campaignId: string,
  sent: ReadonlyMap<string, UnitReport>,
): Promise<StoredSubmissions> {
  const rows = await db.kysely
    .selectFrom('submissions')
    .select(['assignment_id', 'seq', 'content'])
    .where('campaign_id', '=', campaignId)
    .execute();
  return checkStored(rows, sent);
}

/**
 * Reads what the limit server (bench/lib/limit-server.ts) stored, after it has stopped, and
 * checks it the same way: one row per unit, each exactly the report that was sent.
 */
export async function readLimitSubmissions(
  db: Db,
  sent: ReadonlyMap<string, UnitReport>,
): Promise<StoredSubmissions> {
  const { rows } = await sql<{ assignment_id: string; seq: number; content: string }>`
    SELECT assignment_id, id AS seq, content FROM limit_submissions`.execute(db.kysely);
  return checkStored(rows, sent);
}

function checkStored(
  rows: ReadonlyArray<{ assignment_id: string; seq: number; content: string }>,
  sent: ReadonlyMap<string, UnitReport>,
): StoredSubmissions {
  const perAssignment = new Map<string, number>();
  let mismatched = 0;
  let firstMismatch: string | undefined;
  for (const row of rows) {
    perAssignment.set(row.assignment_id, (perAssignment.get(row.assignment_id) ?? 0) + 1);
    const expected = sent.get(row.assignment_id);
    const problem = expected ? compare(expected, row.content) : 'a submission for an assignment nobody sent';
    if (problem) {
      mismatched++;
      firstMismatch ??= `${row.assignment_id} seq ${row.seq}: ${problem}`;
    }
  }
  return {
    rows: rows.length,
    assignments: new Set(perAssignment.keys()),
    duplicates: [...perAssignment.values()].filter((n) => n > 1).length,
    mismatched,
    ...(firstMismatch ? { firstMismatch } : {}),
  };
}

function compare(expected: UnitReport, json: string): string | null {
  let stored: { sections?: Record<string, string>; indicators?: Record<string, number | null> };
  try {
    stored = JSON.parse(json);
  } catch {
    return 'content is not JSON';
  }
  for (const [id, html] of Object.entries(expected.sections)) {
    const got = stored.sections?.[id];
    if (got !== html) {
      return `section ${id} differs (sent ${html.length} chars, stored ${got?.length ?? 'none'}): ${firstDifference(html, got ?? '')}`;
    }
  }
  if (Object.keys(stored.sections ?? {}).length !== Object.keys(expected.sections).length) {
    return 'a different number of sections';
  }
  for (const [id, value] of Object.entries(expected.indicators)) {
    if (stored.indicators?.[id] !== value)
      return `indicator ${id}: sent ${value}, stored ${stored.indicators?.[id]}`;
  }
  return null;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: sent …${a.slice(Math.max(0, i - 20), i + 30)}… stored …${b.slice(Math.max(0, i - 20), i + 30)}…`;
}

export async function countSubmissionRows(db: Db, campaignId: string): Promise<number> {
  const row = await db.kysely
    .selectFrom('submissions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('campaign_id', '=', campaignId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

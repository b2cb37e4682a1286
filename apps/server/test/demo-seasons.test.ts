import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { LIVE_DOC_NUMBER } from '../src/demo/demo-live.ts';
import { DIALECTS, useTestServer } from './harness.ts';

/** Each historic round of the demo with the season its story happens in (Vietnam time). */
const SEASONS = [
  { reference: '2519/KH-UBND', from: '2020-06-01T00:00:00+07:00', to: '2020-06-30T23:59:59.999+07:00' },
  { reference: '4865/KH-UBND', from: '2021-10-01T00:00:00+07:00', to: '2021-11-30T23:59:59.999+07:00' },
];

const INSTANT = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

/** Every value of a row that is a date or an instant, by column. */
function datesOf(row: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(row).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && INSTANT.test(e[1]),
  );
}

describe.each(DIALECTS)(
  'the demo tells one story: each historic round stays in its season (%s)',
  (dialect) => {
    const suite = useTestServer(dialect);

    it('dates every record of a historic round, down to notices and audit, inside its season', async () => {
      const db = suite.server.db.kysely;
      for (const season of SEASONS) {
        const [number, code] = season.reference.split('/') as [string, string];
        const top = await db
          .selectFrom('campaigns')
          .select('id')
          .where('doc_number', '=', number)
          .where('doc_code', '=', code)
          .where('parent_campaign_id', 'is', null)
          .executeTakeFirstOrThrow();
        // The round and the lower rounds opened under it.
        const campaignIds = [top.id];
        for (let i = 0; i < campaignIds.length; i++) {
          const children = await db
            .selectFrom('campaigns')
            .select('id')
            .where('parent_campaign_id', '=', campaignIds[i] as string)
            .execute();
          campaignIds.push(...children.map((c) => c.id));
        }
        const found: Array<{ table: string; column: string; value: string }> = [];
        const ids = new Set<string>(campaignIds);
        const walk = (table: string, rows: Array<Record<string, unknown>>) => {
          for (const row of rows) {
            if (typeof row.id === 'string') ids.add(row.id);
            for (const [column, value] of datesOf(row)) found.push({ table, column, value });
          }
        };
        const byCampaign = async (table: string) =>
          (
            await sql<
              Record<string, unknown>
            >`SELECT * FROM ${sql.table(table)} WHERE campaign_id IN (${sql.join(campaignIds)})`.execute(db)
          ).rows;
        walk(
          'campaigns',
          (
            await sql<
              Record<string, unknown>
            >`SELECT * FROM campaigns WHERE id IN (${sql.join(campaignIds)})`.execute(db)
          ).rows,
        );
        for (const table of [
          'plan_tasks',
          'assignments',
          'submissions',
          'reminder_batches',
          'nominations',
          'decisions',
          'consolidated_reports',
          'consolidated_sections',
          'conferences',
          'plan_receipts',
          'outbox',
        ]) {
          walk(table, await byCampaign(table));
        }
        const assignmentIds = [...ids];
        const byIds = async (table: string, column: string, keys: string[]) =>
          keys.length === 0
            ? []
            : (
                await sql<
                  Record<string, unknown>
                >`SELECT * FROM ${sql.table(table)} WHERE ${sql.ref(column)} IN (${sql.join(keys)})`.execute(
                  db,
                )
              ).rows;
        for (const table of ['assignment_drafts', 'attachments', 'reminder_log'])
          walk(table, await byIds(table, 'assignment_id', assignmentIds));
        walk('nomination_files', await byIds('nomination_files', 'nomination_id', [...ids]));
        for (const table of [
          'conference_agenda_items',
          'conference_delegates',
          'conference_budget_lines',
          'invitation_batches',
        ])
          walk(table, await byIds(table, 'conference_id', [...ids]));
        walk('document_numbers', await byIds('document_numbers', 'ref_id', [...ids]));
        const audit = await byIds('audit_log', 'entity_id', [...ids]);
        walk('audit_log', audit);

        // The round really was played: issued, reported on, notified and audited.
        const tables = new Set(found.map((f) => f.table));
        for (const table of [
          'campaigns',
          'assignments',
          'submissions',
          'outbox',
          'plan_receipts',
          'audit_log',
        ])
          expect(tables, `${season.reference} has ${table}`).toContain(table);
        expect(audit.length).toBeGreaterThan(20);

        const from = Date.parse(season.from);
        const to = Date.parse(season.to);
        const outside = found.filter(({ value }) => {
          // A bare date is a day of Vietnam; an instant is compared as it is.
          const ms = value.length === 10 ? Date.parse(`${value}T12:00:00+07:00`) : Date.parse(value);
          return !(ms >= from && ms <= to);
        });
        expect(outside, season.reference).toEqual([]);
      }
    });

    it('closes each historic round and its lower rounds when its season ended: nothing of them counts down', async () => {
      const db = suite.server.db.kysely;
      const rounds = await db
        .selectFrom('campaigns')
        .select(['doc_number', 'status', 'closed_at'])
        .where('status', '!=', 'draft')
        .execute();
      const live = rounds.filter((r) => r.doc_number === LIVE_DOC_NUMBER);
      expect(live).toEqual([expect.objectContaining({ status: 'issued', closed_at: null })]);
      const historic = rounds.filter((r) => r.doc_number !== LIVE_DOC_NUMBER);
      // Plan 2519, plan 4865 and the districts' lower rounds under it.
      expect(historic.length).toBeGreaterThanOrEqual(3);
      for (const round of historic) {
        expect(round.status, round.doc_number).toBe('closed');
        const season = round.closed_at?.startsWith('2020') ? SEASONS[0] : SEASONS[1];
        const closedAt = Date.parse(round.closed_at ?? '');
        expect(closedAt, round.doc_number).toBeGreaterThanOrEqual(Date.parse(season?.from ?? ''));
        expect(closedAt, round.doc_number).toBeLessThanOrEqual(Date.parse(season?.to ?? ''));
      }
      // A unit's work list: the live round's tasks count down, the historic ones are closed.
      const bchqs = await suite.server.login('bchqs');
      const mine = (await bchqs.get('/api/v1/assignments')).json.items as Array<{
        campaignStatus: string;
        deadline: string | null;
        kind: string;
      }>;
      const open = mine.filter((a) => a.campaignStatus === 'issued');
      expect(open.length).toBeGreaterThan(0);
      for (const a of open) expect(Date.parse(a.deadline ?? '')).toBeGreaterThan(suite.server.clock.nowMs());
      expect(mine.some((a) => a.campaignStatus === 'closed')).toBe(true);
    });
  },
);

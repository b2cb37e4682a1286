import { vietnamDate } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { systemActor } from '../http/actor.ts';
import { recordAudit } from '../kernel/record-audit.ts';
import { UnitDirectory } from '../kernel/unit-directory.ts';
import { bumpUnitsVersion } from '../kernel/unit-queries.ts';
import { now, withClock } from '../lib/clock.ts';
import { newId, nowIso } from '../lib/ids.ts';
import { hashPassword } from '../modules/auth/index.ts';
import { closeCampaign } from '../modules/campaigns/index.ts';
import { insertUser } from '../modules/users/index.ts';
import { BINH_DUONG_PLAN, QUANG_TRI_PLAN } from './demo-campaigns.ts';
import { DemoClock } from './demo-clock.ts';
import { DEMO_ACCOUNTS, DEMO_AGENCY_CODES, DEMO_PASSWORD, DEMO_UNITS } from './demo-units.ts';
import { seedDemoCampaigns } from './seed-demo-campaigns.ts';
import { seedDemoCascade } from './seed-demo-cascade.ts';
import { seedDemoConference } from './seed-demo-conference.ts';
import { seedDemoLive } from './seed-demo-live.ts';
import { seedDemoNominations } from './seed-demo-nominations.ts';
import { seedDemoReports } from './seed-demo-reports.ts';

export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const units = await db.selectFrom('units').select('id').limit(1).execute();
  const users = await db.selectFrom('users').select('id').limit(1).execute();
  return units.length === 0 && users.length === 0;
}

export async function isDemoSeeded(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('app_state')
    .select('value')
    .where('key', '=', 'demo_seeded')
    .executeTakeFirst();
  return row !== undefined;
}

export interface DemoOptions {
  /**
   * Leave the two historic rounds as they stood mid-season, still issued (tests of a round in
   * motion use them so); the demo a user starts has them closed.
   */
  historicRoundsOpen?: boolean;
}

/** The day each historic round was closed, once its conference (or its deadline) had passed. */
export const QUANG_TRI_SEASON_ENDS = '2020-06-30';
export const BINH_DUONG_SEASON_ENDS = '2021-11-15';

/**
 * Closes every round still issued, lower rounds before the round they answer, each by its own
 * managers: a historic round is over, so nothing in it counts down to a deadline years ago.
 */
async function closeDemoRounds(db: Kysely<Database>): Promise<void> {
  const tree = await new UnitDirectory(db).current();
  const open = await db
    .selectFrom('campaigns')
    .select(['id', 'version', 'standing_unit_id', 'parent_campaign_id'])
    .where('status', '=', 'issued')
    .execute();
  const lowerFirst = [...open].sort(
    (a, b) => Number(a.parent_campaign_id === null) - Number(b.parent_campaign_id === null),
  );
  for (const round of lowerFirst) {
    const manager: Actor = {
      userId: '',
      username: 'demo',
      fullName: 'Dữ liệu mẫu',
      role: round.parent_campaign_id ? 'unit' : 'coordinator',
      unitId: round.standing_unit_id,
      ip: null,
    };
    await closeCampaign(db, tree, manager, round.id, round.version);
  }
}

/**
 * The demo: its organisations and accounts in one transaction, then the two historic rounds, each
 * played on a clock of its own season (June 2020, October 2021) so every date they carry is the
 * round's own and not the day the demo was created, and closed when its season ended; last a live
 * round dated from today, the one a newcomer works in.
 */
export async function seedDemo(db: Kysely<Database>, options: DemoOptions = {}): Promise<void> {
  const closeSeason = options.historicRoundsOpen ? async () => {} : closeDemoRounds;
  const quangTriClock = new DemoClock();
  await withClock(quangTriClock, async () => {
    quangTriClock.at(QUANG_TRI_PLAN.draftedOn, 7);
    await seedDemoOrganisations(db);
    const [quangTri] = await seedDemoCampaigns(db, quangTriClock, [QUANG_TRI_PLAN]);
    if (!quangTri) return;
    await seedDemoReports(db, quangTriClock, quangTri);
    await seedDemoNominations(db, quangTriClock, quangTri);
    await seedDemoConference(db, quangTriClock, quangTri);
    quangTriClock.at(QUANG_TRI_SEASON_ENDS, 16);
    await closeSeason(db);
  });
  const binhDuongClock = new DemoClock();
  await withClock(binhDuongClock, async () => {
    const [binhDuong] = await seedDemoCampaigns(db, binhDuongClock, [BINH_DUONG_PLAN]);
    if (binhDuong) await seedDemoCascade(db, binhDuongClock, binhDuong);
    binhDuongClock.at(BINH_DUONG_SEASON_ENDS, 16);
    await closeSeason(db);
  });
  // The live round happens now: its dates count from the day the demo is created.
  const liveClock = new DemoClock();
  const today = vietnamDate(now());
  await withClock(liveClock, () => seedDemoLive(db, liveClock, today));
  await recordAudit(db, systemActor('demo'), {
    action: 'demo.seeded',
    entityType: 'system',
    entityId: null,
    after: { units: DEMO_UNITS.length, users: DEMO_ACCOUNTS.length },
  });
}

async function seedDemoOrganisations(db: Kysely<Database>): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const ids = new Map<string, string>();
    for (const unit of DEMO_UNITS) {
      const id = newId();
      ids.set(unit.code, id);
      const parentId = unit.parent ? ids.get(unit.parent) : null;
      if (unit.parent && !parentId)
        throw new Error(`demo unit ${unit.code} listed before its parent ${unit.parent}`);
      await trx
        .insertInto('units')
        .values({
          id,
          code: unit.code,
          name: unit.name,
          short_name: unit.shortName ?? null,
          kind: unit.kind,
          parent_id: parentId ?? null,
          email: unit.email ?? null,
          agency_code: DEMO_AGENCY_CODES[unit.code] ?? null,
          active: 1,
          sort_order: unit.order ?? 0,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    for (const account of DEMO_ACCOUNTS) {
      await insertUser(
        trx,
        {
          username: account.username,
          fullName: account.fullName,
          role: account.role,
          unitId: ids.get(account.unit) as string,
          passwordHash,
        },
        { now },
      );
    }
    await bumpUnitsVersion(trx);
    // The day the demo was created, on the system time: not part of any round's story.
    await trx
      .insertInto('app_state')
      .values({ key: 'demo_seeded', value: new Date().toISOString() })
      .execute();
  });
}

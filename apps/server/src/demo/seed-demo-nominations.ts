import { nominationInputSchema } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { UnitDirectory } from '../kernel/unit-directory.ts';
import { readCampaign } from '../modules/campaigns/index.ts';
import {
  createDecision,
  createNomination,
  issueDecision,
  reviewNomination,
  submitNomination,
} from '../modules/commendation/index.ts';
import type { DemoClock } from './demo-clock.ts';
import { DEMO_DECISION, DEMO_NOMINATIONS } from './demo-nominations.ts';

const actor = (unitId: string, role: Actor['role']): Actor => ({
  userId: '',
  username: 'demo',
  fullName: 'Dữ liệu mẫu',
  role,
  unitId,
  ip: null,
});

/**
 * June 2020's commendation for plan 2519/KH-UBND, through the same operations people use: units
 * nominate and send within their quotas, Sở Y tế forwards, the board approves or rejects, and the
 * board's decision is issued for everyone approved.
 */
export async function seedDemoNominations(
  db: Kysely<Database>,
  clock: DemoClock,
  campaignId: string,
): Promise<void> {
  const tree = await new UnitDirectory(db).current();
  const unit = (code: string) => {
    const u = tree.byCode.get(code);
    if (!u) throw new Error(`demo nomination names unknown unit ${code}`);
    return u.id;
  };
  const campaign = await readCampaign(db, campaignId);
  if (!campaign) throw new Error('demo round missing');
  const [collectives, individuals] = campaign.plan.awardGroups;
  if (!collectives || !individuals) throw new Error('demo round has no commendation section');
  const coordinator = actor(campaign.standingUnitId, 'coordinator');
  const board = actor(unit('QT-TDKT'), 'reviewer');
  const awardTypes = new Set((await db.selectFrom('award_types').select('id').execute()).map((r) => r.id));
  const current = async (id: string) =>
    (await db.selectFrom('nominations').select('version').where('id', '=', id).executeTakeFirstOrThrow())
      .version;

  let i = 0;
  for (const n of DEMO_NOMINATIONS) {
    i++;
    const by = actor(unit(n.unit), 'unit');
    const sentOn = i % 2 ? '2020-06-11' : '2020-06-12';
    clock.at(sentOn, 7, (i * 13) % 60);
    const id = await createNomination(
      db,
      by,
      campaign,
      nominationInputSchema.parse({
        awardGroupId: n.group === 'collective' ? collectives.id : individuals.id,
        nomineeKind: n.kind,
        name: n.name,
        gender: n.gender ?? null,
        birthYear: n.birthYear ?? null,
        position: n.position ?? '',
        workplace: n.workplace ?? '',
        achievement: n.achievement,
      }),
    );
    await submitNomination(db, tree, by, campaign, id, {
      version: await current(id),
      at: clock.at(sentOn, 8 + (i % 8), (i * 13) % 60),
    });
    if (n.outcome === 'submitted') continue;
    clock.at('2020-06-13', 9 + (i % 8), (i * 5) % 60);
    await reviewNomination(
      db,
      tree,
      coordinator,
      campaign,
      id,
      { step: 'forward', version: await current(id) },
      awardTypes,
    );
    if (n.outcome === 'forwarded') continue;
    const at = clock.at('2020-06-15', 9 + (i % 6), (i * 7) % 60);
    await reviewNomination(
      db,
      tree,
      board,
      campaign,
      id,
      n.outcome === 'rejected'
        ? { step: 'reject', version: await current(id), reason: n.rejectReason ?? '', at }
        : {
            step: 'approve',
            version: await current(id),
            at,
            ...(n.proposeHigher && { proposeHigher: true, higherAwardTypeId: 'award-bk-ttg' }),
          },
      awardTypes,
    );
  }
  clock.at(DEMO_DECISION.docDate, 8, 30);
  const decisionId = await createDecision(db, board, campaign, {
    docNumber: '',
    docCode: 'QĐ-UBND',
    docDate: null,
  });
  const version = (
    await db.selectFrom('decisions').select('version').where('id', '=', decisionId).executeTakeFirstOrThrow()
  ).version;
  await issueDecision(db, tree, board, campaign, decisionId, {
    version,
    docNumber: DEMO_DECISION.docNumber,
    docDate: DEMO_DECISION.docDate,
    at: clock.at(DEMO_DECISION.docDate, 16),
  });
}

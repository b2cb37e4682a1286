import { campaignPatchSchema, childCampaignCreateSchema, endOfVietnamDay } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { type EventBus, localEventBus } from '../kernel/event-bus.ts';
import { UnitDirectory, type UnitTree } from '../kernel/unit-directory.ts';
import { readableAssignment, reviewAssignment, submitAssignment } from '../modules/assignments/index.ts';
import {
  openChildCampaign,
  readCampaign,
  type StoredCampaign,
  updateCampaign,
} from '../modules/campaigns/index.ts';
import { regenerateConsolidated, sendUp } from '../modules/consolidation/index.ts';
import { issueCampaign } from '../orchestration/issue-campaign.ts';
import {
  DEMO_DIRECT_REPORTS,
  DEMO_DISTRICT_ROUNDS,
  DEMO_RETURN_COMMENT,
  type DemoDistrictRound,
  demoSoKetContent,
} from './demo-cascade.ts';
import type { DemoClock } from './demo-clock.ts';

const actorOf = (unitId: string, role: Actor['role'] = 'unit'): Actor => ({
  userId: '',
  username: 'demo',
  fullName: 'Dữ liệu mẫu',
  role,
  unitId,
  ip: null,
});

async function mustRead(db: Kysely<Database>, id: string): Promise<StoredCampaign> {
  const campaign = await readCampaign(db, id);
  if (!campaign) throw new Error(`demo round ${id} missing`);
  return campaign;
}

/** A round's report assignments by the code of the unit owing them. */
async function reportAssignments(db: Kysely<Database>, tree: UnitTree, campaignId: string) {
  const rows = await db
    .selectFrom('assignments')
    .select(['id', 'unit_id'])
    .where('campaign_id', '=', campaignId)
    .where('kind', '=', 'report')
    .execute();
  return new Map(rows.map((r) => [tree.byId.get(r.unit_id)?.code ?? '', r.id]));
}

/**
 * Plays October 2021 for the Bình Dương interim review through the operations its people use:
 * departments report to Sở Y tế; three districts open their own rounds, their communes report,
 * each district reviews, consolidates and sends its consolidation up as its own report; Sở Y tế
 * reviews and consolidates what it has.
 */
export async function seedDemoCascade(
  db: Kysely<Database>,
  clock: DemoClock,
  campaignId: string,
): Promise<void> {
  const tree = await new UnitDirectory(db).current();
  const events = localEventBus();
  const province = await mustRead(db, campaignId);
  const coordinator = actorOf(province.standingUnitId, 'coordinator');
  const owed = await reportAssignments(db, tree, campaignId);
  let index = 0;

  const send = async (
    assignmentId: string,
    actor: Actor,
    at: string,
    content?: ReturnType<typeof demoSoKetContent>,
  ) => {
    const ctx = await readableAssignment(db, tree, actor, assignmentId);
    const draft = await db
      .selectFrom('assignment_drafts')
      .select('version')
      .where('assignment_id', '=', assignmentId)
      .executeTakeFirst();
    await submitAssignment(db, events, ctx, actor, {
      version: draft?.version ?? 0,
      content,
      idempotencyKey: `demo:${assignmentId}:${at}`,
      at,
    });
  };
  const review = async (assignmentId: string, reviewer: Actor, at: string, comment = '') => {
    const ctx = await readableAssignment(db, tree, reviewer, assignmentId);
    await reviewAssignment(db, events, tree, ctx, reviewer, {
      decision: comment ? 'return' : 'accept',
      comment,
      version: ctx.assignment.version,
      at,
    });
  };

  for (const [code, state] of Object.entries(DEMO_DIRECT_REPORTS)) {
    const unit = tree.byCode.get(code);
    const assignmentId = owed.get(code);
    if (!unit || !assignmentId) throw new Error(`demo report of ${code} has no assignment`);
    index++;
    const level = unit.kind === 'district' ? 'district' : 'department';
    const content = demoSoKetContent(province.outline, unit.name, index, level);
    const actor = actorOf(unit.id);
    if (state === 'returned') {
      await send(assignmentId, actor, clock.at('2021-10-27', 9, 15), content);
      await review(assignmentId, coordinator, clock.at('2021-10-28', 15, 40), DEMO_RETURN_COMMENT);
      continue;
    }
    await send(assignmentId, actor, clock.at(state.sentOn, 8 + (index % 3), (index * 13) % 60), content);
    if (state.acceptedOn) {
      await review(assignmentId, coordinator, clock.at(state.acceptedOn, 14, (index * 7) % 60));
    }
  }

  for (const round of DEMO_DISTRICT_ROUNDS) {
    const assignmentId = owed.get(round.district);
    if (!assignmentId) throw new Error(`demo district ${round.district} owes no report`);
    await playDistrictRound(db, clock, events, tree, campaignId, round, () => ++index);
    if (round.upward === 'draft') continue;
    const district = actorOf(tree.byCode.get(round.district)?.id as string);
    await send(assignmentId, district, clock.at(round.upward.submittedOn, 10, 5));
    if (round.upward.acceptedOn) {
      await review(assignmentId, coordinator, clock.at(round.upward.acceptedOn, 16, 20));
    }
  }

  clock.at('2021-10-30', 9);
  await regenerateConsolidated(db, tree, coordinator, province, { version: 0 });
  await events.close();
}

/** One district's lower round: opened, signed and issued, its communes' reports, review, consolidation. */
async function playDistrictRound(
  db: Kysely<Database>,
  clock: DemoClock,
  events: EventBus,
  tree: UnitTree,
  parentId: string,
  round: DemoDistrictRound,
  nextIndex: () => number,
): Promise<void> {
  const district = tree.byCode.get(round.district);
  if (!district) throw new Error(`demo district ${round.district} missing`);
  const officer = actorOf(district.id);
  clock.at(round.docDate, 8);
  const childId = await openChildCampaign(
    db,
    tree,
    officer,
    parentId,
    childCampaignCreateSchema.parse({ reportDeadline: endOfVietnamDay(round.deadline) }),
  );
  let child = await mustRead(db, childId);
  clock.at(round.docDate, 8, 30);
  await updateCampaign(
    db,
    tree,
    officer,
    childId,
    campaignPatchSchema.parse({
      version: child.version,
      plan: {
        docDate: round.docDate,
        // The lower plan speaks of its own area and is sent to its communes and up to Sở Y tế.
        summary: `Sơ kết công tác phòng, chống dịch COVID-19\ntrên địa bàn ${district.name.replace(/^UBND /, '')}`,
        purpose: child.plan.purpose.replace(
          'trên địa bàn tỉnh',
          `trên địa bàn ${district.name.replace(/^UBND /, '')}`,
        ),
        recipients: [
          { text: 'UBND tỉnh; Sở Y tế (để báo cáo)', unitIds: [] },
          {
            text: 'UBND các phường, xã',
            unitIds: Object.keys(round.communes).map((code) => tree.byCode.get(code)?.id as string),
          },
          { text: 'Lưu: VT', unitIds: [] },
        ],
        signature: { ...child.plan.signature, name: round.signer },
      },
    }),
  );
  child = await mustRead(db, childId);
  clock.at(round.docDate, 9, 30);
  await issueCampaign(db, tree, officer, childId, {
    version: child.version,
    docNumber: round.docNumber,
    docDate: round.docDate,
  });
  child = await mustRead(db, childId);
  const owed = await reportAssignments(db, tree, childId);
  for (const [code, sentOn] of Object.entries(round.communes)) {
    if (!sentOn) continue;
    const commune = tree.byCode.get(code);
    const assignmentId = owed.get(code);
    if (!commune || !assignmentId) throw new Error(`demo commune ${code} owes no report`);
    const index = nextIndex();
    const actor = actorOf(commune.id);
    const ctx = await readableAssignment(db, tree, actor, assignmentId);
    await submitAssignment(db, events, ctx, actor, {
      version: 0,
      content: demoSoKetContent(child.outline, commune.name, index, 'commune'),
      idempotencyKey: `demo:${assignmentId}:1`,
      at: clock.at(sentOn, 8 + (index % 4), (index * 17) % 60),
    });
    const asDistrict = await readableAssignment(db, tree, officer, assignmentId);
    await reviewAssignment(db, events, tree, asDistrict, officer, {
      decision: 'accept',
      comment: '',
      version: asDistrict.assignment.version,
      at: clock.at(sentOn, 16, (index * 5) % 60),
    });
  }
  clock.at(round.deadline, 15);
  await regenerateConsolidated(db, tree, officer, child, { version: 0 });
  if (round.upward !== 'draft') await sendUp(db, tree, officer, await mustRead(db, childId));
}

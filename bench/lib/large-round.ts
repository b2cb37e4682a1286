import {
  campaignPatchSchema,
  endOfVietnamDay,
  nominationInputSchema,
  outlineInputSchema,
  vietnamDate,
} from '@tongket/domain';
import type { Db } from '../../apps/server/src/db/database.ts';
import type { Actor } from '../../apps/server/src/http/actor.ts';
import { localEventBus } from '../../apps/server/src/kernel/event-bus.ts';
import { recordAudit } from '../../apps/server/src/kernel/record-audit.ts';
import { UnitDirectory } from '../../apps/server/src/kernel/unit-directory.ts';
import {
  readableAssignment,
  reviewAssignment,
  submitAssignment,
} from '../../apps/server/src/modules/assignments/index.ts';
import {
  createCampaign,
  readCampaign,
  updateCampaign,
  updateOutline,
} from '../../apps/server/src/modules/campaigns/index.ts';
import {
  createNomination,
  reviewNomination,
  submitNomination,
} from '../../apps/server/src/modules/commendation/index.ts';
import {
  type DelegateInput,
  ensureConference,
  insertDelegates,
} from '../../apps/server/src/modules/conference/index.ts';
import { regenerateConsolidated } from '../../apps/server/src/modules/consolidation/index.ts';
import { issueCampaign } from '../../apps/server/src/orchestration/issue-campaign.ts';
import { type BenchUnit, benchOutline, insertReportingUnits } from './bench-round.ts';
import { indicatorValue, type ReportIndicator, sectionHtml, seededRandom } from './report-text.ts';

/**
 * A round at province scale for the browser benchmark, written straight into the database with
 * the server's own operations before the server starts: `units` reporting units under Quảng Trị
 * (bench/lib/bench-round.ts), a round of Sở Y tế issued to all of them with the 20-section outline,
 * a share of the reports sent and some accepted and consolidated, one collective nomination from a share of
 * the units (some forwarded by Sở Y tế) and one delegate per unit.
 */

export interface LargeRoundShares {
  /** Of the units, the share that sent their report (the first ones). */
  submitted: number;
  /** Of those that sent, the share Sở Y tế accepted. */
  accepted: number;
  /** Of the units (departments and districts alike), the share that sent a nomination. */
  nominated: number;
}

export interface LargeRound {
  campaignId: string;
  docNumber: string;
  units: BenchUnit[];
  submitted: number;
  accepted: number;
  nominations: number;
  delegates: number;
}

// 300 nominations at 1,000 units, as bench:web has measured.
export const DEFAULT_SHARES: LargeRoundShares = { submitted: 0.6, accepted: 0.5, nominated: 0.3 };

const actorOf = (unitId: string, role: Actor['role'], username = 'bench'): Actor => ({
  userId: '',
  username,
  fullName: 'Thử tải',
  role,
  unitId,
  ip: null,
});

export async function seedLargeRound(
  db: Db,
  count: number,
  progress: (message: string) => void,
  shares: LargeRoundShares = DEFAULT_SHARES,
): Promise<LargeRound> {
  const { units } = await insertReportingUnits(db, count);
  const tree = await new UnitDirectory(db.kysely).current();
  const qt = tree.byCode.get('QT')?.id as string;
  const syt = tree.byCode.get('QT-SYT')?.id as string;
  const coordinator = actorOf(syt, 'coordinator');
  const docNumber = '9100';

  const id = await createCampaign(db.kysely, tree, coordinator, {
    kind: 'tong_ket',
    issuingUnitId: qt,
    name: `Tổng kết công tác phòng, chống dịch COVID-19 (${count} đơn vị, thử tải)`,
  });
  await updateOutline(db.kysely, tree, coordinator, id, 1, outlineInputSchema.parse(benchOutline()));
  const today = vietnamDate(new Date());
  const inDays = (days: number) => endOfVietnamDay(vietnamDate(new Date(Date.now() + days * 86_400_000)));
  await updateCampaign(
    db.kysely,
    tree,
    coordinator,
    id,
    campaignPatchSchema.parse({
      version: 2,
      plan: {
        docDate: today,
        purpose: 'Đánh giá công tác phòng, chống dịch của các đơn vị trên địa bàn tỉnh.',
        venue: 'Hội trường Trung tâm Hội nghị tỉnh',
        delegateGroups: [
          { text: 'Đại diện Lãnh đạo UBND tỉnh' },
          { text: 'Đại diện các sở, ban, ngành và UBND các huyện' },
        ],
        expectedDelegates: count + 20,
        awardGroups: [
          {
            awardTypeId: 'award-bk-ct-ubnd-tinh',
            heading: 'Bằng khen của Chủ tịch UBND tỉnh cho các tập thể có thành tích xuất sắc',
            quotas: [
              {
                scope: 'each',
                nomineeKind: 'collective',
                count: 1,
                unitKind: 'department',
                label: 'Các phòng, ban, trung tâm',
                text: 'Mỗi đơn vị 01 tập thể',
              },
              {
                scope: 'each',
                nomineeKind: 'collective',
                count: 1,
                unitKind: 'district',
                label: 'UBND các huyện, thị xã, thành phố',
                text: 'Mỗi đơn vị 01 tập thể',
              },
            ],
          },
        ],
        nominationDeadline: inDays(10),
        tasks: [{ kind: 'report', unitIds: units.map((u) => u.id), text: 'Báo cáo tổng kết theo đề cương.' }],
        reportDeadline: inDays(10),
        recipients: [{ text: 'Lưu: VT' }],
        signature: {
          authority: 'TM. ỦY BAN NHÂN DÂN',
          deputy: 'KT. CHỦ TỊCH',
          title: 'PHÓ CHỦ TỊCH',
          name: 'Hoàng Nam',
        },
      },
    }),
  );
  await issueCampaign(db.kysely, tree, coordinator, id, { version: 3, docNumber, docDate: today });
  const campaign = await readCampaign(db.kysely, id);
  if (!campaign) throw new Error('the large round is missing');

  const leaves: Array<{ id: string; title: string }> = [];
  const indicators: ReportIndicator[] = [];
  const walk = (list: typeof campaign.outline.sections) => {
    for (const s of list) {
      if (s.children.length === 0) leaves.push({ id: s.id, title: s.title });
      for (const i of s.indicators) indicators.push({ id: i.id, valueType: i.valueType } as ReportIndicator);
      walk(s.children);
    }
  };
  walk(campaign.outline.sections);

  // Reports: the first units send theirs, Sở Y tế accepts every other one of them.
  const events = localEventBus();
  const assignments = await db.kysely
    .selectFrom('assignments')
    .select(['id', 'unit_id'])
    .where('campaign_id', '=', id)
    .execute();
  const assignmentOf = new Map(assignments.map((a) => [a.unit_id, a.id]));
  const sending = units.slice(0, Math.round(units.length * shares.submitted));
  const acceptEvery = shares.accepted > 0 ? Math.max(1, Math.round(1 / shares.accepted)) : 0;
  let submitted = 0;
  let accepted = 0;
  for (const unit of sending) {
    const assignmentId = assignmentOf.get(unit.id);
    if (!assignmentId) throw new Error(`${unit.code} has no assignment in the large round`);
    const actor = actorOf(unit.id, 'unit', unit.username);
    const sections: Record<string, string> = {};
    leaves.forEach((leaf, i) => {
      sections[leaf.id] = sectionHtml(unit.name, leaf.title, unit.index * 1000 + i + 1);
    });
    const random = seededRandom(unit.index + 7_000_000);
    const values: Record<string, number> = {};
    for (const indicator of indicators) values[indicator.id] = indicatorValue(indicator, random);
    const ctx = await readableAssignment(db.kysely, tree, actor, assignmentId);
    await submitAssignment(db.kysely, events, ctx, actor, {
      version: 0,
      content: { sections, indicators: values, body: '', topic: '', durationMinutes: null, link: '' },
    });
    submitted++;
    if (acceptEvery > 0 && submitted % acceptEvery === 0) {
      const asCoordinator = await readableAssignment(db.kysely, tree, coordinator, assignmentId);
      await reviewAssignment(db.kysely, events, tree, asCoordinator, coordinator, {
        decision: 'accept',
        comment: '',
        version: asCoordinator.assignment.version,
      });
      accepted++;
    }
    if (submitted % 200 === 0) progress(`large round: ${submitted}/${sending.length} reports sent`);
  }
  await events.close();
  // Sở Y tế consolidates what it accepted, as "Tổng hợp lại" does: the tab then holds the text.
  await regenerateConsolidated(db.kysely, tree, coordinator, campaign, { version: 0 });
  progress(`large round: ${submitted} reports sent, ${accepted} accepted and consolidated`);

  // Nominations: a share of the units each propose one collective; Sở Y tế forwards every other one.
  const group = campaign.plan.awardGroups[0];
  if (!group) throw new Error('the large round has no award group');
  const nominating = units.slice(0, Math.round(units.length * shares.nominated));
  const awardTypes = new Set(
    (await db.kysely.selectFrom('award_types').select('id').execute()).map((r) => r.id),
  );
  const version = async (nominationId: string) =>
    (
      await db.kysely
        .selectFrom('nominations')
        .select('version')
        .where('id', '=', nominationId)
        .executeTakeFirstOrThrow()
    ).version;
  let nominations = 0;
  for (const unit of nominating) {
    const by = actorOf(unit.id, 'unit', unit.username);
    const nominationId = await createNomination(
      db.kysely,
      by,
      campaign,
      nominationInputSchema.parse({
        awardGroupId: group.id,
        nomineeKind: 'collective',
        name: `Tập thể ${unit.name}`,
        achievement: 'Hoàn thành xuất sắc nhiệm vụ phòng, chống dịch COVID-19.',
      }),
    );
    await submitNomination(db.kysely, tree, by, campaign, nominationId, {
      version: await version(nominationId),
    });
    nominations++;
    if (nominations % 2 === 0) {
      await reviewNomination(
        db.kysely,
        tree,
        coordinator,
        campaign,
        nominationId,
        { step: 'forward', version: await version(nominationId) },
        awardTypes,
      );
    }
  }
  progress(`large round: ${nominations} nominations sent`);

  // Delegates: one from every unit, in the second group; the province's leaders in the first.
  const [leaders, others] = campaign.plan.delegateGroups;
  const inputs: DelegateInput[] = [
    ...Array.from({ length: 20 }, (_, i) => ({
      groupId: leaders?.id ?? null,
      salutation: i % 2 ? ('ba' as const) : ('ong' as const),
      name: `Đại biểu lãnh đạo số ${i + 1}`,
      title: 'Phó Chủ tịch UBND tỉnh',
      unitId: qt,
      unitName: tree.byId.get(qt)?.name ?? '',
      email: '',
      phone: '',
      note: '',
    })),
    ...units.map((u) => ({
      groupId: others?.id ?? null,
      salutation: u.index % 3 === 0 ? ('ba' as const) : ('ong' as const),
      name: `Đại biểu ${u.name}`,
      title: 'Trưởng đơn vị',
      unitId: u.id,
      unitName: u.name,
      email: `${u.username}@example.vn`,
      phone: '',
      note: '',
    })),
  ];
  const delegates = await db.kysely.transaction().execute(async (trx) => {
    const conference = await ensureConference(trx, campaign, tree, coordinator.username);
    const ids = await insertDelegates(trx, tree, conference, inputs);
    await recordAudit(trx, coordinator, {
      action: 'conference.delegates_imported',
      entityType: 'conference',
      entityId: conference.id,
      after: { count: ids.length },
    });
    return ids.length;
  });
  return { campaignId: id, docNumber, units, submitted, accepted, nominations, delegates };
}

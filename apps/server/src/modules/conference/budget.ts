import { type Budget, type budgetSaveSchema, budgetTotals } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { versionConflict } from '../../http/problem.ts';
import type { EventBus } from '../../kernel/event-bus.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { newId, nowIso } from '../../lib/ids.ts';
import { newWorkbook } from '../../lib/workbook.ts';
import type { ConferenceAccess } from './conference-access.ts';
import {
  bumpBudgetVersion,
  ensureConference,
  replaceBudgetLines,
  selectBudgetLines,
  selectConference,
} from './conference-store.ts';

/** pg hands bigint columns over as strings; amounts are whole đồng well inside a double's integers. */
const amount = (v: number | string | null): number | null => (v === null ? null : Number(v));

/**
 * The conference budget (kinh phí): lines of what is spent, from which funding source, planned
 * and actually spent in đồng, with totals overall and per source. Until it is first saved, the
 * plan's section V gives the lines (its items and sources, amounts still to fill in).
 */
export async function getBudget(db: Kysely<Database>, access: ConferenceAccess): Promise<Budget> {
  const conference = await selectConference(db, access.campaign.id);
  const saved = conference !== undefined && conference.budget_version > 0;
  const lines = saved
    ? (await selectBudgetLines(db, conference.id)).map((l) => ({
        id: l.id,
        item: l.item,
        source: l.source,
        planned: amount(l.planned) ?? 0,
        actual: amount(l.actual),
        note: l.note,
      }))
    : access.campaign.plan.budgetLines.map((l, i) => ({
        id: `new-${i + 1}`,
        item: l.item,
        source: l.source,
        planned: 0,
        actual: null,
        note: '',
      }));
  return {
    campaignId: access.campaign.id,
    version: conference?.budget_version ?? 0,
    saved,
    lines,
    ...budgetTotals(lines),
  };
}

/** Replaces the budget's lines in one transaction, from the budget version the caller read. */
export async function saveBudget(
  db: Kysely<Database>,
  tree: UnitTree,
  events: EventBus,
  actor: Actor,
  access: ConferenceAccess,
  input: z.output<typeof budgetSaveSchema>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const conference = await ensureConference(trx, access.campaign, tree, actor.username);
    if (conference.budget_version !== input.version) throw versionConflict('conference_budget');
    const bumped = await bumpBudgetVersion(
      trx,
      conference.id,
      conference.budget_version,
      actor.username,
      nowIso(),
    );
    if (!bumped) throw versionConflict('conference_budget');
    const before = await selectBudgetLines(trx, conference.id);
    const existing = new Set(before.map((l) => l.id));
    const used = new Set<string>();
    await replaceBudgetLines(
      trx,
      conference.id,
      input.lines.map((l, position) => {
        const id = l.id && existing.has(l.id) && !used.has(l.id) ? l.id : newId();
        used.add(id);
        return {
          id,
          conference_id: conference.id,
          position,
          item: l.item,
          source: l.source,
          planned: l.planned,
          actual: l.actual,
          note: l.note,
        };
      }),
    );
    await recordAudit(trx, actor, {
      action: 'conference.budget_saved',
      entityType: 'conference',
      entityId: conference.id,
      before: before.map((l) => ({
        id: l.id,
        item: l.item,
        source: l.source,
        planned: amount(l.planned),
        actual: amount(l.actual),
      })),
      after: input.lines,
    });
  });
  events.publish({
    type: 'conference.changed',
    campaignId: access.campaign.id,
    change: 'budget',
    at: nowIso(),
  });
}

/** The budget as Excel: the lines with planned, actual and the difference, the total, and totals by source. */
export async function budgetWorkbook(budget: Budget, title: string): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Tổng kết';
  const money = '#,##0';
  const sheet = workbook.addWorksheet('Kinh phí');
  sheet.addRow([`KINH PHÍ ${title.toLocaleUpperCase('vi')}`]).font = { bold: true };
  sheet.addRow(['Đơn vị tính: đồng']).font = { italic: true };
  sheet.addRow([]);
  const header = sheet.addRow([
    'STT',
    'Nội dung chi',
    'Nguồn kinh phí',
    'Dự toán',
    'Thực chi',
    'Chênh lệch',
    'Ghi chú',
  ]);
  header.font = { bold: true };
  sheet.columns = [
    { width: 6 },
    { width: 40 },
    { width: 50 },
    { width: 16, style: { numFmt: money } },
    { width: 16, style: { numFmt: money } },
    { width: 16, style: { numFmt: money } },
    { width: 30 },
  ];
  budget.lines.forEach((l, i) => {
    sheet.addRow([
      i + 1,
      l.item,
      l.source,
      l.planned,
      l.actual,
      l.actual === null ? null : l.planned - l.actual,
      l.note,
    ]);
  });
  const total = sheet.addRow([
    '',
    'Tổng cộng',
    '',
    budget.totals.planned,
    budget.totals.actual,
    budget.totals.planned - budget.totals.actual,
    '',
  ]);
  total.font = { bold: true };
  const bySource = workbook.addWorksheet('Theo nguồn');
  bySource.columns = [
    { header: 'Nguồn kinh phí', width: 60 },
    { header: 'Dự toán', width: 16, style: { numFmt: money } },
    { header: 'Thực chi', width: 16, style: { numFmt: money } },
  ];
  bySource.getRow(1).font = { bold: true };
  for (const s of budget.bySource) bySource.addRow([s.source || '(chưa ghi nguồn)', s.planned, s.actual]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

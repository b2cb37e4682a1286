import type {
  CampaignKind,
  CampaignStatus,
  IndicatorAggregation,
  IndicatorValueType,
  NomineeKind,
  Outline,
  OutlineSection,
  Plan,
  QuotaScope,
  TaskKind,
  UnitKind,
} from '@tongket/domain';
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CampaignsTable, Database } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';

/**
 * Reading and writing a round's plan and outline: the only place that knows how the parts map to
 * tables. Services call it inside their transaction; it never decides whether a change is allowed.
 */
export type CampaignRow = Selectable<CampaignsTable>;

export interface StoredCampaign {
  id: string;
  kind: CampaignKind;
  status: CampaignStatus;
  name: string;
  version: number;
  issuingUnitId: string;
  standingUnitId: string;
  sourceCampaignId: string | null;
  /** A cascaded round: the higher round, and the assignment of this round's unit in it. */
  parentCampaignId: string | null;
  parentAssignmentId: string | null;
  issuedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  reminderRules: string[];
  plan: Plan;
  outline: Outline;
}

type ListTable =
  | 'plan_programme_items'
  | 'plan_delegate_groups'
  | 'plan_recipients'
  | 'plan_budget_lines'
  | 'plan_award_groups'
  | 'plan_quota_rows'
  | 'plan_tasks';

/** Single-valued plan fields and their columns. */
export const SCALAR_COLUMNS = {
  parentBody: 'parent_body',
  issuingBody: 'issuing_body',
  docNumber: 'doc_number',
  docCode: 'doc_code',
  place: 'place',
  docDate: 'doc_date',
  docType: 'doc_type',
  summary: 'summary',
  situation: 'situation',
  purpose: 'purpose',
  conferenceTime: 'conference_time',
  conferenceStartsAt: 'conference_starts_at',
  venue: 'venue',
  expectedDelegates: 'expected_delegates',
  nominationDeadline: 'nomination_deadline',
  nominationTo: 'nomination_to',
  nominationReviewer: 'nomination_reviewer',
  reportDeadline: 'report_deadline',
  submissionTo: 'submission_to',
  submissionEmail: 'submission_email',
  closing: 'closing',
} as const satisfies Partial<Record<keyof Plan, keyof CampaignsTable>>;
type ScalarField = keyof typeof SCALAR_COLUMNS;

function parseReminderRules(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((r): r is string => typeof r === 'string') : [];
  } catch {
    return [];
  }
}

export async function selectCampaignRow(db: Kysely<Database>, id: string): Promise<CampaignRow | undefined> {
  return db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
}

/** What a new round's row says; the rest is the same for every new round (see insertDraftCampaign). */
export type NewCampaignRow = Omit<
  Insertable<CampaignsTable>,
  'status' | 'version' | 'number_key' | 'created_at' | 'updated_at' | 'issued_at' | 'issued_by'
>;

/** A new round (created, cloned or opened below another): a draft at version 1, without number or issue. */
export async function insertDraftCampaign(
  db: Kysely<Database>,
  row: NewCampaignRow,
  now: string,
): Promise<void> {
  await db
    .insertInto('campaigns')
    .values({
      ...row,
      status: 'draft',
      version: 1,
      number_key: null,
      created_at: now,
      updated_at: now,
      issued_at: null,
      issued_by: null,
    })
    .execute();
}

/**
 * Moves the round from `version` to the next with `columns`: false when another change got there
 * first (the row's version is no longer the one read).
 */
export async function updateCampaignAtVersion(
  db: Kysely<Database>,
  id: string,
  version: number,
  columns: Updateable<CampaignsTable>,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('campaigns')
    .set({ ...columns, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every round as the list shows it (access is the caller's to check), the most recently changed first. */
export async function selectCampaignListRows(db: Kysely<Database>) {
  return db
    .selectFrom('campaigns')
    .select([
      'id',
      'kind',
      'status',
      'name',
      'version',
      'issuing_unit_id',
      'standing_unit_id',
      'doc_number',
      'doc_code',
      'doc_date',
      'report_deadline',
      'issued_at',
      'updated_at',
      'parent_campaign_id',
    ])
    .orderBy('updated_at', 'desc')
    .execute();
}

/**
 * The report a unit owes in a round (the assignments module writes these; it sits above this one,
 * so the lower round's opening reads the row here).
 */
export async function reportOwed(db: Kysely<Database>, campaignId: string, unitId: string) {
  return db
    .selectFrom('assignments')
    .select(['id', 'deadline', 'status'])
    .where('campaign_id', '=', campaignId)
    .where('unit_id', '=', unitId)
    .where('kind', '=', 'report')
    .executeTakeFirst();
}

/** Whether a lower round was already opened for this report (one per report owed). */
export async function childCampaignOpened(db: Kysely<Database>, assignmentId: string): Promise<boolean> {
  const row = await db
    .selectFrom('campaigns')
    .select('id')
    .where('parent_assignment_id', '=', assignmentId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Rounds as last read, by id, per database handle. A round only changes with a new version (or
 * status), and its row is read on every call anyway, so a hit costs one query instead of eleven —
 * what every report save and submit of a thousand units would otherwise pay. Cached rounds are
 * frozen: a caller that tried to change one would fail loudly rather than corrupt the cache.
 */
const cache = new WeakMap<Kysely<Database>, Map<string, { key: string; campaign: StoredCampaign }>>();
const CACHE_SIZE = 200;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export async function readCampaign(db: Kysely<Database>, id: string): Promise<StoredCampaign | undefined> {
  const row = await selectCampaignRow(db, id);
  if (!row) return undefined;
  const key = `${row.version}|${row.status}|${row.updated_at}`;
  let byId = cache.get(db);
  if (!byId) {
    byId = new Map();
    cache.set(db, byId);
  }
  const hit = byId.get(id);
  if (hit?.key === key) return hit.campaign;
  const campaign = deepFreeze(await readCampaignFromRow(db, row));
  byId.delete(id);
  byId.set(id, { key, campaign });
  if (byId.size > CACHE_SIZE) byId.delete(byId.keys().next().value as string);
  return campaign;
}

export async function readCampaignFromRow(db: Kysely<Database>, row: CampaignRow): Promise<StoredCampaign> {
  const id = row.id;
  const byPosition = <T extends { position: number }>(rows: T[]) =>
    rows.sort((a, b) => a.position - b.position);
  const [programme, delegates, recipients, budget, groups, quotas, tasks, links, sections, indicators] =
    await Promise.all([
      db.selectFrom('plan_programme_items').selectAll().where('campaign_id', '=', id).execute(),
      db.selectFrom('plan_delegate_groups').selectAll().where('campaign_id', '=', id).execute(),
      db.selectFrom('plan_recipients').selectAll().where('campaign_id', '=', id).execute(),
      db.selectFrom('plan_budget_lines').selectAll().where('campaign_id', '=', id).execute(),
      db.selectFrom('plan_award_groups').selectAll().where('campaign_id', '=', id).execute(),
      db.selectFrom('plan_quota_rows').selectAll().where('campaign_id', '=', id).execute(),
      db.selectFrom('plan_tasks').selectAll().where('campaign_id', '=', id).execute(),
      db.selectFrom('plan_row_units').selectAll().where('campaign_id', '=', id).execute(),
      db.selectFrom('outline_sections').selectAll().where('campaign_id', '=', id).execute(),
      db.selectFrom('outline_indicators').selectAll().where('campaign_id', '=', id).execute(),
    ]);
  const unitsOf = new Map<string, string[]>();
  for (const link of byPosition(links)) {
    const key = `${link.role}:${link.row_id}`;
    const list = unitsOf.get(key) ?? [];
    list.push(link.unit_id);
    unitsOf.set(key, list);
  }
  const linked = (role: string, rowId: string) => unitsOf.get(`${role}:${rowId}`) ?? [];

  const plan: Plan = {
    parentBody: row.parent_body,
    issuingBody: row.issuing_body,
    docNumber: row.doc_number,
    docCode: row.doc_code,
    place: row.place,
    docDate: row.doc_date,
    docType: row.doc_type,
    summary: row.summary,
    situation: row.situation,
    purpose: row.purpose,
    programme: byPosition(programme).map((r) => ({ id: r.id, text: r.text })),
    conferenceTime: row.conference_time,
    conferenceStartsAt: row.conference_starts_at,
    venue: row.venue,
    delegateGroups: byPosition(delegates).map((r) => ({ id: r.id, text: r.text })),
    expectedDelegates: row.expected_delegates,
    budgetLines: byPosition(budget).map((r) => ({ id: r.id, item: r.item, source: r.source })),
    awardGroups: byPosition(groups).map((g) => ({
      id: g.id,
      awardTypeId: g.award_type_id,
      heading: g.heading,
      quotas: byPosition(quotas.filter((q) => q.award_group_id === g.id)).map((q) => ({
        id: q.id,
        scope: q.scope as QuotaScope,
        nomineeKind: q.nominee_kind as NomineeKind,
        count: q.count,
        unitIds: linked('quota', q.id),
        unitKind: q.unit_kind as UnitKind | null,
        exceptUnitIds: linked('quota_except', q.id),
        label: q.label,
        text: q.text,
      })),
    })),
    nominationDeadline: row.nomination_deadline,
    nominationTo: row.nomination_to,
    nominationReviewer: row.nomination_reviewer,
    tasks: byPosition(tasks).map((t) => ({
      id: t.id,
      kind: t.kind as TaskKind,
      unitIds: linked('task', t.id),
      label: t.label,
      text: t.text,
      topic: t.topic,
      deadline: t.deadline,
      minMinutes: t.min_minutes,
      maxMinutes: t.max_minutes,
    })),
    reportDeadline: row.report_deadline,
    submissionTo: row.submission_to,
    submissionEmail: row.submission_email,
    signedReports: row.signed_reports === 1,
    closing: row.closing,
    recipients: byPosition(recipients).map((r) => ({
      id: r.id,
      text: r.text,
      unitIds: linked('recipient', r.id),
    })),
    signature: {
      authority: row.signature_authority,
      deputy: row.signature_deputy,
      title: row.signature_title,
      name: row.signature_name,
    },
  };

  const indicatorsOf = new Map<string, typeof indicators>();
  for (const ind of byPosition(indicators)) {
    const list = indicatorsOf.get(ind.section_id) ?? [];
    list.push(ind);
    indicatorsOf.set(ind.section_id, list);
  }
  const childrenOf = new Map<string | null, typeof sections>();
  for (const s of byPosition(sections)) {
    const list = childrenOf.get(s.parent_id) ?? [];
    list.push(s);
    childrenOf.set(s.parent_id, list);
  }
  const build = (parentId: string | null): OutlineSection[] =>
    (childrenOf.get(parentId) ?? []).map((s) => ({
      id: s.id,
      title: s.title,
      required: s.required === 1,
      guidance: s.guidance,
      indicators: (indicatorsOf.get(s.id) ?? []).map((i) => ({
        id: i.id,
        name: i.name,
        unit: i.unit,
        valueType: i.value_type as IndicatorValueType,
        aggregation: i.aggregation as IndicatorAggregation,
        required: i.required === 1,
      })),
      children: build(s.id),
    }));

  return {
    id,
    kind: row.kind as CampaignKind,
    status: row.status as CampaignStatus,
    name: row.name,
    version: row.version,
    issuingUnitId: row.issuing_unit_id,
    standingUnitId: row.standing_unit_id,
    sourceCampaignId: row.source_campaign_id,
    parentCampaignId: row.parent_campaign_id,
    parentAssignmentId: row.parent_assignment_id,
    issuedAt: row.issued_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    reminderRules: parseReminderRules(row.reminder_rules),
    plan,
    outline: { title: row.outline_title, summary: row.outline_summary, sections: build(null) },
  };
}

export type PlanColumns = Pick<
  CampaignsTable,
  | (typeof SCALAR_COLUMNS)[ScalarField]
  | 'signature_authority'
  | 'signature_deputy'
  | 'signature_title'
  | 'signature_name'
>;

/** The columns of a plan's single-valued parts: all of them for a whole plan, the given ones for a patch. */
export function scalarColumns(plan: Plan): PlanColumns;
export function scalarColumns(plan: Partial<Plan>): Partial<PlanColumns>;
export function scalarColumns(plan: Partial<Plan>): Partial<PlanColumns> {
  const out: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(SCALAR_COLUMNS) as Array<[ScalarField, string]>) {
    if (plan[field] !== undefined) out[column] = plan[field];
  }
  if (plan.signedReports !== undefined) out.signed_reports = plan.signedReports ? 1 : 0;
  if (plan.signature) {
    out.signature_authority = plan.signature.authority;
    out.signature_deputy = plan.signature.deputy;
    out.signature_title = plan.signature.title;
    out.signature_name = plan.signature.name;
  }
  return out as Partial<PlanColumns>;
}

/** Rows as a client sends them: an id is kept only when it already names a row of this round. */
type MaybeId<T> = Omit<T, 'id'> & { id?: string | undefined };
export type PlanLists = {
  programme?: Array<MaybeId<Plan['programme'][number]>>;
  delegateGroups?: Array<MaybeId<Plan['delegateGroups'][number]>>;
  budgetLines?: Array<MaybeId<Plan['budgetLines'][number]>>;
  recipients?: Array<MaybeId<Plan['recipients'][number]>>;
  tasks?: Array<MaybeId<Plan['tasks'][number]>>;
  awardGroups?: Array<
    MaybeId<Omit<Plan['awardGroups'][number], 'quotas'>> & {
      quotas: Array<MaybeId<Plan['awardGroups'][number]['quotas'][number]>>;
    }
  >;
};

async function existingIds(db: Kysely<Database>, table: ListTable, campaignId: string): Promise<Set<string>> {
  const rows = await db.selectFrom(table).select('id').where('campaign_id', '=', campaignId).execute();
  return new Set(rows.map((r) => r.id));
}

function idKeeper(existing: Set<string>) {
  const used = new Set<string>();
  return (id: string | undefined) => {
    const keep = id && existing.has(id) && !used.has(id) ? id : newId();
    used.add(keep);
    return keep;
  };
}

async function replaceLinks(db: Kysely<Database>, campaignId: string, roles: string[]) {
  await db
    .deleteFrom('plan_row_units')
    .where('campaign_id', '=', campaignId)
    .where('role', 'in', roles)
    .execute();
}

async function insertLinks(
  db: Kysely<Database>,
  campaignId: string,
  rowId: string,
  role: string,
  unitIds: string[],
) {
  const unique = [...new Set(unitIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('plan_row_units')
    .values(
      unique.map((unitId, position) => ({
        campaign_id: campaignId,
        row_id: rowId,
        role,
        position,
        unit_id: unitId,
      })),
    )
    .execute();
}

/** Replaces each list given, whole; lists not given stay as they are. */
export async function writePlanLists(
  db: Kysely<Database>,
  campaignId: string,
  lists: PlanLists,
): Promise<void> {
  const textList = async (
    table: 'plan_programme_items' | 'plan_delegate_groups',
    rows: Array<{ id?: string | undefined; text: string }>,
  ) => {
    const keep = idKeeper(await existingIds(db, table, campaignId));
    await db.deleteFrom(table).where('campaign_id', '=', campaignId).execute();
    if (rows.length === 0) return;
    await db
      .insertInto(table)
      .values(
        rows.map((r, position) => ({ id: keep(r.id), campaign_id: campaignId, position, text: r.text })),
      )
      .execute();
  };
  if (lists.programme) await textList('plan_programme_items', lists.programme);
  if (lists.delegateGroups) await textList('plan_delegate_groups', lists.delegateGroups);

  if (lists.budgetLines) {
    const keep = idKeeper(await existingIds(db, 'plan_budget_lines', campaignId));
    await db.deleteFrom('plan_budget_lines').where('campaign_id', '=', campaignId).execute();
    if (lists.budgetLines.length > 0) {
      await db
        .insertInto('plan_budget_lines')
        .values(
          lists.budgetLines.map((r, position) => ({
            id: keep(r.id),
            campaign_id: campaignId,
            position,
            item: r.item,
            source: r.source,
          })),
        )
        .execute();
    }
  }

  if (lists.recipients) {
    const keep = idKeeper(await existingIds(db, 'plan_recipients', campaignId));
    await replaceLinks(db, campaignId, ['recipient']);
    await db.deleteFrom('plan_recipients').where('campaign_id', '=', campaignId).execute();
    for (const [position, r] of lists.recipients.entries()) {
      const id = keep(r.id);
      await db
        .insertInto('plan_recipients')
        .values({ id, campaign_id: campaignId, position, text: r.text })
        .execute();
      await insertLinks(db, campaignId, id, 'recipient', r.unitIds);
    }
  }

  if (lists.tasks) {
    const keep = idKeeper(await existingIds(db, 'plan_tasks', campaignId));
    await replaceLinks(db, campaignId, ['task']);
    await db.deleteFrom('plan_tasks').where('campaign_id', '=', campaignId).execute();
    for (const [position, t] of lists.tasks.entries()) {
      const id = keep(t.id);
      await db
        .insertInto('plan_tasks')
        .values({
          id,
          campaign_id: campaignId,
          position,
          kind: t.kind,
          label: t.label,
          text: t.text,
          topic: t.topic,
          deadline: t.deadline,
          min_minutes: t.minMinutes,
          max_minutes: t.maxMinutes,
        })
        .execute();
      await insertLinks(db, campaignId, id, 'task', t.unitIds);
    }
  }

  if (lists.awardGroups) {
    const keepGroup = idKeeper(await existingIds(db, 'plan_award_groups', campaignId));
    const keepQuota = idKeeper(await existingIds(db, 'plan_quota_rows', campaignId));
    await replaceLinks(db, campaignId, ['quota', 'quota_except']);
    await db.deleteFrom('plan_quota_rows').where('campaign_id', '=', campaignId).execute();
    await db.deleteFrom('plan_award_groups').where('campaign_id', '=', campaignId).execute();
    for (const [position, g] of lists.awardGroups.entries()) {
      const groupId = keepGroup(g.id);
      await db
        .insertInto('plan_award_groups')
        .values({
          id: groupId,
          campaign_id: campaignId,
          position,
          award_type_id: g.awardTypeId,
          heading: g.heading,
        })
        .execute();
      for (const [qPosition, q] of g.quotas.entries()) {
        const quotaId = keepQuota(q.id);
        await db
          .insertInto('plan_quota_rows')
          .values({
            id: quotaId,
            campaign_id: campaignId,
            award_group_id: groupId,
            position: qPosition,
            scope: q.scope,
            nominee_kind: q.nomineeKind,
            count: q.count,
            unit_kind: q.unitKind,
            label: q.label,
            text: q.text,
          })
          .execute();
        await insertLinks(db, campaignId, quotaId, 'quota', q.unitIds);
        await insertLinks(db, campaignId, quotaId, 'quota_except', q.exceptUnitIds);
      }
    }
  }
}

export type OutlineSectionWrite = {
  id?: string | undefined;
  /** The higher round's section it derives from; kept from the stored row when not given. */
  originId?: string | null | undefined;
  title: string;
  required: boolean;
  guidance: string;
  indicators: Array<{
    id?: string | undefined;
    originId?: string | null | undefined;
    name: string;
    unit: string;
    valueType: string;
    aggregation: string;
    required?: boolean | undefined;
  }>;
  children: OutlineSectionWrite[];
};

/** Replaces the outline tree whole, keeping the ids of sections and indicators that already exist. */
export async function writeOutline(
  db: Kysely<Database>,
  campaignId: string,
  outline: { title: string; summary: string; sections: OutlineSectionWrite[] },
): Promise<void> {
  const known = await outlineOrigins(db, campaignId);
  const origins = new Map([...known.sections, ...known.indicators]);
  const keepSection = idKeeper(new Set(known.sections.keys()));
  const keepIndicator = idKeeper(new Set(known.indicators.keys()));
  await db.deleteFrom('outline_indicators').where('campaign_id', '=', campaignId).execute();
  await db.deleteFrom('outline_sections').where('campaign_id', '=', campaignId).execute();
  const sectionRows: Database['outline_sections'][] = [];
  const indicatorRows: Database['outline_indicators'][] = [];
  const originOf = (given: string | null | undefined, id: string) =>
    given !== undefined ? given : (origins.get(id) ?? null);
  const walk = (list: OutlineSectionWrite[], parentId: string | null) => {
    list.forEach((s, position) => {
      const id = keepSection(s.id);
      sectionRows.push({
        id,
        campaign_id: campaignId,
        parent_id: parentId,
        position,
        title: s.title,
        required: s.required ? 1 : 0,
        guidance: s.guidance,
        origin_id: originOf(s.originId, id),
      });
      s.indicators.forEach((ind, i) => {
        const indicatorId = keepIndicator(ind.id);
        indicatorRows.push({
          id: indicatorId,
          origin_id: originOf(ind.originId, indicatorId),
          campaign_id: campaignId,
          section_id: id,
          position: i,
          name: ind.name,
          unit: ind.unit,
          value_type: ind.valueType,
          aggregation: ind.aggregation,
          required: ind.required ? 1 : 0,
        });
      });
      walk(s.children, id);
    });
  };
  walk(outline.sections, null);
  // Parents first, so a section is never inserted before the one it hangs under; chunks keep
  // each statement under SQLite's parameter limit.
  for (let i = 0; i < sectionRows.length; i += 100) {
    await db
      .insertInto('outline_sections')
      .values(sectionRows.slice(i, i + 100))
      .execute();
  }
  for (let i = 0; i < indicatorRows.length; i += 100) {
    await db
      .insertInto('outline_indicators')
      .values(indicatorRows.slice(i, i + 100))
      .execute();
  }
  await db
    .updateTable('campaigns')
    .set({ outline_title: outline.title, outline_summary: outline.summary })
    .where('id', '=', campaignId)
    .execute();
}

/** The rounds opened below a round (its lower, cascaded rounds), as stored. */
export async function childCampaignRows(db: Kysely<Database>, parentId: string) {
  return db
    .selectFrom('campaigns')
    .select([
      'id',
      'name',
      'status',
      'issuing_unit_id',
      'report_deadline',
      'standing_unit_id',
      'parent_campaign_id',
    ])
    .where('parent_campaign_id', '=', parentId)
    .execute();
}

/**
 * Where each section and indicator of a round's outline came from (the higher round's, for a
 * cascaded round opened from it): by id, the origin's id or null.
 */
export async function outlineOrigins(db: Kysely<Database>, campaignId: string) {
  const [sections, indicators] = await Promise.all([
    db
      .selectFrom('outline_sections')
      .select(['id', 'origin_id'])
      .where('campaign_id', '=', campaignId)
      .execute(),
    db
      .selectFrom('outline_indicators')
      .select(['id', 'origin_id'])
      .where('campaign_id', '=', campaignId)
      .execute(),
  ]);
  return {
    sections: new Map(sections.map((s) => [s.id, s.origin_id])),
    indicators: new Map(indicators.map((i) => [i.id, i.origin_id])),
  };
}

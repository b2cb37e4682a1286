import { type ConsolidationBasis, numberOutline } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { badRequest, versionConflict } from '../../http/problem.ts';
import { recordAudit } from '../../kernel/record-audit.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { nowIso } from '../../lib/ids.ts';
import { sanitizeReportHtml } from '../assignments/index.ts';
import type { StoredCampaign } from '../campaigns/index.ts';
import { type CollectedReport, collectReports, forEachReportText, inTreeOrder } from './collect-reports.ts';
import type { Contribution } from './consolidate.ts';
import { consolidatedReleasedProblem } from './consolidated-release.ts';
import {
  readConsolidated,
  readSectionSources,
  reportRelease,
  type StoredSection,
  writeReportRow,
  writeSection,
} from './consolidated-store.ts';
import { indicatorTotals } from './indicator-totals.ts';
import { previousRound } from './previous-round.ts';
import { linesOver, reportLayout, sentenceLines } from './report-length.ts';
import { appendSources, type PackedSources, packSources } from './stored-sources.ts';
import type { SynthesizedSection } from './synthesis/synthesize.ts';
import {
  placementSample,
  roundPlacement,
  synthesizeRoundToFitYielding,
  synthesizeRoundYielding,
} from './synthesis/synthesize-round.ts';

/**
 * Characters of the units' text written at a time when regenerating without a length target: a
 * thousand units' 20 sections are 24 million characters (50 MB as strings), read four times a few
 * sections at a time instead of held together with what the synthesis builds from them.
 */
const GROUP_CHARS = 6_000_000;

/**
 * Moves the consolidated report to its next version inside the transaction, unless someone else
 * changed it since `version` (0: never saved) — then 409, and nothing of theirs or ours is lost.
 */
async function bump(
  trx: Kysely<Database>,
  campaignId: string,
  version: number,
  basis: ConsolidationBasis,
  by: string,
  generated: boolean,
  /** The length target to store; undefined keeps the stored one. */
  targetPages?: number | null,
) {
  const now = nowIso();
  const written = await writeReportRow(trx, campaignId, version, {
    basis,
    at: now,
    by,
    generated,
    targetPages,
  });
  if (!written) {
    // Released meanwhile: say so, rather than that someone edited it.
    if ((await reportRelease(trx, campaignId))?.released_at) throw consolidatedReleasedProblem();
    throw versionConflict('consolidated');
  }
  return now;
}

/**
 * Regenerates from the reports now in: a section nobody has edited is written again from every
 * contribution by the synthesis (themes across units, the figures as sentences, each sentence with
 * its sources); an edited one keeps its text and gets only a synthesis of the new contributions
 * appended, each point with the units it came from. Every section of the outline takes part, a
 * section with sub-sections too: what units wrote under "II." before its "1." (an introduction,
 * from a draft or a Word import) is its own text, printed under its heading before the
 * sub-sections. With a length target (`targetPages`, kept with the report until changed), the
 * sections written afresh share what the target leaves after the report's fixed parts and the
 * edited sections, each cut in proportion to its input. Answers how many contributions were taken
 * in new.
 */
export async function regenerateConsolidated(
  db: Kysely<Database>,
  tree: UnitTree,
  actor: Actor,
  campaign: StoredCampaign,
  input: { version: number; basis?: ConsolidationBasis | undefined; targetPages?: number | null | undefined },
): Promise<{ added: number }> {
  // The synthesis is seconds of work for a thousand reports: it runs before the transaction (which
  // on SQLite would hold the only connection), yielding between sections. The version checked again
  // by the update inside the transaction says nobody changed the report meanwhile; a report that
  // came in meanwhile is not in `seen`, so it shows as new.
  const stored = await readConsolidated(db, campaign.id);
  if (stored.report?.released_at) throw consolidatedReleasedProblem();
  if ((stored.report?.version ?? 0) !== input.version) throw versionConflict('consolidated');
  const basis = input.basis ?? ((stored.report?.basis ?? 'accepted') as ConsolidationBasis);
  const rebuild = basis !== (stored.report?.basis ?? basis);
  const [collected, previous] = await Promise.all([
    collectReports(db, campaign.id, basis, false),
    previousRound(db, tree, campaign),
  ]);
  const { assignments } = collected;
  const reports = inTreeOrder(collected.reports, tree);
  const outline = numberOutline(campaign.outline.sections);

  // Which unit wrote in which section, in tree order, and how much: one reading of the texts,
  // kept by none. The texts are read again a few sections at a time as they are written.
  const wrote = new Map<string, Array<{ report: CollectedReport; chars: number }>>();
  for (const { section } of outline) wrote.set(section.id, []);
  await forEachReportText(db, reports, (report, texts) => {
    for (const [sectionId, html] of Object.entries(texts)) {
      if (html) wrote.get(sectionId)?.push({ report, chars: html.length });
    }
  });
  const submissions = new Map<string, string>();
  for (const list of wrote.values())
    for (const { report } of list) submissions.set(report.unitId, report.submissionId);
  /** The texts of `wanted` (by section id, each a list of the section's writers), read a hundred reports at a time. */
  const readTexts = async (wanted: Map<string, CollectedReport[]>) => {
    const byReport = new Map<string, Set<string>>();
    for (const [sectionId, list] of wanted) {
      for (const r of list) {
        const ids = byReport.get(r.submissionId);
        if (ids) ids.add(sectionId);
        else byReport.set(r.submissionId, new Set([sectionId]));
      }
    }
    const html = new Map<string, string>();
    await forEachReportText(
      db,
      reports.filter((r) => byReport.has(r.submissionId)),
      (r, texts) => {
        for (const sectionId of byReport.get(r.submissionId) ?? []) {
          html.set(`${sectionId}\u0000${r.submissionId}`, texts[sectionId] ?? '');
        }
      },
      new Set(wanted.keys()),
    );
    const out = new Map<string, Contribution[]>();
    for (const [sectionId, list] of wanted) {
      out.set(
        sectionId,
        list.map((r) => ({
          unitId: r.unitId,
          unitName: tree.byId.get(r.unitId)?.name ?? '',
          submissionId: r.submissionId,
          seq: r.seq,
          html: html.get(`${sectionId}\u0000${r.submissionId}`) ?? '',
        })),
      );
    }
    return out;
  };
  const writersOf = (sectionId: string) => (wrote.get(sectionId) ?? []).map((w) => w.report);

  // Which sections are written afresh, and which edited ones get their new contributions appended.
  const whole = new Set<string>();
  const unseenOf = new Map<string, CollectedReport[]>();
  for (const { section } of outline) {
    const saved = stored.sections.get(section.id);
    if (!saved || saved.generated || rebuild) whole.add(section.id);
    else {
      const unseen = writersOf(section.id).filter((r) => !saved.seen.has(r.submissionId));
      if (unseen.length > 0) unseenOf.set(section.id, unseen);
    }
  }
  const fresh = await readTexts(unseenOf);
  const common = {
    outline: campaign.outline,
    issuingUnitName: tree.byId.get(campaign.issuingUnitId)?.name ?? '',
    expected: assignments.length,
  };
  const indicators = indicatorTotals(
    campaign.outline,
    reports.map((r) => ({ unitId: r.unitId, values: r.content.indicators })),
    tree,
    campaign.issuingUnitId,
  );
  const appended = await synthesizeRoundYielding({
    ...common,
    contributions: fresh,
    indicators: [],
    only: new Set(fresh.keys()),
    withoutFigures: true,
  });
  const targetPages =
    input.targetPages === undefined ? (stored.report?.target_pages ?? null) : input.targetPages;
  /**
   * What is written for a section afresh: its text, and its sources packed as they are stored, as
   * the JSON they are stored as. Every section's are kept until the transaction writes them all:
   * as objects, a thousand units' sources (a reference per sentence each wrote) were 30 MB held
   * beside the texts being read; as JSON, a tenth of that.
   */
  const written = new Map<string, { html: string; sources: string }>();
  const keep = (drafts: Map<string, SynthesizedSection>) => {
    for (const [id, draft] of drafts) {
      written.set(id, { html: draft.html, sources: JSON.stringify(packSources(draft, draft.readTexts)) });
    }
  };
  if (targetPages === null) {
    // A few sections at a time, each section's contributions read whole (its themes are across
    // units), compared with the others on a sample of theirs (`placementSample`) read once: the
    // sample's texts go once they are counted (`roundPlacement`).
    const placement = await roundPlacement(
      campaign.outline,
      await readTexts(
        new Map(outline.map(({ section }) => [section.id, placementSample(writersOf(section.id))])),
      ),
    );
    let group: string[] = [];
    let chars = 0;
    const writeGroup = async () => {
      if (group.length === 0) return;
      const contributions = await readTexts(new Map(group.map((id) => [id, writersOf(id)])));
      keep(
        await synthesizeRoundYielding({
          ...common,
          contributions,
          placement,
          submissions,
          indicators,
          previousRound: previous,
          only: new Set(group),
        }),
      );
      group = [];
      chars = 0;
    };
    for (const { section } of outline) {
      if (!whole.has(section.id)) continue;
      const size = (wrote.get(section.id) ?? []).reduce((n, w) => n + w.chars, 0);
      if (chars > 0 && chars + size > GROUP_CHARS) await writeGroup();
      group.push(section.id);
      chars += size;
    }
    await writeGroup();
  } else {
    // Written to fit, the sections share the room: every one's contributions are read at once.
    const contributions = await readTexts(
      new Map(outline.map(({ section }) => [section.id, writersOf(section.id)])),
    );
    const wholeInput = {
      ...common,
      contributions,
      indicators,
      previousRound: previous,
      only: whole,
    };
    // What is printed whatever the synthesis writes: the header, every heading, the signature, and
    // the sections the clerk edited (with what is appended to them).
    const printed = (drafts: Map<string, SynthesizedSection>) => ({
      indicators,
      sections: outline.map(({ section, path, depth }) => {
        const saved = stored.sections.get(section.id);
        const html = whole.has(section.id)
          ? (drafts.get(section.id)?.html ?? '')
          : (saved?.html ?? '') + (appended.get(section.id)?.html ?? '');
        return { label: path, title: section.title, depth, html };
      }),
    });
    const fixed = linesOver(reportLayout(campaign, printed(new Map()), tree), targetPages);
    const fitted = await synthesizeRoundToFitYielding(wholeInput, {
      limit: -fixed,
      cost: sentenceLines,
      // Laid on pages, a heading carried over with its text or the signature block moved whole
      // can take more than the lines counted.
      over: (drafts) => linesOver(reportLayout(campaign, printed(drafts), tree), targetPages),
      message: `Lược bớt để bản tổng hợp không vượt quá ${targetPages} trang theo mục tiêu đã đặt; xem nguyên văn trong nguồn.`,
    });
    keep(fitted.drafts);
  }
  const earlier = await readSectionSources(db, campaign.id, [...fresh.keys()]);

  // What each section becomes, decided once here: the transaction below only writes it, each
  // section's sources parsed back from their JSON as it is written (the same JSON is stored).
  const writes: Array<{ sectionId: string; next: Omit<StoredSection, 'sources'>; sources: string | null }> =
    [];
  let added = 0;
  for (const { section } of outline) {
    const list = writersOf(section.id);
    const saved = stored.sections.get(section.id);
    if (whole.has(section.id)) {
      const draft = written.get(section.id);
      // Nothing to write for a section no unit wrote in and nobody saved (most parent sections).
      if (!saved && !draft) continue;
      writes.push({
        sectionId: section.id,
        next: {
          html: draft?.html ?? '',
          // A section edited by hand stays marked so, even rebuilt from another basis.
          generated: saved?.generated ?? true,
          seen: new Set(list.map((c) => c.submissionId)),
        },
        sources: draft ? draft.sources : null,
      });
      added += list.filter((c) => !saved?.seen.has(c.submissionId)).length;
    } else {
      const unseen = fresh.get(section.id);
      const draft = appended.get(section.id);
      if (!saved || !unseen || !draft) continue;
      writes.push({
        sectionId: section.id,
        next: {
          html: saved.html + draft.html,
          generated: false,
          seen: new Set([...saved.seen, ...unseen.map((c) => c.submissionId)]),
        },
        sources: JSON.stringify(
          appendSources(
            earlier.get(section.id) ?? packSources({ sentences: [], flags: [] }),
            packSources(draft, draft.readTexts),
          ),
        ),
      });
      added += unseen.length;
    }
  }

  return db.transaction().execute(async (trx) => {
    // A conditional update: 409 when the report changed since it was read above.
    const now = await bump(trx, campaign.id, input.version, basis, actor.username, true, targetPages);
    for (const { sectionId, next, sources } of writes) {
      const section = { ...next, sources: sources === null ? null : (JSON.parse(sources) as PackedSources) };
      await writeSection(trx, campaign.id, sectionId, section, actor.username, now);
    }
    await recordAudit(trx, actor, {
      action: 'consolidated.regenerated',
      entityType: 'campaign',
      entityId: campaign.id,
      after: { basis, reports: reports.length, added, targetPages },
    });
    return { added };
  });
}

/**
 * Saves the standing agency's own text for some sections (a section with sub-sections included:
 * its introduction); they are then kept on regenerating.
 */
export async function saveConsolidated(
  db: Kysely<Database>,
  actor: Actor,
  campaign: StoredCampaign,
  input: { version: number; sections: Record<string, string> },
): Promise<void> {
  const known = new Set(numberOutline(campaign.outline.sections).map((n) => n.section.id));
  const unknown = Object.keys(input.sections).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw badRequest(
      'section_missing',
      undefined,
      unknown.map((id) => ({
        field: `sections.${id}`,
        message: { vi: 'Không có trong đề cương', en: 'Not in the outline' },
      })),
    );
  }
  await db.transaction().execute(async (trx) => {
    const stored = await readConsolidated(trx, campaign.id);
    if (stored.report?.released_at) throw consolidatedReleasedProblem();
    if ((stored.report?.version ?? 0) !== input.version) throw versionConflict('consolidated');
    const basis = (stored.report?.basis ?? 'accepted') as ConsolidationBasis;
    const now = await bump(trx, campaign.id, input.version, basis, actor.username, false);
    for (const [id, html] of Object.entries(input.sections)) {
      const saved = stored.sections.get(id);
      await writeSection(
        trx,
        campaign.id,
        id,
        { html: sanitizeReportHtml(html), generated: false, seen: saved?.seen ?? new Set() },
        actor.username,
        now,
      );
    }
    await recordAudit(trx, actor, {
      action: 'consolidated.updated',
      entityType: 'campaign',
      entityId: campaign.id,
      after: { sections: Object.keys(input.sections) },
    });
  });
}

import type { ConsolidationBasis } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ReleasedContent, SigningContent } from './released-content.ts';
import { type PackedSources, parseStoredSources } from './stored-sources.ts';

export interface StoredSection {
  html: string;
  generated: boolean;
  seen: Set<string>;
  /**
   * Where each generated sentence came from. Left undefined on writing, what is stored is kept
   * (an edit by hand keeps the sources of the text it started from); null clears it.
   */
  sources?: PackedSources | null;
}

/**
 * The report and its sections' texts; the sources (as long as the units' texts) are read apart, and
 * so is what the PDF to sign was rendered from (`readSigningContent`).
 */
export async function readConsolidated(db: Kysely<Database>, campaignId: string) {
  const [report, sections] = await Promise.all([
    db
      .selectFrom('consolidated_reports')
      .select([
        'campaign_id',
        'version',
        'basis',
        'generated_at',
        'updated_at',
        'updated_by',
        'target_pages',
        'doc_number',
        'doc_date',
        'released_at',
        'released_content',
      ])
      .where('campaign_id', '=', campaignId)
      .executeTakeFirst(),
    db
      .selectFrom('consolidated_sections')
      .select(['section_id', 'html', 'generated', 'seen'])
      .where('campaign_id', '=', campaignId)
      .execute(),
  ]);
  const byId = new Map<string, StoredSection>();
  for (const s of sections) {
    byId.set(s.section_id, {
      html: s.html,
      generated: s.generated === 1,
      seen: new Set(JSON.parse(s.seen) as string[]),
    });
  }
  return { report, sections: byId };
}

/** The stored sources of a round's sections (only `sectionIds` when given), by section id, packed (`resolveSources` reads their texts). */
export async function readSectionSources(
  db: Kysely<Database>,
  campaignId: string,
  sectionIds?: string[],
): Promise<Map<string, PackedSources>> {
  const out = new Map<string, PackedSources>();
  if (sectionIds && sectionIds.length === 0) return out;
  const rows = await db
    .selectFrom('consolidated_sections')
    .select(['section_id', 'sources'])
    .where('campaign_id', '=', campaignId)
    .where('sources', 'is not', null)
    .$if(sectionIds !== undefined, (q) => q.where('section_id', 'in', sectionIds as string[]))
    .execute();
  for (const r of rows) if (r.sources) out.set(r.section_id, parseStoredSources(r.sources));
  return out;
}

export async function writeSection(
  trx: Kysely<Database>,
  campaignId: string,
  sectionId: string,
  section: StoredSection,
  by: string,
  now: string,
) {
  const sources =
    section.sources === undefined ? undefined : section.sources && JSON.stringify(section.sources);
  const values = {
    campaign_id: campaignId,
    section_id: sectionId,
    html: section.html,
    generated: section.generated ? 1 : 0,
    seen: JSON.stringify([...section.seen]),
    sources: sources ?? null,
    updated_at: now,
    updated_by: by,
  };
  await trx
    .insertInto('consolidated_sections')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['campaign_id', 'section_id']).doUpdateSet({
        html: values.html,
        generated: values.generated,
        seen: values.seen,
        ...(sources !== undefined && { sources: values.sources }),
        updated_at: now,
        updated_by: by,
      }),
    )
    .execute();
}

/** The report's row moved past `version`; false when someone else changed it first (or created it, at 0). */
export async function writeReportRow(
  db: Kysely<Database>,
  campaignId: string,
  version: number,
  row: {
    basis: ConsolidationBasis;
    at: string;
    by: string;
    /** Set generated_at too: the report was (re)generated now. */
    generated: boolean;
    /** The length target to store; undefined keeps the stored one. */
    targetPages?: number | null;
  },
): Promise<boolean> {
  if (version === 0) {
    const inserted = await db
      .insertInto('consolidated_reports')
      .values({
        campaign_id: campaignId,
        version: 1,
        basis: row.basis,
        generated_at: row.generated ? row.at : null,
        updated_at: row.at,
        updated_by: row.by,
        target_pages: row.targetPages ?? null,
      })
      .onConflict((oc) => oc.column('campaign_id').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const updated = await db
    .updateTable('consolidated_reports')
    .set({
      version: version + 1,
      basis: row.basis,
      updated_at: row.at,
      updated_by: row.by,
      ...(row.generated && { generated_at: row.at }),
      ...(row.targetPages !== undefined && { target_pages: row.targetPages }),
    })
    .where('campaign_id', '=', campaignId)
    .where('version', '=', version)
    // A released report is the signed document of record: nothing changes it any more.
    .where('released_at', 'is', null)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/**
 * Keeps what the PDF served to be signed was rendered from (replacing the last), while the report is
 * at `version` and not released; false otherwise.
 */
export async function writeSigningContent(
  db: Kysely<Database>,
  campaignId: string,
  version: number,
  signing: SigningContent,
): Promise<boolean> {
  const updated = await db
    .updateTable('consolidated_reports')
    .set({ signing_content: JSON.stringify(signing) })
    .where('campaign_id', '=', campaignId)
    .where('version', '=', version)
    .where('released_at', 'is', null)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** What the PDF last served to be signed was rendered from; undefined when none was kept. */
export async function readSigningContent(
  db: Kysely<Database>,
  campaignId: string,
): Promise<SigningContent | undefined> {
  const row = await db
    .selectFrom('consolidated_reports')
    .select('signing_content')
    .where('campaign_id', '=', campaignId)
    .executeTakeFirst();
  return row?.signing_content ? (JSON.parse(row.signing_content) as SigningContent) : undefined;
}

/**
 * Releases the report at `version`, with its number and date and its content as released (what the
 * signed PDF was rendered from), moving it to the next version; false
 * when it is at another version or released already (a parallel release that got there first).
 */
export async function releaseReportRow(
  db: Kysely<Database>,
  campaignId: string,
  version: number,
  release: { docNumber: string; docDate: string; at: string; by: string; content: ReleasedContent },
): Promise<boolean> {
  const updated = await db
    .updateTable('consolidated_reports')
    .set({
      version: version + 1,
      doc_number: release.docNumber,
      doc_date: release.docDate,
      released_at: release.at,
      released_content: JSON.stringify(release.content),
      updated_at: release.at,
      updated_by: release.by,
    })
    .where('campaign_id', '=', campaignId)
    .where('version', '=', version)
    .where('released_at', 'is', null)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** The basis the round's consolidation was made on, if it has one. */
export async function consolidatedBasis(
  db: Kysely<Database>,
  campaignId: string,
): Promise<ConsolidationBasis | undefined> {
  const row = await db
    .selectFrom('consolidated_reports')
    .select('basis')
    .where('campaign_id', '=', campaignId)
    .executeTakeFirst();
  return row?.basis as ConsolidationBasis | undefined;
}

/** The sections that have stored sources: their packed sources and whether they are still as generated. */
export async function sectionsWithSources(db: Kysely<Database>, campaignId: string) {
  const rows = await db
    .selectFrom('consolidated_sections')
    .select(['section_id', 'generated', 'sources'])
    .where('campaign_id', '=', campaignId)
    .where('sources', 'is not', null)
    .execute();
  return rows.flatMap((r) =>
    r.sources
      ? [{ sectionId: r.section_id, generated: r.generated === 1, sources: parseStoredSources(r.sources) }]
      : [],
  );
}

/** The report's version and release (its number, date, when): undefined when never consolidated. */
export function reportRelease(db: Kysely<Database>, campaignId: string) {
  return db
    .selectFrom('consolidated_reports')
    .select(['version', 'doc_number', 'doc_date', 'released_at'])
    .where('campaign_id', '=', campaignId)
    .executeTakeFirst();
}

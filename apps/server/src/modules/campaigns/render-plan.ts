import { buildPlanDocument, type OfficialDocument } from '@tongket/documents/builders';
import { foldVietnamese } from '@tongket/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { FileStorage } from '../../kernel/file-store.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import { renderDocx, renderPdf } from '../../lib/renderers.ts';
import { releasedPdf } from '../signing/index.ts';
import type { StoredCampaign } from './plan-store.ts';

export const PLAN_FORMATS = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;
export type PlanFormat = keyof typeof PLAN_FORMATS;

/** "UBND tỉnh Quảng Trị" → "UBND tỉnh": how the appendix line names the issuer. */
function issuerShortName(campaign: StoredCampaign, tree: UnitTree): string {
  const unit = tree.byId.get(campaign.issuingUnitId);
  return unit?.shortName || unit?.name || campaign.plan.issuingBody;
}

/** The plan as the document model (with its outline appended), from its stored parts. */
export function planDocument(campaign: StoredCampaign, tree: UnitTree): OfficialDocument {
  return buildPlanDocument({
    kind: campaign.kind,
    status: campaign.status,
    plan: campaign.plan,
    outline: campaign.outline,
    unitName: (id) => tree.byId.get(id)?.name,
    issuerShortName: issuerShortName(campaign, tree),
  });
}

/** The plan document (with its outline appended) as DOCX or PDF bytes. */
export async function renderPlan(
  campaign: StoredCampaign,
  tree: UnitTree,
  format: PlanFormat,
): Promise<Buffer> {
  const document = planDocument(campaign, tree);
  return format === 'pdf' ? renderPdf(document) : renderDocx(document);
}

/**
 * Which PDF of the plan is the document of record: the released signed PDF, byte for byte as the
 * records office signed it, once the plan was released through digital signing; until then (and
 * for a plan issued without signing) the PDF rendered from the plan's data.
 */
export async function planPdfOfRecord(
  db: Kysely<Database>,
  storage: FileStorage,
  campaign: StoredCampaign,
  tree: UnitTree,
): Promise<{ bytes: Buffer; signed: boolean }> {
  const released =
    campaign.status === 'draft' ? undefined : await releasedPdf(db, storage, 'plan', campaign.id);
  if (released) return { bytes: released, signed: true };
  return { bytes: await renderPlan(campaign, tree, 'pdf'), signed: false };
}

/** "ke-hoach-2519-KH-UBND.pdf" for the header, "Kế hoạch 2519-KH-UBND.pdf" for browsers that read UTF-8 names. */
export function planFileName(
  campaign: StoredCampaign,
  format: PlanFormat,
): { ascii: string; unicode: string } {
  const ref = campaign.plan.docNumber ? `${campaign.plan.docNumber}-${campaign.plan.docCode}` : 'du-thao';
  const ascii = `${foldVietnamese('ke hoach').replace(/ /g, '-')}-${ref}.${format}`.replace(
    /[^A-Za-z0-9._-]/g,
    '-',
  );
  return { ascii, unicode: `Kế hoạch ${ref === 'du-thao' ? 'dự thảo' : ref}.${format}` };
}

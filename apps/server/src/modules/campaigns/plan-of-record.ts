import type { UnitTree } from '../../kernel/unit-directory.ts';
import type { StoredCampaign } from './plan-store.ts';
import { PLAN_FORMATS, planFileName, renderPlan } from './render-plan.ts';

/** The file that is an issued plan's document of record, as the system holds it. */
export interface PlanRecord {
  bytes: Buffer;
  /** The file's name as people read it: "Kế hoạch 2519-KH-UBND.pdf". */
  name: string;
  contentType: string;
}

/**
 * Which PDF is the issued plan's document of record — the one thing that decides it, for the
 * edXML export and whatever else hands the plan on. Today the system renders the plan's PDF from
 * its stored parts (unsigned); once released plans are signed, this returns the signed PDF kept
 * unchanged instead, and every caller follows.
 */
export async function planDocumentOfRecord(campaign: StoredCampaign, tree: UnitTree): Promise<PlanRecord> {
  return {
    bytes: await renderPlan(campaign, tree, 'pdf'),
    name: planFileName(campaign, 'pdf').unicode,
    contentType: PLAN_FORMATS.pdf,
  };
}

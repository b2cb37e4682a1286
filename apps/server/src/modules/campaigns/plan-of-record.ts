import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { FileStorage } from '../../kernel/file-store.ts';
import type { UnitTree } from '../../kernel/unit-directory.ts';
import type { StoredCampaign } from './plan-store.ts';
import { PLAN_FORMATS, planFileName, planPdfOfRecord } from './render-plan.ts';

/** The file that is an issued plan's document of record, as the system holds it. */
export interface PlanRecord {
  bytes: Buffer;
  /** The file's name as people read it: "Kế hoạch 2519-KH-UBND.pdf". */
  name: string;
  contentType: string;
  /** The released PDF signed by the signer and the records office, kept byte for byte. */
  signed: boolean;
}

/**
 * The issued plan's document of record with its name, for whatever hands the plan on (the edXML
 * export): the PDF `planPdfOfRecord` decides — the released signed one once there is one.
 */
export async function planDocumentOfRecord(
  db: Kysely<Database>,
  storage: FileStorage,
  campaign: StoredCampaign,
  tree: UnitTree,
): Promise<PlanRecord> {
  const { bytes, signed } = await planPdfOfRecord(db, storage, campaign, tree);
  return { bytes, name: planFileName(campaign, 'pdf').unicode, contentType: PLAN_FORMATS.pdf, signed };
}

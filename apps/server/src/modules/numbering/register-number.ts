import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { conflict } from '../../http/problem.ts';
import { nowIso } from '../../lib/ids.ts';

export interface NumberRequest {
  issuingUnitId: string;
  /** The document's date, yyyy-mm-dd: its year is the numbering year. */
  docDate: string;
  docNumber: string;
  kind: 'plan' | 'decision' | 'invitation' | 'consolidated' | 'unit_report';
  refId: string;
  /** "2519/KH-UBND", for the message that names a number already taken. */
  reference: string;
  summary: string;
}

export function duplicateNumber(
  number: string,
  year: string,
  taken: { reference: string; summary: string } | null,
) {
  return conflict(
    'duplicate_number',
    {
      number,
      year,
      ...(taken && {
        taken: { reference: taken.reference, summary: taken.summary.replace(/\s*\n\s*/g, ' ') },
      }),
    },
    {
      errors: [
        {
          field: 'docNumber',
          message: { vi: 'Số văn bản đã được dùng trong năm', en: 'The number is already used this year' },
        },
      ],
    },
  );
}

const isUniqueViolation = (error: unknown) =>
  /unique|duplicate key/i.test(error instanceof Error ? error.message : String(error));

/**
 * Enters a number in the register of the issuing body's documents for its year, in the caller's
 * transaction: plans, decisions, invitations, consolidated reports and a unit's own reports draw on
 * one sequence per issuing body (Decree 30, art. 15; a unit's report is entered in the unit's
 * register, the unit being its issuing body), and a number already
 * used — by an earlier document or by a request racing this one — is refused by name.
 */
export async function registerNumber(trx: Kysely<Database>, request: NumberRequest): Promise<string> {
  const year = request.docDate.slice(0, 4);
  const key = `${request.issuingUnitId}|${year}|${request.docNumber}`;
  const taken = await trx
    .selectFrom('document_numbers')
    .select(['reference', 'summary'])
    .where('number_key', '=', key)
    .executeTakeFirst();
  if (taken) throw duplicateNumber(request.docNumber, year, taken);
  try {
    await trx
      .insertInto('document_numbers')
      .values({
        number_key: key,
        kind: request.kind,
        ref_id: request.refId,
        reference: request.reference,
        summary: request.summary,
        created_at: nowIso(),
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateNumber(request.docNumber, year, null);
    throw error;
  }
  return key;
}

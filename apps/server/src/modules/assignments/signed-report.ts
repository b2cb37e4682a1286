import { type Attachment, SIGNATURE_VERDICT_LABELS, type Text } from '@tongket/domain';
import { problem } from '../../http/problem.ts';

/**
 * A round whose plan requires signed reports takes a report only with a PDF attached whose
 * signatures are all valid and name the sending unit; the refusal says what each PDF attached was.
 */
export function assertSignedReport(attachments: readonly Attachment[]): void {
  if (attachments.some((a) => a.signature?.verdict === 'valid')) return;
  const files: Text[] = attachments
    .filter((a) => a.signature !== null)
    .map((a) => {
      const label = SIGNATURE_VERDICT_LABELS[(a.signature as NonNullable<Attachment['signature']>).verdict];
      return {
        vi: `${a.fileName}: ${label.vi.toLowerCase()}`,
        en: `${a.fileName}: ${label.en.toLowerCase()}`,
      };
    });
  throw problem('signed_report_required', { files });
}

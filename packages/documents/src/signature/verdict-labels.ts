import { type SignatureVerdict, SIGNATURE_VERDICT_LABELS as VERDICT_LABELS } from '@tongket/domain';

/** What the receiving person reads for each verdict: the domain's Vietnamese label. */
export const SIGNATURE_VERDICT_LABELS: Record<SignatureVerdict, string> = Object.fromEntries(
  Object.entries(VERDICT_LABELS).map(([verdict, label]) => [verdict, label.vi]),
) as Record<SignatureVerdict, string>;

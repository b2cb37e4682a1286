import { Badge, Text, Tooltip } from '@mantine/core';
import { IconCertificate, IconCertificateOff } from '@tabler/icons-react';
import { formatDateTimeVn, SIGNATURE_VERDICT_LABELS, type SignatureCheck } from '@tongket/domain';
import { useI18n, useT } from '../i18n/useT.ts';

export interface SignatureBadgeProps {
  check: SignatureCheck;
  /** Show "not signed" too (where a signature is required); otherwise an unsigned file shows nothing. */
  showUnsigned?: boolean;
}

/**
 * What the check of a PDF's digital signatures found when it arrived: green when valid, red
 * otherwise, and who signed, for which agency, when.
 */
export function SignatureBadge({ check, showUnsigned = false }: SignatureBadgeProps) {
  const t = useT();
  const { lang } = useI18n();
  if (check.verdict === 'unsigned' && !showUnsigned) return null;
  const valid = check.verdict === 'valid';
  const who = [check.signer, check.organisation].filter(Boolean).join(' · ');
  const when = check.signedAt ? formatDateTimeVn(check.signedAt) : null;
  const detail = [who, when && t('signature.signedAt', { at: when })].filter(Boolean).join(' — ');
  const badge = (
    <Badge
      color={valid ? 'green' : check.verdict === 'unsigned' ? 'gray' : 'red'}
      variant={valid ? 'light' : 'filled'}
      leftSection={valid ? <IconCertificate size={14} /> : <IconCertificateOff size={14} />}
      data-testid="signature-badge"
      data-verdict={check.verdict}
      style={{ textTransform: 'none' }}
    >
      {SIGNATURE_VERDICT_LABELS[check.verdict]?.[lang] ?? check.verdict}
    </Badge>
  );
  return (
    <div>
      {detail ? <Tooltip label={detail}>{badge}</Tooltip> : badge}
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </div>
  );
}

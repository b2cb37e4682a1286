import { Stack, Text } from '@mantine/core';
import type { Decision } from '@tongket/domain';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

/** An issued decision (or a draft read by someone who does not edit it): its words, read-only. */
export function DecisionFacts({ decision: d }: { decision: Decision }) {
  const t = useT();
  const signer = [d.signature.authority, d.signature.deputy, d.signature.title, d.signature.name]
    .filter(Boolean)
    .join('\n');
  return (
    <Stack gap="xs">
      <Fact label={t('decision.summary')}>{d.summary}</Fact>
      <Fact label={t('decision.reason')}>{d.reason}</Fact>
      <Fact label={t('decision.signature')}>{signer || t('common.none')}</Fact>
    </Stack>
  );
}

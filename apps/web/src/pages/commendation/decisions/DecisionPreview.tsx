import { Anchor, Box, Stack, Text } from '@mantine/core';
import type { Decision } from '@tongket/domain';
import { decisionDocumentUrl } from '../../../api/decisions.ts';
import { useT } from '../../../i18n/useT.ts';

/** The decision as it prints, from the last save; a new frame per saved version so it reloads. */
export function DecisionPreview({ decision }: { decision: Decision }) {
  const t = useT();
  const src = decisionDocumentUrl(decision.id, 'decision.pdf', true);
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {decision.status === 'draft' ? t('decision.previewDraft') : t('preview.issuedNote')}
      </Text>
      <Box
        component="iframe"
        // The address takes no version; the key makes a new frame, which loads the document again.
        key={decision.version}
        src={src}
        title={t('decision.previewTitle')}
        w="100%"
        h={{ base: '70vh', md: 'calc(100dvh - 220px)' }}
        mih={420}
        style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4, background: 'white' }}
        data-testid="decision-preview"
      />
      <Anchor href={src} target="_blank" rel="noopener" size="sm">
        {t('preview.openNewTab')}
      </Anchor>
    </Stack>
  );
}

import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Campaign } from '@tongket/domain';
import { planDocumentUrl } from '../../api/campaigns.ts';
import { useT } from '../../i18n/useT.ts';
import { DownloadButtons } from './DownloadButtons.tsx';
import { EdxmlLink } from './EdxmlLink.tsx';
import { PlanDocumentTab } from './PlanDocumentTab.tsx';

/**
 * The plan as it prints, from the last save; it reloads after every save. A phone gets the
 * document drawn in the page: many Android browsers show no PDF in a frame.
 */
export function PreviewTab({ campaign }: { campaign: Campaign }) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false });
  const src = planDocumentUrl(campaign.id, 'pdf', { inline: true, version: campaign.version });
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {campaign.status === 'draft' ? t('preview.draftNote') : t('preview.issuedNote')}
        </Text>
        <Group gap="xs">
          {campaign.status !== 'draft' && <EdxmlLink campaignId={campaign.id} />}
          <DownloadButtons campaignId={campaign.id} />
        </Group>
      </Group>
      {phone ? (
        <PlanDocumentTab campaign={campaign} draftNote={false} />
      ) : (
        <>
          <Box
            component="iframe"
            // A new frame per saved version: the browser loads the document again after each save.
            key={campaign.version}
            src={src}
            title={t('preview.frameTitle', { name: campaign.name })}
            w="100%"
            h={{ base: '70vh', sm: 'calc(100dvh - 260px)' }}
            mih={420}
            style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4, background: 'white' }}
          />
          <Anchor href={src} target="_blank" rel="noopener" size="sm">
            {t('preview.openNewTab')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}

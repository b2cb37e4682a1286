import { Anchor, Group, Loader, Tooltip } from '@mantine/core';
import { IconFileCode } from '@tabler/icons-react';
import { planEdxmlUrl } from '../../api/campaigns.ts';
import { useDownload } from '../../components/useDownload.ts';
import { useT } from '../../i18n/useT.ts';

/**
 * "Tải gói edXML": the issued plan packaged for the province's document-management system. A
 * refusal (a unit without an agency code) shows the server's words instead of saving them as the file.
 */
export function EdxmlLink({ campaignId }: { campaignId: string }) {
  const t = useT();
  const download = useDownload();
  const url = planEdxmlUrl(campaignId);
  return (
    <Tooltip label={t('preview.edxmlHint')} multiline w={320} withArrow>
      <Anchor
        href={url}
        size="sm"
        data-testid="plan-edxml"
        onClick={(event) => {
          event.preventDefault();
          void download.run(url, 'ke-hoach.edxml');
        }}
      >
        <Group gap={4} component="span" wrap="nowrap" aria-busy={download.pending}>
          {download.pending ? <Loader size={14} /> : <IconFileCode size={16} />}
          {download.label ?? t('preview.edxml')}
        </Group>
      </Anchor>
    </Tooltip>
  );
}

import { Anchor, Group, Loader, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileCode } from '@tabler/icons-react';
import { useState } from 'react';
import { planEdxmlUrl } from '../../api/campaigns.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { downloadFile } from '../../components/downloadFile.ts';
import { useT } from '../../i18n/useT.ts';

/**
 * "Tải gói edXML": the issued plan packaged for the province's document-management system. A
 * refusal (a unit without an agency code) shows the server's words instead of saving them as the file.
 */
export function EdxmlLink({ campaignId }: { campaignId: string }) {
  const t = useT();
  const message = useErrorMessage();
  const [pending, setPending] = useState(false);
  const url = planEdxmlUrl(campaignId);
  const run = async () => {
    setPending(true);
    try {
      await downloadFile(url, 'ke-hoach.edxml');
    } catch (error) {
      notifications.show({ color: 'red', message: message(error), autoClose: 12_000 });
    } finally {
      setPending(false);
    }
  };
  return (
    <Tooltip label={t('preview.edxmlHint')} multiline w={320} withArrow>
      <Anchor
        href={url}
        size="sm"
        data-testid="plan-edxml"
        onClick={(event) => {
          event.preventDefault();
          if (!pending) void run();
        }}
      >
        <Group gap={4} component="span" wrap="nowrap">
          {pending ? <Loader size={14} /> : <IconFileCode size={16} />}
          {t('preview.edxml')}
        </Group>
      </Anchor>
    </Tooltip>
  );
}

import { ActionIcon, Anchor, Group, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import type { Nomination } from '@tongket/domain';
import { nominationFileUrl } from '../../../api/nominations.ts';
import { SignatureBadge } from '../../../components/SignatureBadge.tsx';
import { useT } from '../../../i18n/useT.ts';
import { formatFileSize } from '../../assignments/attachments/fileSize.ts';

/**
 * The dossier sent with a nomination (báo cáo thành tích), each file a download; with `onRemove`
 * (the unit's own nomination, not yet under review) each can be taken off. A PDF carries the
 * verdict on its digital signatures, the nominating unit being the expected signer.
 */
export function NominationFiles({
  files,
  onRemove,
  removing,
}: {
  files: Nomination['attachments'];
  onRemove?: (fileId: string) => void;
  removing?: boolean;
}) {
  const t = useT();
  if (files.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('nomination.noFiles')}
      </Text>
    );
  }
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {files.map((file) => (
        <Group key={file.id} component="li" gap="xs" wrap="nowrap" align="flex-start">
          <IconPaperclip size={14} aria-hidden style={{ flexShrink: 0, marginTop: 4 }} />
          <div style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="nowrap">
              <Anchor href={nominationFileUrl(file.id)} download={file.fileName} size="sm">
                {file.fileName}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatFileSize(file.size)}
              </Text>
            </Group>
            {/* A PDF shows what the check of its signatures found when it arrived, unsigned too. */}
            {file.signature && <SignatureBadge check={file.signature} showUnsigned />}
          </div>
          {onRemove && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="sm"
              aria-label={t('nomination.removeFile', { name: file.fileName })}
              disabled={removing}
              onClick={() => onRemove(file.id)}
            >
              <IconTrash size={14} />
            </ActionIcon>
          )}
        </Group>
      ))}
    </Stack>
  );
}

import { ActionIcon, Anchor, Group, Text, Tooltip } from '@mantine/core';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { type Attachment, formatDateTimeVn } from '@tongket/domain';
import { attachmentUrl } from '../../../api/assignments.ts';
import { SignatureBadge } from '../../../components/SignatureBadge.tsx';
import { useT } from '../../../i18n/useT.ts';
import { formatFileSize } from './fileSize.ts';

export interface AttachmentRowProps {
  attachment: Attachment;
  /** Absent when the file cannot be removed (sent, or read by someone else). */
  onRemove?: (() => void) | undefined;
  removing?: boolean;
  /** The round requires a signed report: an unsigned PDF says so. */
  showUnsigned?: boolean;
}

export function AttachmentRow({ attachment: a, onRemove, removing, showUnsigned }: AttachmentRowProps) {
  const t = useT();
  return (
    <Group component="li" gap="xs" wrap="nowrap" justify="space-between">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <IconPaperclip size={16} aria-hidden style={{ flexShrink: 0 }} />
        <div style={{ minWidth: 0 }}>
          <Anchor href={attachmentUrl(a.id)} download={a.fileName} size="sm" fw={500}>
            {a.fileName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {formatFileSize(a.size)} · {formatDateTimeVn(a.createdAt)}
          </Text>
          {a.signature && <SignatureBadge check={a.signature} showUnsigned={showUnsigned} />}
        </div>
      </Group>
      {onRemove && (
        <Tooltip label={t('attachments.remove', { name: a.fileName })}>
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={onRemove}
            loading={removing}
            aria-label={t('attachments.remove', { name: a.fileName })}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}

import { ActionIcon, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconUpload, IconX } from '@tabler/icons-react';
import { useT } from '../../../i18n/useT.ts';
import { formatFileSize } from '../../assignments/attachments/fileSize.ts';

export interface PendingFilesProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
  disabled?: boolean;
}

/** Báo cáo thành tích chosen in the form; they go up once the draft is saved. */
export function PendingFiles({ files, onChange, disabled }: PendingFilesProps) {
  const t = useT();
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <FileButton
          onChange={(chosen) => onChange([...files, ...chosen])}
          multiple
          accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png"
          disabled={disabled}
        >
          {(props) => (
            <Button {...props} variant="light" size="compact-sm" leftSection={<IconUpload size={14} />}>
              {t('nomination.addFiles')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('attachments.hint')}
        </Text>
      </Group>
      {files.map((file, i) => (
        <Group key={`${file.name}-${file.lastModified}-${file.size}`} gap="xs" wrap="nowrap">
          <IconPaperclip size={14} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm" style={{ minWidth: 0 }}>
            {file.name}{' '}
            <Text span size="xs" c="dimmed">
              {formatFileSize(file.size)}
            </Text>
          </Text>
          <ActionIcon
            variant="subtle"
            color="red"
            size="sm"
            aria-label={t('attachments.remove', { name: file.name })}
            onClick={() => onChange(files.filter((_, j) => j !== i))}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}

import { Button, FileButton, Group, Loader, Paper, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { type DragEvent, useState } from 'react';
import { useT } from '../../../i18n/useT.ts';

export interface FileDropZoneProps {
  onFiles: (files: File[]) => void;
  /** The name of the file being sent, if any. */
  uploading: string | null;
  /** Short videos are taken too (a documentary task). */
  videos?: boolean;
}

/** Drop files here, or pick them; one at a time goes up, so each gets its own answer. */
export function FileDropZone({ onFiles, uploading, videos = false }: FileDropZoneProps) {
  const t = useT();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0 && !uploading) onFiles(files);
  };
  return (
    <Paper
      p="sm"
      radius="md"
      withBorder
      style={{
        borderStyle: 'dashed',
        borderColor: over ? 'var(--mantine-color-blue-5)' : undefined,
        background: over ? 'var(--mantine-color-blue-0)' : undefined,
      }}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="attachment-drop"
    >
      {uploading ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('attachments.uploading', { name: uploading })}</Text>
        </Group>
      ) : (
        <Group gap="xs" justify="center">
          <Text size="sm" c="dimmed">
            {t('attachments.drop')}
          </Text>
          <FileButton onChange={(files) => files.length > 0 && onFiles(files)} multiple>
            {(props) => (
              <Button {...props} size="compact-sm" variant="light" leftSection={<IconUpload size={14} />}>
                {t('attachments.choose')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed" w="100%" ta="center">
            {t(videos ? 'attachments.hintVideo' : 'attachments.hint')}
          </Text>
        </Group>
      )}
    </Paper>
  );
}

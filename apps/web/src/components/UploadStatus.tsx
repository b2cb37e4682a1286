import { Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/useT.ts';
import { type Transfer, uploadLabel } from './transferProgress.ts';

/**
 * Where a sent file is: going up ("Đang gửi tệp lên… 45%" with a bar), then read and checked by
 * the server ("Đã gửi xong, đang đọc và kiểm tra tệp…").
 */
export function UploadStatus({ transfer }: { transfer: Transfer | null }) {
  const t = useT();
  const label = uploadLabel(transfer);
  return (
    <Stack gap={4} role="status" aria-live="polite" data-testid="upload-status">
      <Group gap="xs" wrap="nowrap">
        <Loader size="sm" />
        <Text size="sm">{t(label.key, label.values)}</Text>
      </Group>
      {label.percent !== null && label.percent < 100 && (
        <Progress value={label.percent} size="sm" aria-label={t(label.key, label.values)} />
      )}
    </Stack>
  );
}

import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { delegatesWorkbookUrl, useImportDelegates } from '../../api/conference.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ExcelFilePicker } from '../../components/ExcelFilePicker.tsx';
import { ImportRowErrors } from '../../components/ImportRowErrors.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { UploadStatus } from '../../components/UploadStatus.tsx';
import { useCheckedImport } from '../../components/useCheckedImport.ts';
import { useT } from '../../i18n/useT.ts';

/**
 * Nhập danh sách đại biểu từ Excel: the file is checked first (nothing saved) and shown row by row
 * with its errors; only a file without errors is saved, every row at once.
 */
export function ImportDelegatesModal({ campaignId, onClose }: { campaignId: string; onClose: () => void }) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  const imports = useCheckedImport(useImportDelegates(campaignId), useImportDelegates(campaignId));
  const [file, setFile] = useState<File | null>(null);
  const { preview, busy } = imports;

  const run = (chosen: File | null) => imports.run(chosen && { file: chosen });
  const commit = () => {
    if (!file) return;
    imports.commit({ file }, (result) => {
      notifications.show({
        color: 'teal',
        message: t('importDelegates.done', { count: result.rows.length }),
      });
      onClose();
    });
  };

  const errorRows = preview?.rows.filter((r) => r.errors.length > 0).length ?? 0;

  return (
    <Modal opened onClose={onClose} title={t('importDelegates.title')} size="64rem" fullScreen={phone}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('importDelegates.hint')}
        </Text>
        <ExcelFilePicker
          label={t('importDelegates.file')}
          file={file}
          disabled={busy}
          onChoose={(chosen) => {
            setFile(chosen);
            run(chosen);
          }}
        >
          <DownloadButton
            url={delegatesWorkbookUrl(campaignId, true)}
            fileName="mau-danh-sach-dai-bieu.xlsx"
            variant="subtle"
            leftSection={<IconDownload size={18} />}
          >
            {t('importDelegates.template')}
          </DownloadButton>
        </ExcelFilePicker>
        {imports.busy && <UploadStatus transfer={imports.upload} />}
        <ProblemAlert error={imports.error} />
        {preview &&
          (preview.valid ? (
            <Alert color="teal" icon={<IconCircleCheck />} data-testid="import-result">
              {t('importDelegates.valid', { count: preview.rows.length })}
            </Alert>
          ) : (
            <Alert color="red" icon={<IconAlertTriangle />} role="alert" data-testid="import-result">
              {t('importDelegates.invalid', { count: errorRows, total: preview.rows.length })}
            </Alert>
          ))}
        {preview && preview.rows.length > 0 && (
          <Table.ScrollContainer minWidth={600} maxHeight="50vh">
            <Table striped stickyHeader verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={64}>{t('import.row')}</Table.Th>
                  <Table.Th>{t('delegates.name')}</Table.Th>
                  <Table.Th>{t('delegates.group')}</Table.Th>
                  <Table.Th>{t('import.errors')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.map((row) => (
                  <Table.Tr key={row.row} data-testid="import-row">
                    <Table.Td>{row.row}</Table.Td>
                    <Table.Td miw={180}>{row.name || t('common.none')}</Table.Td>
                    <Table.Td miw={200}>
                      <Text size="sm" lineClamp={2}>
                        {row.groupText || t('common.none')}
                      </Text>
                    </Table.Td>
                    <Table.Td miw={240}>
                      <ImportRowErrors errors={row.errors} ok={t('importDelegates.rowOk')} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={imports.saving}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={commit}
            disabled={!preview?.valid || preview.rows.length === 0 || imports.checking}
            loading={imports.saving}
          >
            {t('importDelegates.saveAll')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

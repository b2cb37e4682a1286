import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useImportUnits } from '../../api/units.ts';
import { ExcelFilePicker } from '../../components/ExcelFilePicker.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { UploadStatus } from '../../components/UploadStatus.tsx';
import { useCheckedImport } from '../../components/useCheckedImport.ts';
import { useT } from '../../i18n/useT.ts';
import { ImportPreview } from './ImportPreview.tsx';

export interface ImportUnitsModalProps {
  opened: boolean;
  onClose: () => void;
}

export function ImportUnitsModal({ opened, onClose }: ImportUnitsModalProps) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Modal opened={opened} onClose={onClose} title={t('import.title')} size="72rem" fullScreen={phone}>
      {/* Mounted only while open, so every opening starts from an empty form. */}
      {opened && <ImportUnitsForm onDone={onClose} />}
    </Modal>
  );
}

/**
 * Two steps on the same file: a dry run that shows what would change (commit=false), then, only
 * when every row is valid, the real import (commit=true).
 */
function ImportUnitsForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const imports = useCheckedImport(useImportUnits(), useImportUnits());
  const [file, setFile] = useState<File | null>(null);
  const { preview, busy } = imports;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    imports.run(chosen && { file: chosen });
  };

  const commit = () => {
    if (!file) return;
    imports.commit({ file }, (result) => {
      const { create, update } = result.summary;
      notifications.show({
        color: 'teal',
        message: t('import.done', { count: create + update, create, update }),
      });
      onDone();
    });
  };

  const errorRows = preview?.summary.error ?? 0;

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('import.fileHint')}
      </Text>
      <ExcelFilePicker label={t('import.file')} file={file} disabled={busy} onChoose={choose} />

      {imports.busy && <UploadStatus transfer={imports.upload} />}
      <ProblemAlert error={imports.error} />

      {preview && (
        <>
          <Text fw={500}>
            {t('import.summary', {
              create: preview.summary.create,
              update: preview.summary.update,
              unchanged: preview.summary.unchanged,
              error: preview.summary.error,
            })}
          </Text>
          {preview.valid ? (
            <Alert color="teal" icon={<IconCircleCheck />}>
              {preview.summary.create + preview.summary.update === 0
                ? t('import.nothingToDo')
                : t('import.valid')}
            </Alert>
          ) : (
            <Alert color="red" icon={<IconAlertTriangle />} role="alert">
              {t('import.invalid', { count: errorRows })}
            </Alert>
          )}
          <ImportPreview key={`${file?.name}-${file?.lastModified}-${preview.committed}`} result={preview} />
        </>
      )}

      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={imports.saving}>
          {t('common.cancel')}
        </Button>
        <Button onClick={commit} disabled={!preview?.valid || imports.checking} loading={imports.saving}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

import { Alert, Button, FileButton, Stack } from '@mantine/core';
import { IconAlertCircle, IconFileTypeDocx } from '@tabler/icons-react';
import type { WordImport } from '@tongket/domain';
import { useState } from 'react';
import { useImportDocx } from '../../../api/assignments.ts';
import { useErrorMessage } from '../../../api/errors.ts';
import { UploadStatus } from '../../../components/UploadStatus.tsx';
import { useUploadProgress } from '../../../components/useUploadProgress.ts';
import { useT } from '../../../i18n/useT.ts';

const DOCX_TYPES = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ImportWordButtonProps {
  assignmentId: string;
  onRead: (result: WordImport, fileName: string) => void;
}

/** "Nhập từ Word (.docx)": sends the file for reading; the preview decides what goes where. */
export function ImportWordButton({ assignmentId, onRead }: ImportWordButtonProps) {
  const t = useT();
  const message = useErrorMessage();
  const read = useImportDocx(assignmentId);
  const [resetKey, setResetKey] = useState(0);
  const progress = useUploadProgress();

  const pick = (file: File | null) => {
    if (!file) return;
    progress.start();
    read.mutate(
      { file, onUploadProgress: progress.onUploadProgress },
      {
        onSuccess: (result) => onRead(result, file.name),
        // The same file may be chosen again after it was fixed.
        onSettled: () => setResetKey((k) => k + 1),
      },
    );
  };

  return (
    <Stack gap="xs" align="flex-start">
      <FileButton key={resetKey} onChange={pick} accept={DOCX_TYPES}>
        {(props) => (
          <Button
            {...props}
            variant="light"
            leftSection={<IconFileTypeDocx size={16} />}
            loading={read.isPending}
            data-testid="import-word"
          >
            {t('wordImport.button')}
          </Button>
        )}
      </FileButton>
      {read.isPending && <UploadStatus transfer={progress.transfer} />}
      {read.isError && (
        <Alert
          color="red"
          icon={<IconAlertCircle />}
          role="alert"
          p="xs"
          title={t('wordImport.failed')}
          withCloseButton
          onClose={() => read.reset()}
        >
          {message(read.error)}
        </Alert>
      )}
    </Stack>
  );
}

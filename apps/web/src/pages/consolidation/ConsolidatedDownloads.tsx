import { Alert, Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { type ConsolidatedFile, consolidatedDocumentUrl } from '../../api/consolidation.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { downloadFile } from '../../components/downloadFile.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/vi.ts';

const FILES: ReadonlyArray<{ file: ConsolidatedFile; label: MessageKey; icon: typeof IconFileTypeDocx }> = [
  { file: 'consolidated.docx', label: 'consolidated.downloadDocx', icon: IconFileTypeDocx },
  { file: 'consolidated.pdf', label: 'consolidated.downloadPdf', icon: IconFileTypePdf },
  { file: 'indicators.xlsx', label: 'consolidated.downloadXlsx', icon: IconFileSpreadsheet },
];

/**
 * The consolidated report as Word and PDF (Decree 30) and its figures in Excel, as last saved —
 * once released, as released (the Word copy with its number and date, the signed PDF). A document
 * the server will not make (a PDF too long to print) says why, here, in its words.
 */
export function ConsolidatedDownloads({
  campaignId,
  dirty,
  released = false,
}: {
  campaignId: string;
  dirty: boolean;
  released?: boolean;
}) {
  const t = useT();
  const message = useErrorMessage();
  const [busy, setBusy] = useState<ConsolidatedFile | null>(null);
  const [failed, setFailed] = useState<{ label: string; error: unknown } | null>(null);

  const download = async (file: ConsolidatedFile, label: string) => {
    setBusy(file);
    setFailed(null);
    try {
      await downloadFile(consolidatedDocumentUrl(campaignId, file), file);
    } catch (error) {
      setFailed({ label, error });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Group gap="xs">
        {FILES.map(({ file, label: plain, icon: Icon }) => {
          const label: MessageKey =
            released && file === 'consolidated.docx' ? 'consolidated.downloadDocxReleased' : plain;
          return (
            <Button
              key={file}
              variant="default"
              leftSection={<Icon size={16} />}
              loading={busy === file}
              disabled={busy !== null && busy !== file}
              onClick={() => void download(file, t(label))}
              title={dirty ? t('consolidated.downloadSaved') : undefined}
            >
              {t(label)}
            </Button>
          );
        })}
      </Group>
      {failed && (
        <Alert
          color="red"
          role="alert"
          p="xs"
          withCloseButton
          onClose={() => setFailed(null)}
          data-testid="download-failed"
        >
          {t('consolidated.downloadFailed', { file: failed.label, reason: message(failed.error) })}
        </Alert>
      )}
    </>
  );
}

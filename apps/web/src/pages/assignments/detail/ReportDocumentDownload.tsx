import { Button, Group, Loader, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconFileDownload, IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { fileUrl } from '../../../api/client.ts';
import { DateInputVn } from '../../../components/DateInputVn.tsx';
import { parseDateVn } from '../../../components/dateVn.ts';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useDownload } from '../../../components/useDownload.ts';
import { useT } from '../../../i18n/useT.ts';

type Format = 'docx' | 'pdf';

const NUMBER = /^\d{0,7}$/;
const CODE = /^[A-ZĐ0-9][A-ZĐ0-9.&-]{0,39}$|^$/u;

export interface ReportDocumentDownloadProps {
  assignmentId: string;
  /** The owning unit prints its saved draft; the standing agency what was sent. */
  own: boolean;
}

/**
 * "Tải báo cáo (Word / PDF)": the unit's report as its own official Báo cáo (Decree 30) to sign and
 * file. A small form lets the unit put in the number, date and signer first; whatever it leaves
 * empty stays a blank on the paper, to fill in Word.
 */
export function ReportDocumentDownload({ assignmentId, own }: ReportDocumentDownloadProps) {
  const t = useT();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileDownload size={16} />}
        onClick={() => setOpened(true)}
        w={{ base: '100%', xs: 'auto' }}
        data-testid="report-document-open"
      >
        {t('reportDoc.button')}
      </Button>
      {opened && (
        <ReportDocumentModal assignmentId={assignmentId} own={own} onClose={() => setOpened(false)} />
      )}
    </>
  );
}

function ReportDocumentModal({
  assignmentId,
  own,
  onClose,
}: ReportDocumentDownloadProps & { onClose: () => void }) {
  const t = useT();
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [date, setDate] = useState('');
  const [signerTitle, setSignerTitle] = useState('');
  const [signerName, setSignerName] = useState('');
  const [invalidDate, setInvalidDate] = useState(false);
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<unknown>(null);
  // A refusal shows above the form, where the fields it names are.
  const file = useDownload({ onError: setError });

  const numberInvalid = !NUMBER.test(number.trim());
  const codeInvalid = !CODE.test(code.trim());

  const download = async (format: Format) => {
    const iso = date.trim() ? parseDateVn(date) : undefined;
    if (iso === null) {
      setInvalidDate(true);
      return;
    }
    if (numberInvalid || codeInvalid) return;
    setBusy(format);
    setError(null);
    {
      const url = fileUrl(`GET /assignments/:id/documents/report.${format}`, {
        params: { id: assignmentId },
        query: {
          number: number.trim(),
          code: code.trim(),
          date: iso,
          signerTitle: signerTitle.trim(),
          signerName: signerName.trim(),
        },
      });
      await file.run(url, `bao-cao.${format}`);
      setBusy(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void download('pdf');
  };

  return (
    <Modal opened onClose={onClose} title={t('reportDoc.title')} size="lg">
      <form onSubmit={submit} noValidate data-testid="report-document-form">
        <Stack gap="sm">
          <Text size="sm">{t('reportDoc.intro')}</Text>
          <Text size="sm" c="dimmed">
            {own ? t('reportDoc.savedOnly') : t('reportDoc.sent')}
          </Text>
          <ProblemAlert error={error} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              label={t('reportDoc.number')}
              description={t('reportDoc.numberHint')}
              value={number}
              inputMode="numeric"
              autoComplete="off"
              maxLength={7}
              onChange={(e) => setNumber(e.currentTarget.value)}
              error={numberInvalid ? t('reportDoc.numberInvalid') : undefined}
              data-autofocus
            />
            <TextInput
              label={t('reportDoc.code')}
              description={t('reportDoc.codeHint')}
              placeholder="BC-"
              value={code}
              autoComplete="off"
              maxLength={40}
              onChange={(e) => setCode(e.currentTarget.value.toLocaleUpperCase('vi-VN'))}
              error={codeInvalid ? t('reportDoc.codeInvalid') : undefined}
            />
          </SimpleGrid>
          <DateInputVn
            label={t('reportDoc.date')}
            value={date}
            onChange={(value) => {
              setDate(value);
              setInvalidDate(false);
            }}
            error={invalidDate ? t('common.invalidDate') : undefined}
          />
          <Textarea
            label={t('reportDoc.signerTitle')}
            description={t('reportDoc.signerTitleHint')}
            placeholder="THỦ TRƯỞNG ĐƠN VỊ"
            autosize
            minRows={2}
            maxLength={200}
            value={signerTitle}
            onChange={(e) => setSignerTitle(e.currentTarget.value)}
          />
          <TextInput
            label={t('reportDoc.signerName')}
            value={signerName}
            maxLength={100}
            autoComplete="off"
            onChange={(e) => setSignerName(e.currentTarget.value)}
          />
          <Group justify="flex-end" gap="xs" grow preventGrowOverflow={false}>
            <Button
              variant="default"
              leftSection={busy === 'docx' ? <Loader size={14} /> : <IconFileTypeDocx size={16} />}
              disabled={busy !== null}
              aria-busy={busy === 'docx'}
              onClick={() => void download('docx')}
              data-testid="report-document-docx"
            >
              {(busy === 'docx' && file.label) || t('reportDoc.docx')}
            </Button>
            <Button
              type="submit"
              leftSection={busy === 'pdf' ? <Loader size={14} /> : <IconFileTypePdf size={16} />}
              disabled={busy !== null}
              aria-busy={busy === 'pdf'}
              data-testid="report-document-pdf"
            >
              {(busy === 'pdf' && file.label) || t('reportDoc.pdf')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

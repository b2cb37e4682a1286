import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconDownload } from '@tabler/icons-react';
import type { AwardGroup } from '@tongket/domain';
import { useState } from 'react';
import { nominationTemplateUrl, useImportNominations } from '../../../api/nominations.ts';
import { DownloadButton } from '../../../components/DownloadButton.tsx';
import { ExcelFilePicker } from '../../../components/ExcelFilePicker.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { UploadStatus } from '../../../components/UploadStatus.tsx';
import { useCheckedImport } from '../../../components/useCheckedImport.ts';
import { useT } from '../../../i18n/useT.ts';
import { ImportNominationsPreview } from './ImportNominationsPreview.tsx';

export interface ImportNominationsModalProps {
  campaignId: string;
  awardGroups: readonly AwardGroup[];
  onClose: () => void;
}

/**
 * Nhập từ Excel: the file is checked first (nothing saved) and shown row by row with its errors;
 * only a list without errors can be saved, all rows at once as drafts.
 */
export function ImportNominationsModal({ campaignId, awardGroups, onClose }: ImportNominationsModalProps) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  const imports = useCheckedImport(useImportNominations(campaignId), useImportNominations(campaignId));
  const [groupId, setGroupId] = useState<string | null>(awardGroups[0]?.id ?? null);
  const [file, setFile] = useState<File | null>(null);
  const { preview, busy } = imports;

  const run = (chosen: File | null, group: string | null) =>
    imports.run(chosen && group ? { file: chosen, awardGroupId: group } : null);
  const commit = () => {
    if (!file || !groupId) return;
    imports.commit({ file, awardGroupId: groupId }, (result) => {
      notifications.show({
        color: 'teal',
        message: t('importNominations.done', { count: result.rows.length }),
      });
      onClose();
    });
  };

  const errorRows = preview?.rows.filter((r) => r.errors.length > 0).length ?? 0;

  return (
    <Modal opened onClose={onClose} title={t('importNominations.title')} size="72rem" fullScreen={phone}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('importNominations.hint')}
        </Text>
        <Select
          label={t('nomination.group')}
          data={awardGroups.map((g, i) => ({ value: g.id, label: `${i + 1}. ${g.heading}` }))}
          value={groupId}
          onChange={(id) => {
            setGroupId(id);
            run(file, id);
          }}
          allowDeselect={false}
          disabled={busy}
        />
        <ExcelFilePicker
          label={t('importNominations.file')}
          file={file}
          disabled={busy}
          onChoose={(chosen) => {
            setFile(chosen);
            run(chosen, groupId);
          }}
        >
          <DownloadButton
            url={nominationTemplateUrl(campaignId, groupId)}
            fileName="mau-de-nghi-khen-thuong.xlsx"
            variant="subtle"
            leftSection={<IconDownload size={18} />}
          >
            {t('importNominations.template')}
          </DownloadButton>
        </ExcelFilePicker>
        {imports.busy && <UploadStatus transfer={imports.upload} />}
        <ProblemAlert error={imports.error} />
        {preview &&
          (preview.valid ? (
            <Alert color="teal" icon={<IconCircleCheck />}>
              {t('importNominations.valid', { count: preview.rows.length })}
            </Alert>
          ) : (
            <Alert color="red" icon={<IconAlertTriangle />} role="alert">
              {t('importNominations.invalid', { count: errorRows, total: preview.rows.length })}
            </Alert>
          ))}
        {preview && <ImportNominationsPreview result={preview} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={imports.saving}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={commit}
            disabled={!preview?.valid || preview.rows.length === 0 || imports.checking}
            loading={imports.saving}
          >
            {t('importNominations.saveAll')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconCertificate } from '@tabler/icons-react';
import type { Attachment } from '@tongket/domain';
import { useState } from 'react';
import { useDeleteAttachment, useUploadAttachment } from '../../../api/assignments.ts';
import { useErrorMessage } from '../../../api/errors.ts';
import { useT } from '../../../i18n/useT.ts';
import { AttachmentRow } from './AttachmentRow.tsx';
import { FileDropZone } from './FileDropZone.tsx';

export interface AttachmentsPanelProps {
  assignmentId: string;
  attachments: readonly Attachment[];
  editable: boolean;
  /** The task asks for a video (a documentary): short videos may be attached too. */
  videos?: boolean;
  /** The plan requires the report as a PDF signed by the unit. */
  signedReport?: boolean;
}

/** Files sent with the report (PDF, Word, Excel, pictures): listed, downloaded, added, removed. */
export function AttachmentsPanel({
  assignmentId,
  attachments,
  editable,
  videos = false,
  signedReport = false,
}: AttachmentsPanelProps) {
  const t = useT();
  const message = useErrorMessage();
  const upload = useUploadAttachment(assignmentId);
  const remove = useDeleteAttachment(assignmentId);
  const [errors, setErrors] = useState<string[]>([]);
  const [uploading, setUploading] = useState<string | null>(null);

  const add = async (files: File[]) => {
    const problems: string[] = [];
    for (const file of files) {
      setUploading(file.name);
      try {
        await upload.mutateAsync(file);
      } catch (error) {
        problems.push(`${file.name}: ${message(error)}`);
      }
    }
    setUploading(null);
    setErrors(problems);
  };

  const drop = (attachment: Attachment) => {
    if (!window.confirm(t('attachments.removeConfirm', { name: attachment.fileName }))) return;
    remove.mutate(attachment.id, {
      onError: (error) => setErrors([`${attachment.fileName}: ${message(error)}`]),
    });
  };

  if (!editable && attachments.length === 0 && !signedReport) return null;
  const signed = attachments.some((a) => a.signature?.verdict === 'valid');
  return (
    <Paper
      withBorder
      p={{ base: 'xs', sm: 'md' }}
      radius="md"
      component="section"
      aria-labelledby="attachments-title"
    >
      <Stack gap="sm">
        <Title order={2} size="h5" id="attachments-title">
          {t('attachments.title')}
        </Title>
        {signedReport && !signed && (
          <Alert color="orange" icon={<IconCertificate />} p="xs" data-testid="signed-report-required">
            <Text size="sm">{t('signature.required')}</Text>
          </Alert>
        )}
        {attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('attachments.empty')}
          </Text>
        ) : (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {attachments.map((a) => (
              <AttachmentRow
                key={a.id}
                attachment={a}
                onRemove={editable ? () => drop(a) : undefined}
                removing={remove.isPending && remove.variables === a.id}
                showUnsigned={signedReport}
              />
            ))}
          </Stack>
        )}
        {errors.length > 0 && (
          <Alert color="red" icon={<IconAlertCircle />} role="alert" p="xs">
            {errors.map((e) => (
              <Text key={e} size="sm">
                {e}
              </Text>
            ))}
          </Alert>
        )}
        {editable && (
          <FileDropZone onFiles={(files) => void add(files)} uploading={uploading} videos={videos} />
        )}
      </Stack>
    </Paper>
  );
}

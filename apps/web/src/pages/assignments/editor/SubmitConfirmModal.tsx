import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { type AssignmentDetail, formatDeadlineVn, type ReportContent } from '@tongket/domain';
import { useMemo } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { sendsLate } from '../deadline.ts';
import { htmlText, isBlankHtml, outlineRows } from './reportContent.ts';

export interface SubmitConfirmModalProps {
  detail: AssignmentDetail;
  content: ReportContent;
  submitting: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/**
 * Before anything is sent: what goes (sections written, figures, files), the deadline, and, once it
 * has passed, plainly that the report will be recorded as late.
 */
export function SubmitConfirmModal({
  detail,
  content,
  submitting,
  onCancel,
  onConfirm,
}: SubmitConfirmModalProps) {
  const t = useT();
  const a = detail.assignment;
  const now = useMemo(() => new Date(), []);
  const late = sendsLate(detail, now);
  const seq = Math.max(0, ...detail.submissions.map((s) => s.seq)) + 1;
  const items = useMemo(() => {
    const out: string[] = [];
    if (a.kind === 'report') {
      const leaves = outlineRows(detail.outline).filter((r) => r.leaf);
      const filled = leaves.filter((r) => !isBlankHtml(content.sections[r.section.id])).length;
      out.push(t('submit.confirmSections', { filled, total: leaves.length }));
      const indicators = outlineRows(detail.outline).flatMap((r) => r.section.indicators);
      if (indicators.length > 0) {
        const withValue = indicators.filter((i) => content.indicators[i.id] != null).length;
        out.push(t('submit.confirmFigures', { filled: withValue, total: indicators.length }));
      }
    } else {
      if (content.topic) out.push(t('submit.confirmTopic', { topic: content.topic }));
      if (content.durationMinutes != null)
        out.push(t('submit.confirmDuration', { count: content.durationMinutes }));
      const words = htmlText(content.body ?? '')
        .split(/\s+/)
        .filter(Boolean).length;
      out.push(t('submit.confirmText', { count: words }));
    }
    out.push(
      detail.attachments.length > 0
        ? t('submit.confirmFiles', { count: detail.attachments.length })
        : t('submit.confirmNoFiles'),
    );
    return out;
  }, [a.kind, content, detail.outline, detail.attachments.length, t]);

  return (
    <Modal opened onClose={onCancel} title={t('submit.confirmTitle')} data-testid="submit-confirm">
      <Stack gap="sm">
        <Text size="sm">{t('submit.confirmIntro', { round: detail.campaign.name, seq })}</Text>
        <List size="sm" spacing={2}>
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
        {late && a.deadline ? (
          <Alert color="red" icon={<IconAlertTriangle />} title={t('submit.lateTitle')} p="xs" role="alert">
            {t('submit.late', { deadline: formatDeadlineVn(a.deadline) })}
          </Alert>
        ) : (
          a.deadline && (
            <Text size="sm" c="dimmed">
              {t('submit.deadline', { deadline: formatDeadlineVn(a.deadline) })}
            </Text>
          )
        )}
        <Text size="sm" c="dimmed">
          {t('submit.afterHint')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={submitting}>
            {t('submit.back')}
          </Button>
          <Button
            leftSection={<IconSend size={16} />}
            color={late ? 'red' : undefined}
            loading={submitting}
            onClick={onConfirm}
            data-autofocus
          >
            {t('submit.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

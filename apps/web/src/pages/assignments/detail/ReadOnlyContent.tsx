import { Group, Stack, Text, Title } from '@mantine/core';
import type { AssignmentDetail } from '@tongket/domain';
import { useSubmission } from '../../../api/assignments.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { useT } from '../../../i18n/useT.ts';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx';
import { ReportContentView } from '../ReportContentView.tsx';

/**
 * The content for reading: what the unit last sent (for the standing agency and the levels
 * above), or the unit's own draft (which is what it sent, until it is returned and reworked).
 */
export function ReadOnlyContent({ detail, own }: { detail: AssignmentDetail; own: boolean }) {
  const t = useT();
  const latest = Math.max(0, ...detail.submissions.map((s) => s.seq));
  const showSent = !own && latest > 0;
  const sent = useSubmission(detail.assignment.id, showSent ? latest : null);
  const content = showSent ? sent.data?.content : detail.draft.content;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h4">
          {detail.assignment.kind === 'report' ? t('report.contentTitle') : t('report.contentTitleOther')}
        </Title>
        <Text size="sm" c="dimmed">
          {showSent ? t('report.showingSent', { seq: latest }) : latest === 0 ? t('report.showingDraft') : ''}
        </Text>
      </Group>
      {content ? (
        <ReportContentView kind={detail.assignment.kind} outline={detail.outline} content={content} />
      ) : (
        <PageLoader />
      )}
      <AttachmentsPanel
        assignmentId={detail.assignment.id}
        attachments={detail.attachments}
        editable={false}
        signedReport={detail.campaign.signedReports && detail.assignment.kind === 'report'}
      />
    </Stack>
  );
}

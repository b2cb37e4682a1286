import { Group, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { isSubmittable } from '@tongket/domain';
import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router';
import { assignmentDetailKey, useAssignment } from '../../api/assignments.ts';
import { useCampaignChildren } from '../../api/consolidation.ts';
import { useCampaignEvents } from '../../api/events.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { AssignmentHeader } from './detail/AssignmentHeader.tsx';
import { ChildRoundNote } from './detail/ChildRoundNote.tsx';
import { MissingNow } from './detail/MissingNow.tsx';
import { ReadOnlyContent } from './detail/ReadOnlyContent.tsx';
import { ReportDocumentDownload } from './detail/ReportDocumentDownload.tsx';
import { StatusAlert } from './detail/StatusAlert.tsx';
import { releasedReport, UnitReportSigning } from './detail/UnitReportSigning.tsx';
import { SubmissionDrawer } from './history/SubmissionDrawer.tsx';
import { SubmissionsList } from './history/SubmissionsList.tsx';
import { useOpenSubmission } from './history/useOpenSubmission.ts';
import { ExtendDeadlineModal } from './review/ExtendDeadlineModal.tsx';
import { ReviewModal } from './review/ReviewModal.tsx';
import { ReviewPanel } from './review/ReviewPanel.tsx';

// The rich-text editor (TipTap, ProseMirror) is loaded only for someone who may write.
const ReportEditor = lazy(() =>
  import('./editor/ReportEditor.tsx').then((m) => ({ default: m.ReportEditor })),
);

export default function AssignmentPage() {
  const { id = '' } = useParams();
  return <AssignmentView key={id} id={id} />;
}

function AssignmentView({ id }: { id: string }) {
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const query = useAssignment(id);
  const detail = query.data;
  const opened = useOpenSubmission();
  const [reviewing, setReviewing] = useState<'accept' | 'return' | null>(null);
  const [extending, setExtending] = useState(false);
  const ownReport =
    detail?.assignment.kind === 'report' &&
    detail.assignment.unitId === me.unitId &&
    (me.role === 'unit' || me.role === 'coordinator');
  // A unit that runs a lower round for this report: the way back to it, where its result is sent up.
  const children = useCampaignChildren(detail?.campaign.id ?? '', { enabled: ownReport === true });
  const lowerRound = children.data?.items.find((c) => c.unitId === detail?.assignment.unitId);

  // A decision of the standing agency (or a submission from another window) shows up at once.
  useCampaignEvents(detail?.campaign.id ?? null, (event) => {
    if (!event || event.assignmentId === id) {
      void queryClient.invalidateQueries({ queryKey: assignmentDetailKey(id) });
    }
  });

  if (query.isPending) return <PageLoader />;
  if (query.isError || !detail) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;

  const own = detail.assignment.unitId === me.unitId && (me.role === 'unit' || me.role === 'coordinator');
  const canExtend =
    detail.canManage &&
    detail.campaign.status === 'issued' &&
    detail.assignment.status !== 'accepted' &&
    isSubmittable(detail.assignment.kind);

  return (
    <Stack gap="md" maw={1100}>
      <AssignmentHeader
        detail={detail}
        own={own}
        onExtend={canExtend ? () => setExtending(true) : undefined}
      />
      {own && detail.canEdit && <MissingNow detail={detail} />}
      <StatusAlert detail={detail} />
      {/* The unit's own Báo cáo to sign and file; the standing agency prints what was sent. */}
      {detail.assignment.kind === 'report' &&
        (own || (detail.canManage && detail.submissions.some((s) => s.decision !== 'withdrawn'))) && (
          <Group>
            <ReportDocumentDownload assignmentId={detail.assignment.id} own={own} />
          </Group>
        )}
      {/* The unit's report signed and released through the system, by its own officers. */}
      {own && detail.assignment.kind === 'report' && <UnitReportSigning detail={detail} />}
      {lowerRound && <ChildRoundNote round={lowerRound} editable={detail.canEdit} />}
      {detail.canReview && <ReviewPanel detail={detail} onOpen={opened.open} onReview={setReviewing} />}
      {isSubmittable(detail.assignment.kind) &&
        (detail.canEdit ? (
          <Suspense fallback={<PageLoader />}>
            {/* Released or taken off, the draft's version moved: the editor starts again from the server's. */}
            <ReportEditor
              key={`${detail.assignment.id}-edit-${releasedReport(detail)?.id ?? ''}`}
              detail={detail}
            />
          </Suspense>
        ) : (
          <ReadOnlyContent detail={detail} own={own} />
        ))}
      {isSubmittable(detail.assignment.kind) && (
        <SubmissionsList submissions={detail.submissions} onOpen={opened.open} />
      )}
      <SubmissionDrawer detail={detail} seq={opened.seq} onClose={opened.close} onReview={setReviewing} />
      {reviewing && (
        <ReviewModal
          detail={detail}
          decision={reviewing}
          onClose={() => setReviewing(null)}
          onDone={() => {
            setReviewing(null);
            // Decided from the submission being read: back to the page, which now says so.
            if (opened.seq !== null) opened.close();
          }}
        />
      )}
      {extending && <ExtendDeadlineModal detail={detail} onClose={() => setExtending(false)} />}
    </Stack>
  );
}

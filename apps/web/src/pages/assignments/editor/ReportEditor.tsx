import { Alert, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import type { AssignmentDetail, ReportContent, WordImport } from '@tongket/domain';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, isApiError, problemMember } from '../../../api/client.ts';
import { useErrorMessage } from '../../../api/errors.ts';
import { newIdempotencyKey } from '../../../components/idempotencyKey.ts';
import { useLeaveGuard } from '../../../components/useLeaveGuard.ts';
import { useT } from '../../../i18n/useT.ts';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx';
import { HISTORY_ANCHOR } from '../history/SubmissionsList.tsx';
import { publishDraft } from '../liveDraft.ts';
import { ReportContentView } from '../ReportContentView.tsx';
import { applyImport, type ImportMode } from '../wordImport/applyImport.ts';
import { ImportPreviewModal } from '../wordImport/ImportPreviewModal.tsx';
import { ImportWordButton } from '../wordImport/ImportWordButton.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { type MissingIndicator, type MissingSection, MissingSectionsAlert } from './MissingSectionsAlert.tsx';
import { isBlankHtml, outlineRows } from './reportContent.ts';
import { SectionEditor } from './SectionEditor.tsx';
import { SubmitBar } from './SubmitBar.tsx';
import { SubmitConfirmModal } from './SubmitConfirmModal.tsx';
import { TaskFields } from './TaskFields.tsx';
import { useReportDraft } from './useReportDraft.ts';

/**
 * Writing what the unit owes: the outline's sections (or a speech's text), figures, files; saved
 * as one types, merged when someone else saved meanwhile, and sent with "Gửi báo cáo".
 */
export function ReportEditor({ detail }: { detail: AssignmentDetail }) {
  const t = useT();
  const message = useErrorMessage();
  const draft = useReportDraft(detail);
  const { change, save } = draft;
  const rows = useMemo(() => outlineRows(detail.outline), [detail.outline]);
  const isReport = detail.assignment.kind === 'report';
  const released = detail.attachments.some((a) => a.release);
  const [mergeOpen, setMergeOpen] = useState(false);
  const [wordImport, setWordImport] = useState<{ result: WordImport; fileName: string } | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  /** "Gửi báo cáo" asks first: what goes, and whether it is late. */
  const [confirming, setConfirming] = useState(false);
  /** One key per intent to send: a retry after a lost answer reuses it, so the server sends once. */
  const submitKey = useRef<string | null>(null);

  useLeaveGuard(draft.dirty, t('report.leaveConfirm'));

  // The page's "still missing" summary reads the draft as it is typed.
  const assignmentId = detail.assignment.id;
  useEffect(() => publishDraft(assignmentId, draft.content), [assignmentId, draft.content]);
  useEffect(() => () => publishDraft(assignmentId, undefined), [assignmentId]);

  const onText = useCallback(
    (name: string, html: string) =>
      change(
        (c): ReportContent =>
          name === 'body' ? { ...c, body: html } : { ...c, sections: { ...c.sections, [name]: html } },
        name === 'body' ? 'body' : `section:${name}`,
      ),
    [change],
  );
  const onIndicator = useCallback(
    (id: string, value: number | null) =>
      change((c) => ({ ...c, indicators: { ...c.indicators, [id]: value } }), `indicator:${id}`),
    [change],
  );

  const applyWord = (imported: Map<string, string>, mode: ImportMode) => {
    setWordImport(null);
    change((c) => applyImport(c, imported, mode));
    void save();
    notifications.show({ color: 'teal', message: t('wordImport.applied', { count: imported.size }) });
  };

  const submit = async () => {
    submitKey.current ??= newIdempotencyKey();
    setSubmitError(null);
    try {
      const answer = await draft.submit(submitKey.current);
      setConfirming(false);
      if (!answer) return;
      submitKey.current = null;
      notifications.show({ color: 'teal', message: t('submit.done', { seq: answer.submission.seq }) });
      window.setTimeout(
        () => document.getElementById(HISTORY_ANCHOR)?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
        100,
      );
    } catch (error) {
      setConfirming(false);
      // A definite answer ends this intent; a lost one keeps its key for the retry.
      if (error instanceof ApiError && error.status < 500) submitKey.current = null;
      if (!isApiError(error, 'draft_conflict')) setSubmitError(error);
    }
  };

  // The sections the server found empty, as long as they still are: each fills in, each leaves the list.
  const missingAll = isApiError(submitError, 'sections_missing')
    ? ((problemMember(submitError, 'missing') as MissingSection[] | undefined) ?? [])
    : null;
  const missing = missingAll?.filter((m) => isBlankHtml(draft.content.sections[m.sectionId])) ?? null;
  // The required figures the server found empty, as long as they still are.
  const missingFigures = isApiError(submitError, 'sections_missing')
    ? ((problemMember(submitError, 'missingIndicators') as MissingIndicator[] | undefined) ?? []).filter(
        (m) => draft.content.indicators[m.indicatorId] == null,
      )
    : [];
  const errors = useMemo(() => {
    if ((!missing || missing.length === 0) && missingFigures.length === 0) return draft.errors;
    const out = { ...draft.errors };
    for (const m of missing ?? []) out[`section:${m.sectionId}`] ??= t('report.requiredEmpty');
    for (const m of missingFigures) out[`indicator:${m.indicatorId}`] ??= t('report.indicatorRequiredEmpty');
    return out;
  }, [missing, missingFigures, draft.errors, t]);
  const conflict = draft.state.kind === 'conflict' ? draft.state.current : null;
  // Each new conflict opens the merge at once: nothing more is saved until it is done.
  const conflictVersion = conflict?.version ?? null;
  useEffect(() => {
    if (conflictVersion !== null) setMergeOpen(true);
  }, [conflictVersion]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={2} size="h4">
          {isReport ? t('report.contentTitle') : t('report.contentTitleOther')}
        </Title>
        {isReport && !released && (
          <ImportWordButton
            assignmentId={detail.assignment.id}
            onRead={(result, fileName) => setWordImport({ result, fileName })}
          />
        )}
      </Group>

      {released ? (
        // What was signed and released: the text is fixed (UnitReportSigning says why and how to change it).
        <ReportContentView kind={detail.assignment.kind} outline={detail.outline} content={draft.content} />
      ) : isReport ? (
        rows.map((row) => (
          <SectionEditor
            key={row.section.id}
            row={row}
            html={draft.content.sections[row.section.id] ?? ''}
            indicators={draft.content.indicators}
            errors={errors}
            onText={onText}
            onIndicator={onIndicator}
          />
        ))
      ) : (
        <TaskFields
          assignment={detail.assignment}
          content={draft.content}
          errors={draft.errors}
          onText={onText}
          onChange={change}
        />
      )}

      <AttachmentsPanel
        assignmentId={detail.assignment.id}
        attachments={detail.attachments}
        editable
        videos={detail.assignment.kind === 'media'}
        signedReport={detail.campaign.signedReports && detail.assignment.kind === 'report'}
      />

      <SubmitBar
        state={draft.state}
        onRetry={() => void save()}
        onMerge={() => setMergeOpen(true)}
        submitting={draft.submitting}
        blocked={conflict !== null}
        onSubmit={() => {
          setSubmitError(null);
          setConfirming(true);
        }}
      >
        {missing && (missing.length > 0 || missingFigures.length > 0 || missingAll?.length === 0) && (
          <MissingSectionsAlert
            missing={missing}
            figures={missingFigures}
            detail={message(submitError)}
            onClose={() => setSubmitError(null)}
          />
        )}
        {submitError !== null && !missing && (
          <Alert
            color="red"
            icon={<IconAlertCircle />}
            role="alert"
            p="xs"
            withCloseButton
            onClose={() => setSubmitError(null)}
          >
            {message(submitError)}
          </Alert>
        )}
      </SubmitBar>

      {conflict && (
        <MergeDialog
          key={conflict.version}
          opened={mergeOpen}
          onClose={() => setMergeOpen(false)}
          rows={rows}
          mine={draft.content}
          base={draft.base()}
          current={conflict}
          onMerge={(merged, current) => {
            setMergeOpen(false);
            draft.resolveConflict(merged, current);
            notifications.show({ color: 'teal', message: t('merge.done') });
          }}
        />
      )}
      {confirming && (
        <SubmitConfirmModal
          detail={detail}
          content={draft.content}
          submitting={draft.submitting}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void submit()}
        />
      )}
      {wordImport && (
        <ImportPreviewModal
          result={wordImport.result}
          fileName={wordImport.fileName}
          rows={rows}
          content={draft.content}
          onClose={() => setWordImport(null)}
          onApply={applyWord}
        />
      )}
    </Stack>
  );
}

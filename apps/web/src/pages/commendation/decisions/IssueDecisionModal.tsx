import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type Decision, vietnamDate } from '@tongket/domain';
import { useIssueDecision } from '../../../api/decisions.ts';
import { IssueDocumentForm } from '../../../components/IssueDocumentForm.tsx';
import { useT } from '../../../i18n/useT.ts';
import { isoDateToText } from '../../campaigns/plan/planForm.ts';
import { decisionCounts } from './decisionText.ts';

export interface IssueDecisionModalProps {
  decision: Decision;
  /** Unsaved edits would not be in the issued decision: the dialog asks to save them first. */
  dirty: boolean;
  onClose: () => void;
  onIssued: (decision: Decision) => void;
}

/**
 * Ban hành: the number from the register and the date; the nominations become decided, their units
 * are told, and the certificates can be printed. Refused with what is missing, or a number in use.
 */
export function IssueDecisionModal({ decision, dirty, onClose, onIssued }: IssueDecisionModalProps) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  const issue = useIssueDecision(decision.id);

  return (
    <Modal opened onClose={onClose} title={t('decision.issueTitle')} size="lg" fullScreen={phone}>
      <IssueDocumentForm
        intro={t('decision.issueIntro', {
          counts: decisionCounts(decision.counts, t),
          award: decision.awardTypeName,
        })}
        unsavedText={t('decision.issueUnsaved')}
        dirty={dirty}
        initialNumber={decision.docNumber}
        initialDate={isoDateToText(decision.docDate ?? vietnamDate(new Date()))}
        numberLabel={t('decision.number')}
        dateLabel={t('decision.date')}
        docCode={decision.docCode}
        numberRequired
        submitLabel={t('decision.issue')}
        error={issue.error}
        pending={issue.isPending}
        onCancel={onClose}
        onSubmit={(fields) => issue.mutate({ version: decision.version, ...fields }, { onSuccess: onIssued })}
      />
    </Modal>
  );
}

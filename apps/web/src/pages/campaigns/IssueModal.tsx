import { Alert, List, Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Campaign } from '@tongket/domain';
import { useIssueCampaign } from '../../api/campaigns.ts';
import { IssueDocumentForm } from '../../components/IssueDocumentForm.tsx';
import { useT } from '../../i18n/useT.ts';
import { isoDateToText } from './plan/planForm.ts';

export interface IssueModalProps {
  campaign: Campaign;
  opened: boolean;
  /** Unsaved edits would not be in the issued plan: the dialog asks to save them first. */
  dirty: boolean;
  onClose: () => void;
  onIssued: (campaign: Campaign) => void;
}

/**
 * Issuing freezes the plan's number and date and creates the assignments. A plan that is not
 * complete is refused with the list of what is missing.
 */
export function IssueModal({ campaign, opened, dirty, onClose, onIssued }: IssueModalProps) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  const issue = useIssueCampaign(campaign.id);

  const close = () => {
    issue.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('issue.title')} size="lg" fullScreen={phone}>
      {/* Not a refusal: the plan issues, the coordinator is told first (a unit and its sub-units both reporting). */}
      {opened && campaign.warnings.length > 0 && (
        <Alert color="yellow" title={t('issue.warnings')} mb="sm" data-testid="issue-warnings">
          <List size="sm" spacing={4}>
            {campaign.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {/* Mounted while open, so each opening starts from the plan's own number and date. */}
      {opened && (
        <IssueDocumentForm
          intro={t('issue.intro')}
          unsavedText={t('issue.unsaved')}
          dirty={dirty}
          initialNumber={campaign.plan.docNumber}
          initialDate={isoDateToText(campaign.plan.docDate)}
          numberLabel={t('issue.number')}
          dateLabel={t('issue.date')}
          docCode={campaign.plan.docCode || 'KH-UBND'}
          submitLabel={t('issue.submit')}
          error={issue.error}
          pending={issue.isPending}
          onCancel={close}
          onSubmit={(fields) =>
            issue.mutate(
              { version: campaign.version, ...fields },
              {
                onSuccess: (issued) => {
                  issue.reset();
                  onIssued(issued);
                },
              },
            )
          }
        />
      )}
    </Modal>
  );
}

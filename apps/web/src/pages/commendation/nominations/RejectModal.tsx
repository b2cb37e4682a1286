import { notifications } from '@mantine/notifications';
import type { Nomination } from '@tongket/domain';
import { useReviewNomination } from '../../../api/nominations.ts';
import { useT } from '../../../i18n/useT.ts';
import { ReasonModal } from './ReasonModal.tsx';

/** Không đồng ý: the board writes why; the unit is told and its quota slot is given back. */
export function RejectModal({ nomination, onClose }: { nomination: Nomination; onClose: () => void }) {
  const t = useT();
  const review = useReviewNomination(nomination.campaignId);
  return (
    <ReasonModal
      title={t('appraise.rejectTitle')}
      intro={t('appraise.rejectIntro', { name: nomination.name, unit: nomination.unitName })}
      label={t('appraise.rejectReason')}
      submitLabel={t('appraise.reject')}
      color="red"
      pending={review.isPending}
      error={review.error}
      onClose={onClose}
      onSubmit={(reason) =>
        review.mutate(
          { id: nomination.id, review: { step: 'reject', version: nomination.version, reason } },
          {
            onSuccess: () => {
              notifications.show({
                color: 'teal',
                message: t('appraise.rejected', { name: nomination.name }),
              });
              onClose();
            },
          },
        )
      }
    />
  );
}

import { notifications } from '@mantine/notifications';
import type { Nomination } from '@tongket/domain';
import { useSubmitNomination } from '../../../api/nominations.ts';
import { useT } from '../../../i18n/useT.ts';
import { ReasonModal } from './ReasonModal.tsx';

/** Gửi vượt chỉ tiêu: the standing agency sends a unit's draft past its quota, saying why (audited). */
export function OverrideSubmitModal({
  nomination,
  onClose,
}: {
  nomination: Nomination;
  onClose: () => void;
}) {
  const t = useT();
  const submit = useSubmitNomination(nomination.campaignId);
  return (
    <ReasonModal
      title={t('override.title')}
      intro={t('override.intro', { name: nomination.name, unit: nomination.unitName })}
      label={t('override.reason')}
      submitLabel={t('override.submit')}
      color="orange"
      pending={submit.isPending}
      error={submit.error}
      onClose={onClose}
      onSubmit={(overrideReason) =>
        submit.mutate(
          { id: nomination.id, version: nomination.version, overrideReason },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('override.done', { name: nomination.name }) });
              onClose();
            },
          },
        )
      }
    />
  );
}

import { Alert, Text } from '@mantine/core';
import { IconCalendarDue, IconClockExclamation } from '@tabler/icons-react';
import { type Campaign, formatDateTimeVn } from '@tongket/domain';
import { useT } from '../../i18n/useT.ts';

/** When and to whom nominations go ("trước ngày 12/6/2020, về Sở Y tế"), and whether that has passed. */
export function NominationDeadline({ campaign, passed }: { campaign: Campaign; passed: boolean }) {
  const t = useT();
  const { nominationDeadline: deadline, nominationTo, nominationReviewer } = campaign.plan;
  if (!deadline && !nominationTo) return null;
  const when = deadline ? formatDateTimeVn(deadline) : t('common.none');
  return (
    <Alert
      color={passed ? 'orange' : 'blue'}
      icon={passed ? <IconClockExclamation /> : <IconCalendarDue />}
      p="xs"
      data-testid="nomination-deadline"
    >
      <Text size="sm">
        {passed ? t('nominations.deadlinePassed', { when }) : t('nominations.deadline', { when })}
      </Text>
      {(nominationTo || nominationReviewer) && (
        <Text size="xs" c="dimmed">
          {t('nominations.route', {
            to: nominationTo || t('common.none'),
            reviewer: nominationReviewer || t('common.none'),
          })}
        </Text>
      )}
    </Alert>
  );
}

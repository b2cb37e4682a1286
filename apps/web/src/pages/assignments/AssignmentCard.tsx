import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { formatDateTimeVn, formatDateVn, type MyAssignment } from '@tongket/domain';
import { Link } from 'react-router';
import { AssignmentStatusBadge } from '../../components/AssignmentStatusBadge.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import classes from './AssignmentCard.module.css';
import { isSettled, timeLeft, timeLeftColor, timeLeftMessage } from './deadline.ts';

/** One thing the unit owes: the round, what to do, by when and how it stands; opens its page. */
export function AssignmentCard({ assignment: a, now }: { assignment: MyAssignment; now: Date }) {
  const t = useT();
  const labels = useLabels();
  const left = isSettled(a) ? null : timeLeft(a.deadline, now);
  const message = left && timeLeftMessage(left);
  return (
    <Paper
      component={Link}
      to={`/assignments/${encodeURIComponent(a.id)}`}
      withBorder
      radius="md"
      p="sm"
      className={classes.card}
      data-testid="assignment-card"
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Group gap={6}>
            <Badge variant="outline" miw="max-content">
              {labels.taskKind(a.kind)}
            </Badge>
            <AssignmentStatusBadge status={a.status} />
          </Group>
          {a.campaignReference && (
            <Text size="xs" c="dimmed" miw="max-content">
              {t('work.reference', { reference: a.campaignReference })}
            </Text>
          )}
        </Group>
        <Text fw={600} lineClamp={3}>
          {a.topic || a.text}
        </Text>
        {a.topic && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {a.text}
          </Text>
        )}
        <Text size="xs" c="dimmed" lineClamp={2}>
          {a.campaignName}
        </Text>
        <Group gap={6} wrap="wrap">
          <IconClock size={14} aria-hidden />
          <Text size="sm">
            {a.deadline ? t('work.deadline', { date: formatDateVn(a.deadline) }) : t('work.noDeadline')}
          </Text>
          {left && message && (
            <Text size="sm" fw={600} c={timeLeftColor(left)}>
              · {t(message.key, { count: message.count })}
            </Text>
          )}
          {!left && a.lastSubmittedAt && (
            <Text size="sm" c="dimmed">
              · {t('work.submittedAt', { time: formatDateTimeVn(a.lastSubmittedAt) })}
            </Text>
          )}
          {a.campaignStatus === 'closed' && (
            <Text size="sm" c="dimmed">
              · {t('work.closed')}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

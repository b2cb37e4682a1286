import { Anchor, Badge, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import { formatDateTimeVn, formatDateVn, type UnitTask, type UnitWork as Work } from '@tongket/domain';
import { Link } from 'react-router';
import { useUnitWork } from '../../api/home.ts';
import { AssignmentStatusBadge } from '../../components/AssignmentStatusBadge.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useT.ts';
import { timeLeft, timeLeftColor, timeLeftMessage } from '../assignments/deadline.ts';
import { missingLines } from '../assignments/missing.ts';
import { nominationPath } from '../commendation/nominations/nominationLink.ts';
import { conferenceTabPath } from '../conference/conferencePaths.ts';
import classes from './CoordinatorWork.module.css';

/**
 * "Việc của đơn vị": what the unit still has to do, the most urgent first (the server's order) —
 * each task a card with its deadline, where it stands and what is still missing to send it, a link
 * to its page; then its delegates' unanswered invitations and its nominations not yet sent.
 */
export function UnitWork() {
  const { t } = useI18n();
  const query = useUnitWork();
  const work = query.data;
  return (
    <Stack gap="xs" component="section" aria-labelledby="unit-work-title" data-testid="unit-work">
      <Group justify="space-between" align="baseline" gap="xs">
        <Title order={2} size="h3" id="unit-work-title">
          {t('unitWork.title')}
          {work && work.tasks.length > 0 && ' '}
          {work && work.tasks.length > 0 && (
            <Text span c="dimmed" fw={400} size="md" data-testid="unit-work-count">
              ({work.tasks.length})
            </Text>
          )}
        </Title>
        {work && (
          <Text size="xs" c="dimmed">
            {t('unitWork.asOf', { time: formatDateTimeVn(work.asOf) })}
          </Text>
        )}
      </Group>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : !work ? (
        <Skeleton height={140} radius="md" />
      ) : (
        <>
          {work.tasks.length === 0 ? (
            <Text c="dimmed">{t('unitWork.empty')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              {work.tasks.map((task) => (
                <TaskCard key={task.assignmentId} task={task} now={new Date(work.asOf)} />
              ))}
            </SimpleGrid>
          )}
          <Invitations work={work} />
          <Nominations work={work} />
        </>
      )}
    </Stack>
  );
}

function TaskCard({ task, now }: { task: UnitTask; now: Date }) {
  const { t, lang } = useI18n();
  const labels = useLabels();
  const sent = task.status === 'submitted';
  const left = sent ? null : timeLeft(task.deadline, now);
  const message = left && timeLeftMessage(left);
  const lines = sent ? [] : missingLines(task, t, lang);
  return (
    <Paper
      component={Link}
      to={`/assignments/${encodeURIComponent(task.assignmentId)}`}
      withBorder
      radius="md"
      p="sm"
      className={classes.item}
      style={{ margin: 0 }}
      data-testid="unit-task"
      data-assignment-id={task.assignmentId}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Group gap={6}>
            <Badge variant="outline" miw="max-content">
              {labels.taskKind(task.kind)}
            </Badge>
            <AssignmentStatusBadge status={task.status} />
          </Group>
          {task.campaignReference && (
            <Text size="xs" c="dimmed" miw="max-content">
              {t('work.reference', { reference: task.campaignReference })}
            </Text>
          )}
        </Group>
        <Text fw={600} lineClamp={2} className={classes.itemTitle}>
          {task.text}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {task.campaignName}
        </Text>
        <Group gap={6} wrap="wrap" data-testid="unit-task-deadline">
          <IconClock size={14} aria-hidden />
          <Text size="sm">
            {task.deadline
              ? t('unitWork.deadline', { date: formatDateVn(task.deadline) })
              : t('unitWork.noDeadline')}
          </Text>
          {left && message && (
            <Text size="sm" fw={600} c={timeLeftColor(left)}>
              · {t(message.key, { count: message.count })}
            </Text>
          )}
        </Group>
        {task.status === 'returned' && (
          <Text size="sm" c="orange.8" lineClamp={3}>
            {task.reviewComment
              ? t('unitWork.returned', { comment: task.reviewComment })
              : t('unitWork.returnedNoComment')}
          </Text>
        )}
        {task.withdrawn && (
          <Text size="sm" c="blue.8">
            {t('unitWork.withdrawn')}
          </Text>
        )}
        {sent && task.lastSubmittedAt && (
          <Text size="sm" c="dimmed">
            {t('unitWork.waiting', { time: formatDateTimeVn(task.lastSubmittedAt) })}
          </Text>
        )}
        {lines.length > 0 && (
          <List
            size="sm"
            spacing={2}
            c="red.8"
            icon={<IconAlertTriangle size={14} aria-hidden />}
            data-testid="unit-task-missing"
          >
            {lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
        {!sent && lines.length === 0 && (
          <Group gap={6} wrap="nowrap" c="teal.8">
            <IconCircleCheck size={14} aria-hidden />
            <Text size="sm">{t('unitWork.ready')}</Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function Invitations({ work }: { work: Work }) {
  const { t } = useI18n();
  if (work.invitations.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="unit-invitations">
      <Text fw={600} size="sm">
        {t('unitWork.invitations')}
      </Text>
      {work.invitations.map((i) => (
        <Anchor
          key={i.campaignId}
          component={Link}
          to={conferenceTabPath(i.campaignId)}
          size="sm"
          display="block"
          mt={4}
        >
          {i.conferenceTitle}
          {i.date && ` · ${t('unitWork.conferenceOn', { date: formatDateVn(i.date) })}`}
          <Text span size="sm" c="dimmed" display="block">
            {t('unitWork.invitationLine', { count: i.unanswered, names: i.delegates.join(', ') })}
          </Text>
        </Anchor>
      ))}
    </Paper>
  );
}

function Nominations({ work }: { work: Work }) {
  const { t } = useI18n();
  if (work.nominations.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="unit-nominations">
      <Text fw={600} size="sm">
        {t('unitWork.nominations')}
      </Text>
      {work.nominations.map((n) => (
        <Anchor
          key={n.campaignId}
          component={Link}
          to={nominationPath(n.campaignId)}
          size="sm"
          display="block"
          mt={4}
        >
          {n.campaignName}
          <Text span size="sm" c="dimmed" display="block">
            {t('unitWork.draftsLine', { count: n.drafts })}
            {n.nominationDeadline &&
              ` · ${t('unitWork.nominationDeadline', { date: formatDateVn(n.nominationDeadline) })}`}
            {n.quotaRefused > 0 && ` · ${t('unitWork.refusedLine', { count: n.quotaRefused })}`}
          </Text>
        </Anchor>
      ))}
    </Paper>
  );
}

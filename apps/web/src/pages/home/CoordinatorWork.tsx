import {
  Anchor,
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconAlarm,
  IconArrowRight,
  IconAward,
  IconClockExclamation,
  IconFileCheck,
  IconMailQuestion,
} from '@tabler/icons-react';
import {
  DUE_SOON_DAYS,
  formatDateTimeVn,
  formatDateVn,
  type CoordinatorWork as Work,
  type WorkAssignment,
} from '@tongket/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCoordinatorWork } from '../../api/home.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { useLabels } from '../../i18n/labels.ts';
import { deadlineText } from '../../i18n/useDeadlineText.ts';
import { useT } from '../../i18n/useT.ts';
import { timeLeft, timeLeftMessage } from '../assignments/deadline.ts';
import classes from './CoordinatorWork.module.css';
import {
  deadlinePath,
  forwardPath,
  invitationsPath,
  moreLink,
  reviewPath,
  roundTabPath,
} from './workLinks.ts';

type GroupName = 'toAccept' | 'toForward' | 'overdue' | 'dueSoon' | 'unanswered';

/**
 * "Việc cần làm ngay": what waits for the standing agency in the rounds it runs — reports to
 * accept, nominations to forward, units late or due within three days — and, for it and the
 * province's administrators, invitations not yet answered. Each group its count and its most
 * pressing items, each a link to the place that acts on it.
 */
export function CoordinatorWork() {
  const t = useT();
  const me = useCurrentUser();
  const query = useCoordinatorWork();
  const work = query.data;

  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby="coordinator-work-title"
      data-testid="coordinator-work"
    >
      <Group justify="space-between" align="baseline" gap="xs">
        <Title order={2} size="h3" id="coordinator-work-title">
          {t('home.now')}
        </Title>
        {work && (
          <Text size="sm" c="dimmed">
            {t('home.nowAsOf', { time: formatDateTimeVn(work.asOf) })}
          </Text>
        )}
      </Group>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : !work ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} height={120} radius="md" />
          ))}
        </SimpleGrid>
      ) : (
        <WorkGroups work={work} runsRounds={me.role === 'coordinator'} />
      )}
    </Stack>
  );
}

function WorkGroups({ work, runsRounds }: { work: Work; runsRounds: boolean }) {
  const t = useT();
  const labels = useLabels();
  const now = new Date(work.asOf);
  // The round's name only helps when the items come from more than one round.
  const roundIds = new Set(
    [work.toAccept, work.toForward, work.overdue, work.dueSoon, work.unanswered].flatMap((g) =>
      g.items.map((i) => i.campaignId),
    ),
  );
  const round = (name: string) => (roundIds.size > 1 ? name : null);
  const task = (item: WorkAssignment) => `${item.unitName} · ${labels.taskKind(item.kind)}`;
  const deadline = (item: WorkAssignment) => {
    const left = item.at ? timeLeft(item.at, now) : null;
    const message = left ? timeLeftMessage(left) : null;
    return [
      message ? t(message.key, { count: message.count }) : null,
      item.at ? deadlineText(t, item.at) : null,
    ]
      .filter(Boolean)
      .join(' · ');
  };

  return (
    <>
      {runsRounds && work.rounds === 0 && (
        <Text size="sm" c="dimmed">
          {t('home.noRounds')}
        </Text>
      )}
      {runsRounds && <PhoneSummary work={work} />}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {runsRounds && (
          <>
            <WorkGroup
              name="toAccept"
              icon={<IconFileCheck size={18} />}
              color="blue"
              total={work.toAccept.total}
              more={moreLink(work.toAccept.items, work.rounds, (id) => roundTabPath(id, 'assignments'))}
            >
              {work.toAccept.items.map((item) => (
                <WorkItem
                  key={item.assignmentId}
                  to={reviewPath(item)}
                  title={task(item)}
                  detail={item.at ? t('home.sentAt', { time: formatDateTimeVn(item.at) }) : null}
                  round={round(item.campaignName)}
                />
              ))}
            </WorkGroup>
            <WorkGroup
              name="toForward"
              icon={<IconAward size={18} />}
              color="grape"
              total={work.toForward.total}
              more={moreLink(work.toForward.items, work.rounds, (id) => roundTabPath(id, 'commendation'))}
            >
              {work.toForward.items.map((item) => (
                <WorkItem
                  key={item.nominationId}
                  to={forwardPath(item)}
                  title={item.name}
                  detail={[
                    item.unitName,
                    item.submittedAt ? t('home.sentAt', { time: formatDateTimeVn(item.submittedAt) }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  round={round(item.campaignName)}
                />
              ))}
            </WorkGroup>
            <WorkGroup
              name="overdue"
              icon={<IconClockExclamation size={18} />}
              color="red"
              total={work.overdue.total}
              more={moreLink(work.overdue.items, work.rounds, (id) => roundTabPath(id, 'progress'))}
            >
              {work.overdue.items.map((item) => (
                <WorkItem
                  key={item.assignmentId}
                  to={deadlinePath(item)}
                  title={task(item)}
                  detail={deadline(item)}
                  detailColor="red.8"
                  round={round(item.campaignName)}
                />
              ))}
            </WorkGroup>
            <WorkGroup
              name="dueSoon"
              icon={<IconAlarm size={18} />}
              color="orange"
              total={work.dueSoon.total}
              more={moreLink(work.dueSoon.items, work.rounds, (id) => roundTabPath(id, 'progress'))}
            >
              {work.dueSoon.items.map((item) => (
                <WorkItem
                  key={item.assignmentId}
                  to={deadlinePath(item)}
                  title={task(item)}
                  detail={deadline(item)}
                  detailColor="orange.9"
                  round={round(item.campaignName)}
                />
              ))}
            </WorkGroup>
          </>
        )}
        <WorkGroup
          name="unanswered"
          icon={<IconMailQuestion size={18} />}
          color="teal"
          total={work.unanswered.total}
          more={
            work.unanswered.total > work.unanswered.items.reduce((n, i) => n + i.unanswered, 0)
              ? '/campaigns'
              : null
          }
        >
          {work.unanswered.items.map((item) => (
            <WorkItem
              key={item.campaignId}
              to={invitationsPath(item)}
              title={item.conferenceTitle || item.campaignName}
              detail={[
                t('home.unansweredCount', { count: item.unanswered }),
                item.invitedSince ? t('home.invitedSince', { date: formatDateVn(item.invitedSince) }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
              round={round(item.campaignName)}
            />
          ))}
        </WorkGroup>
      </SimpleGrid>
    </>
  );
}

const SHORT = {
  toAccept: 'home.toAcceptShort',
  toForward: 'home.toForwardShort',
  overdue: 'home.overdueShort',
  dueSoon: 'home.dueSoonShort',
  unanswered: 'home.unansweredShort',
} as const;
const COLORS = {
  toAccept: 'blue',
  toForward: 'grape',
  overdue: 'red',
  dueSoon: 'orange',
  unanswered: 'teal',
};

/** On a phone the groups stack: their counts first, in one row, each leading to its group. */
function PhoneSummary({ work }: { work: Work }) {
  const t = useT();
  const names: GroupName[] = ['toAccept', 'toForward', 'overdue', 'dueSoon', 'unanswered'];
  return (
    <SimpleGrid cols={5} spacing={4} hiddenFrom="sm" data-testid="work-summary">
      {names.map((name) => {
        const total = work[name].total;
        return (
          <Anchor key={name} href={`#work-${name}`} underline="never" className={classes.tile}>
            <Text fw={700} size="lg" c={total > 0 ? `${COLORS[name]}.8` : 'dimmed'} lh={1.2}>
              {total}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2}>
              {t(SHORT[name])}
            </Text>
          </Anchor>
        );
      })}
    </SimpleGrid>
  );
}

const TITLES = {
  toAccept: 'home.toAccept',
  toForward: 'home.toForward',
  overdue: 'home.overdue',
  dueSoon: 'home.dueSoon',
  unanswered: 'home.unanswered',
} as const;
const EMPTY = {
  toAccept: 'home.toAcceptEmpty',
  toForward: 'home.toForwardEmpty',
  overdue: 'home.overdueEmpty',
  dueSoon: 'home.dueSoonEmpty',
  unanswered: 'home.unansweredEmpty',
} as const;

function WorkGroup(props: {
  name: GroupName;
  icon: ReactNode;
  color: string;
  total: number;
  /** Where every item is, when the group lists fewer than it counts. */
  more: string | null;
  children: ReactNode;
}) {
  const t = useT();
  const { name, total } = props;
  const listed = Array.isArray(props.children) ? props.children.length : 0;
  const titleId = `work-${name}-title`;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid={`work-${name}`}
      aria-labelledby={titleId}
      component="section"
    >
      <Group gap="xs" wrap="nowrap" align="center" mb={total > 0 ? 6 : 0}>
        <ThemeIcon variant="light" color={total > 0 ? props.color : 'gray'} size="md" radius="md">
          {props.icon}
        </ThemeIcon>
        <Text fw={600} id={titleId} style={{ flex: 1 }} lh={1.3}>
          {t(TITLES[name], { days: DUE_SOON_DAYS })}
        </Text>
        <Badge
          size="lg"
          variant={total > 0 ? 'filled' : 'light'}
          color={total > 0 ? props.color : 'gray'}
          miw={36}
          data-testid="work-count"
          aria-label={t('home.countLabel', { count: total })}
        >
          {total}
        </Badge>
      </Group>
      {total === 0 ? (
        <Text size="sm" c="dimmed" mt={4}>
          {t(EMPTY[name])}
        </Text>
      ) : (
        <Stack gap={2} component="ul" className={classes.list}>
          {props.children}
          {props.more && total > listed && (
            <li>
              <Anchor component={Link} to={props.more} size="sm" className={classes.more}>
                <Group gap={4} component="span">
                  {t('home.seeAll', { count: total })}
                  <IconArrowRight size={14} />
                </Group>
              </Anchor>
            </li>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function WorkItem(props: {
  to: string;
  title: string;
  detail: string | null;
  detailColor?: string;
  round: string | null;
}) {
  return (
    <li>
      <Anchor component={Link} to={props.to} className={classes.item} underline="never">
        <Text size="sm" fw={500} lineClamp={2} className={classes.itemTitle}>
          {props.title}
        </Text>
        {props.detail && (
          <Text size="xs" c={props.detailColor ?? 'dimmed'}>
            {props.detail}
          </Text>
        )}
        {props.round && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {props.round}
          </Text>
        )}
      </Anchor>
    </li>
  );
}

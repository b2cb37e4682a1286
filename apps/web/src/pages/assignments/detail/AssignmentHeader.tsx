import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCalendarPlus, IconClock } from '@tabler/icons-react';
import { type AssignmentDetail, formatDateVn } from '@tongket/domain';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { AssignmentStatusBadge } from '../../../components/AssignmentStatusBadge.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';
import { timeLeft, timeLeftColor, timeLeftMessage } from '../deadline.ts';

export interface AssignmentHeaderProps {
  detail: AssignmentDetail;
  /** The caller's own unit owes it: back goes to the unit's list, else to the round's progress. */
  own: boolean;
  onExtend?: (() => void) | undefined;
}

/** The round, the task as the plan words it, the deadline with the time left, and where it stands. */
export function AssignmentHeader({ detail, own, onExtend }: AssignmentHeaderProps) {
  const t = useT();
  const labels = useLabels();
  const { assignment: a, campaign } = detail;
  const now = useMemo(() => new Date(), []);
  // A speech is named by its topic, a report by the outline's summary ("Tổng kết công tác…").
  const subject = a.topic || (a.kind === 'report' ? detail.outline.summary : '');
  const waiting = a.status !== 'submitted' && a.status !== 'accepted' && campaign.status === 'issued';
  const left = waiting && a.firstSubmittedAt === null ? timeLeft(a.deadline, now) : null;
  const message = left && timeLeftMessage(left);
  const back = own
    ? { to: '/assignments', label: t('work.title') }
    : { to: `/campaigns/${encodeURIComponent(campaign.id)}/progress`, label: t('progress.title') };

  return (
    <Stack gap={6}>
      <Anchor component={Link} to={back.to} size="sm" w="fit-content">
        <Group gap={4} component="span" wrap="nowrap" align="flex-start">
          <IconArrowLeft size={14} style={{ flexShrink: 0, marginTop: 4 }} />
          {back.label}
        </Group>
      </Anchor>
      <Anchor component={Link} to={`/campaigns/${encodeURIComponent(campaign.id)}`} size="sm" c="dimmed">
        {campaign.reference
          ? t('report.round', { reference: campaign.reference, name: campaign.name })
          : campaign.name}
      </Anchor>
      <Title order={1} size="h2" fz={{ base: 22, sm: 'h2' }}>
        {subject ? `${labels.taskKind(a.kind)}: ${subject}` : labels.taskKind(a.kind)}
      </Title>
      <Text size="sm">{a.text}</Text>
      <Group gap="xs">
        <Badge variant="outline" miw="max-content">
          {a.unitName}
        </Badge>
        <AssignmentStatusBadge status={a.status} data-testid="assignment-status" />
        <Group gap={4} wrap="nowrap">
          <IconClock size={14} aria-hidden />
          <Text size="sm">
            {a.deadline ? t('report.deadline', { date: formatDateVn(a.deadline) }) : t('work.noDeadline')}
          </Text>
        </Group>
        {left && message && (
          <Text size="sm" fw={600} c={timeLeftColor(left)}>
            {t(message.key, { count: message.count })}
          </Text>
        )}
        {onExtend && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconCalendarPlus size={14} />}
            onClick={onExtend}
          >
            {t('extend.button')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

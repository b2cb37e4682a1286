import { Button, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconQrcode } from '@tabler/icons-react';
import { type Attendance, formatTimeVn } from '@tongket/domain';
import { Link } from 'react-router';
import { useAttendance } from '../../api/conference.ts';
import type { LiveState } from '../../api/events.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import { LiveIndicator } from '../progress/LiveIndicator.tsx';
import { conferencePath } from './conferencePaths.ts';

const STATS: ReadonlyArray<{ key: keyof Attendance; label: MessageKey; color?: string }> = [
  { key: 'checkedIn', label: 'attendance.checkedIn', color: 'teal.7' },
  { key: 'accepted', label: 'attendance.accepted', color: 'blue.7' },
  { key: 'declined', label: 'attendance.declined', color: 'orange.8' },
  { key: 'pending', label: 'attendance.pending' },
  { key: 'invited', label: 'attendance.invited' },
  { key: 'listed', label: 'attendance.listed' },
  { key: 'expected', label: 'attendance.expected' },
];

export interface AttendancePanelProps {
  campaignId: string;
  live: LiveState;
  /** Offer the way to the door's check-in page (the organisers). */
  checkinLink?: boolean;
  /** Fewer columns, for beside the check-in form. */
  compact?: boolean;
}

/** Attendance by the plan's groups — expected, listed, answered, at the door — as it changes. */
export function AttendancePanel({ campaignId, live, checkinLink, compact }: AttendancePanelProps) {
  const t = useT();
  const query = useAttendance(campaignId);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const a = query.data;
  const value = (n: number | null) => (n === null ? t('common.none') : String(n));

  return (
    <Stack gap="sm" data-testid="attendance-panel">
      <Group justify="space-between" gap="sm">
        <Group gap="md">
          <Title order={2} size="h4">
            {t('attendance.title')}
          </Title>
          <LiveIndicator state={live} />
        </Group>
        <Group gap="sm">
          {a.lastCheckInAt && (
            <Text size="xs" c="dimmed">
              {t('attendance.lastAt', { time: formatTimeVn(a.lastCheckInAt) })}
            </Text>
          )}
          {checkinLink && (
            <Button
              component={Link}
              to={conferencePath(campaignId, 'checkin')}
              leftSection={<IconQrcode size={16} />}
              variant="light"
              size="compact-sm"
            >
              {t('conference.checkinPage')}
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={compact ? { base: 2, xs: 4 } : { base: 2, xs: 4, md: 7 }} spacing="xs" role="list">
        {(compact ? STATS.slice(0, 4) : STATS).map((s) => (
          <Paper
            key={s.key}
            withBorder
            p="xs"
            radius="md"
            role="listitem"
            data-testid={`attendance-${s.key}`}
          >
            <Text size="xs" c="dimmed" lh={1.3}>
              {t(s.label)}
            </Text>
            <Text fw={700} fz={s.key === 'checkedIn' ? 30 : 22} lh={1.2} c={s.color} data-testid="stat-value">
              {value(a[s.key] as number | null)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Table.ScrollContainer minWidth={compact ? 300 : 640}>
        <Table
          striped
          verticalSpacing={6}
          aria-label={t('attendance.byGroup')}
          styles={{ th: { whiteSpace: 'nowrap', overflowWrap: 'normal' } }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attendance.group')}</Table.Th>
              {!compact && <Table.Th ta="right">{t('attendance.expected')}</Table.Th>}
              {!compact && <Table.Th ta="right">{t('attendance.listed')}</Table.Th>}
              <Table.Th ta="right">{t('attendance.accepted')}</Table.Th>
              {!compact && <Table.Th ta="right">{t('attendance.declined')}</Table.Th>}
              <Table.Th ta="right">{t('attendance.checkedIn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.groups.map((g, i) => {
              const of = g.expected ?? g.listed;
              return (
                <Table.Tr key={g.groupId ?? 'other'} data-testid="attendance-group">
                  <Table.Td miw={compact ? 140 : 260}>
                    <Text size="sm">
                      {g.groupId ? `${i + 1}. ` : ''}
                      {g.text}
                    </Text>
                    {of > 0 && (
                      <Progress
                        value={Math.min(100, (g.checkedIn / of) * 100)}
                        size="xs"
                        color="teal"
                        mt={4}
                        aria-label={t('attendance.groupProgress', { checkedIn: g.checkedIn, of })}
                      />
                    )}
                  </Table.Td>
                  {!compact && <Table.Td ta="right">{value(g.expected)}</Table.Td>}
                  {!compact && <Table.Td ta="right">{g.listed}</Table.Td>}
                  <Table.Td ta="right">{g.accepted}</Table.Td>
                  {!compact && <Table.Td ta="right">{g.declined}</Table.Td>}
                  <Table.Td ta="right" fw={600} data-testid="group-checked-in">
                    {g.checkedIn}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

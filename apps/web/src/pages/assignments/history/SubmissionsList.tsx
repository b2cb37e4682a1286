import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { formatDateTimeVn, type SubmissionSummary } from '@tongket/domain';
import { useT } from '../../../i18n/useT.ts';
import { OnTimeBadge, SubmissionResult } from './SubmissionResult.tsx';

export const HISTORY_ANCHOR = 'submission-history';

export interface SubmissionsListProps {
  submissions: readonly SubmissionSummary[];
  onOpen: (seq: number) => void;
}

/** Each time the unit sent it: when, on time or late, what the standing agency decided and said. */
export function SubmissionsList({ submissions, onOpen }: SubmissionsListProps) {
  const t = useT();
  const newestFirst = [...submissions].sort((a, b) => b.seq - a.seq);
  return (
    <Stack gap="xs" component="section" aria-labelledby={HISTORY_ANCHOR} id={`${HISTORY_ANCHOR}-section`}>
      <Title order={2} size="h4" id={HISTORY_ANCHOR}>
        {t('history.title')}
      </Title>
      {newestFirst.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.empty')}
        </Text>
      ) : (
        <>
          <Stack gap="xs" hiddenFrom="sm">
            {newestFirst.map((s) => (
              <Paper key={s.seq} withBorder p="sm" radius="sm">
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600} size="sm">
                    {t('history.seqLabel', { seq: s.seq })}
                  </Text>
                  <SubmissionResult decision={s.decision} />
                </Group>
                <Group gap={6} mt={4}>
                  <Text size="xs" c="dimmed">
                    {formatDateTimeVn(s.submittedAt)}
                  </Text>
                  <OnTimeBadge onTime={s.onTime} />
                </Group>
                {s.comment && (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {s.comment}
                  </Text>
                )}
                <Button
                  mt="xs"
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconEye size={14} />}
                  onClick={() => onOpen(s.seq)}
                >
                  {t('history.open', { seq: s.seq })}
                </Button>
              </Paper>
            ))}
          </Stack>
          <Table.ScrollContainer minWidth={640} visibleFrom="sm">
            <Table verticalSpacing="xs" striped styles={{ th: { whiteSpace: 'nowrap' } }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('history.seq')}</Table.Th>
                  <Table.Th>{t('history.time')}</Table.Th>
                  <Table.Th>{t('history.timing')}</Table.Th>
                  <Table.Th>{t('history.result')}</Table.Th>
                  <Table.Th>{t('history.comment')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {newestFirst.map((s) => (
                  <Table.Tr key={s.seq}>
                    <Table.Td>{s.seq}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeVn(s.submittedAt)}</Table.Td>
                    <Table.Td>
                      <OnTimeBadge onTime={s.onTime} />
                    </Table.Td>
                    <Table.Td>
                      <SubmissionResult decision={s.decision} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {s.comment ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconEye size={14} />}
                        onClick={() => onOpen(s.seq)}
                        aria-label={t('history.open', { seq: s.seq })}
                      >
                        {t('history.view')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconArrowBackUp,
  IconArrowLeft,
  IconCircleCheck,
  IconSearch,
  IconUserCheck,
} from '@tabler/icons-react';
import {
  type ConferenceDelegate,
  delegateSearchKey,
  formatTimeVn,
  matchesTokens,
  queryTokens,
} from '@tongket/domain';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  useCheckIn,
  useConference,
  useConferenceEvents,
  useDelegates,
  useUndoCheckIn,
} from '../../api/conference.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import { AttendancePanel } from './AttendancePanel.tsx';
import { conferenceTabPath } from './conferencePaths.ts';
import { QrScanner } from './QrScanner.tsx';
import { RsvpBadge } from './RsvpBadge.tsx';

type Outcome =
  | { kind: 'done'; delegate: ConferenceDelegate }
  | { kind: 'refused'; message: string }
  | { kind: 'undone'; name: string };

const SEARCH_LIMIT = 8;

/**
 * Điểm danh at the door, on a phone or a laptop: scan the invitation's QR code, type its code, or
 * find the delegate by name; a mistaken check-in is taken back. Attendance by group beside it
 * follows every door's check-ins live.
 */
export default function CheckinPage() {
  const { id = '' } = useParams();
  const t = useT();
  const message = useErrorMessage();
  const conference = useConference(id);
  const delegates = useDelegates(id);
  const live = useConferenceEvents(id);
  const checkIn = useCheckIn(id);
  const undo = useUndoCheckIn(id);
  const [code, setCode] = useState('');
  const [q, setQ] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const items = delegates.data?.items ?? [];
  const keys = useMemo(() => new Map(items.map((d) => [d.id, delegateSearchKey(d)])), [items]);
  const tokens = queryTokens(q);
  const found = tokens.length === 0 ? [] : items.filter((d) => matchesTokens(keys.get(d.id) ?? '', tokens));

  const run = (by: { code: string } | { delegateId: string }) =>
    checkIn.mutate(by, {
      onSuccess: (answer) => {
        setOutcome({ kind: 'done', delegate: answer.delegate });
        if ('code' in by) setCode('');
      },
      onError: (error) => {
        navigator.vibrate?.([60, 60, 60]);
        setOutcome({ kind: 'refused', message: message(error) });
      },
    });

  const submitCode = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) run({ code: code.trim() });
  };

  const takeBack = (d: ConferenceDelegate) =>
    undo.mutate(d.id, {
      onSuccess: () => {
        setOutcome({ kind: 'undone', name: d.name });
        notifications.show({ color: 'teal', message: t('checkin.undone', { name: d.name }) });
      },
      onError: (error) => notifications.show({ color: 'red', message: message(error) }),
    });

  if (conference.isPending) return <PageLoader />;
  if (conference.isError) return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  const c = conference.data;

  return (
    <Stack gap="md" maw={1200}>
      <Stack gap={6}>
        <Anchor component={Link} to={conferenceTabPath(id, 'attendance')} size="sm" w="fit-content">
          <Group gap={4} component="span" wrap="nowrap">
            <IconArrowLeft size={14} />
            {c.title}
          </Group>
        </Anchor>
        <Title order={1} size="h2" fz={{ base: 22, sm: 'h2' }}>
          {t('checkin.title')}
        </Title>
      </Stack>
      {!c.canManage && (
        <Alert color="yellow" icon={<IconAlertCircle />}>
          {t('checkin.notOrganiser')}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {c.canManage && (
              <Card withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
                <Stack gap="sm">
                  <QrScanner paused={checkIn.isPending} onCode={(scanned) => run({ code: scanned })} />
                  <form onSubmit={submitCode}>
                    <Group gap="xs" align="flex-end" wrap="nowrap">
                      <TextInput
                        label={t('checkin.code')}
                        description={t('checkin.codeHint')}
                        placeholder="42-7K3M9X2PQR"
                        value={code}
                        onChange={(e) => setCode(e.currentTarget.value)}
                        autoComplete="off"
                        autoCapitalize="characters"
                        spellCheck={false}
                        style={{ flex: 1 }}
                        maxLength={200}
                      />
                      <Button
                        type="submit"
                        loading={checkIn.isPending}
                        leftSection={<IconUserCheck size={16} />}
                      >
                        {t('checkin.submit')}
                      </Button>
                    </Group>
                  </form>
                </Stack>
              </Card>
            )}

            {outcome?.kind === 'done' && (
              <Alert
                color="teal"
                icon={<IconCircleCheck />}
                title={t('checkin.done', { name: outcome.delegate.name })}
                data-testid="checkin-result"
                data-state="done"
              >
                <Stack gap={4}>
                  <Text size="sm">
                    {[outcome.delegate.title, outcome.delegate.unitName].filter(Boolean).join(', ')}
                  </Text>
                  {outcome.delegate.groupText && (
                    <Text size="sm" c="dimmed">
                      {outcome.delegate.groupText}
                    </Text>
                  )}
                  {outcome.delegate.checkedInAt && (
                    <Text size="sm">
                      {t('checkin.at', { time: formatTimeVn(outcome.delegate.checkedInAt) })}
                    </Text>
                  )}
                  <Group>
                    <Button
                      size="compact-sm"
                      variant="light"
                      color="gray"
                      leftSection={<IconArrowBackUp size={14} />}
                      loading={undo.isPending}
                      onClick={() => takeBack(outcome.delegate)}
                    >
                      {t('checkin.undo')}
                    </Button>
                  </Group>
                </Stack>
              </Alert>
            )}
            {outcome?.kind === 'refused' && (
              <Alert
                color="red"
                icon={<IconAlertCircle />}
                title={t('checkin.refused')}
                role="alert"
                data-testid="checkin-result"
                data-state="refused"
              >
                {outcome.message}
              </Alert>
            )}
            {outcome?.kind === 'undone' && (
              <Alert color="gray" data-testid="checkin-result" data-state="undone">
                {t('checkin.undone', { name: outcome.name })}
              </Alert>
            )}

            {c.canManage && (
              <Card withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
                <Stack gap="xs">
                  <TextInput
                    label={t('checkin.byName')}
                    description={t('checkin.byNameHint')}
                    leftSection={<IconSearch size={16} />}
                    value={q}
                    onChange={(e) => setQ(e.currentTarget.value)}
                    autoComplete="off"
                  />
                  {delegates.isError && (
                    <ErrorState error={delegates.error} onRetry={() => delegates.refetch()} />
                  )}
                  {tokens.length > 0 && found.length === 0 && (
                    <Text size="sm" c="dimmed">
                      {t('common.noResults')}
                    </Text>
                  )}
                  {found.slice(0, SEARCH_LIMIT).map((d) => (
                    <Group
                      key={d.id}
                      justify="space-between"
                      wrap="nowrap"
                      gap="sm"
                      py={4}
                      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
                      data-testid="checkin-match"
                    >
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Group gap={6}>
                          <Text size="sm" fw={600}>
                            {d.number}. {d.name}
                          </Text>
                          <RsvpBadge status={d.rsvpStatus} />
                        </Group>
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {[d.title, d.unitName].filter(Boolean).join(', ')}
                        </Text>
                      </Stack>
                      {d.checkedInAt ? (
                        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                          <Badge color="teal">{formatTimeVn(d.checkedInAt)}</Badge>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="gray"
                            onClick={() => takeBack(d)}
                            aria-label={t('checkin.undoOf', { name: d.name })}
                          >
                            {t('checkin.undo')}
                          </Button>
                        </Group>
                      ) : (
                        <Button
                          size="compact-sm"
                          style={{ flexShrink: 0 }}
                          onClick={() => run({ delegateId: d.id })}
                          aria-label={t('checkin.submitOf', { name: d.name })}
                        >
                          {t('checkin.submit')}
                        </Button>
                      )}
                    </Group>
                  ))}
                  {found.length > SEARCH_LIMIT && (
                    <Text size="xs" c="dimmed">
                      {t('checkin.more', { count: found.length - SEARCH_LIMIT })}
                    </Text>
                  )}
                </Stack>
              </Card>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <AttendancePanel campaignId={id} live={live} compact />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

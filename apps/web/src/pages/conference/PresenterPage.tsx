import { Alert, Anchor, Box, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowLeft,
  IconMaximize,
  IconPlayerSkipBack,
  IconPlayerSkipForward,
  IconPlayerStop,
} from '@tabler/icons-react';
import { AGENDA_ITEM_KIND_LABELS, type AgendaItem, agendaRange, VN_TIME_ZONE } from '@tongket/domain';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useConference, useConferenceEvents, useSetCurrentItem } from '../../api/conference.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useI18n, useT } from '../../i18n/useT.ts';
import { LiveIndicator } from '../progress/LiveIndicator.tsx';
import { conferenceTabPath } from './conferencePaths.ts';

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The time in the hall (Vietnam), to the second. */
function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <Text
      fz={{ base: 28, md: 44 }}
      fw={700}
      c="white"
      ff="monospace"
      data-testid="presenter-clock"
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {clockFormat.format(now)}
    </Text>
  );
}

/** "Lãnh đạo Sở Y tế", "Đồng chí Hoàng Nam — UBND tỉnh Quảng Trị": the unit only when the name does not say it. */
function who(item: AgendaItem): string {
  const unit = item.presenterUnitName;
  if (!item.presenterName) return unit;
  return unit && !item.presenterName.includes(unit) ? `${item.presenterName} — ${unit}` : item.presenterName;
}

/**
 * The hall screen: the item on now in large type, the next ones, a clock. The operator moves to
 * the next or previous item (buttons, or arrow / Page keys of a presentation clicker); every other
 * screen showing this page follows over the round's events.
 */
export default function PresenterPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { lang } = useI18n();
  const message = useErrorMessage();
  const query = useConference(id);
  const live = useConferenceEvents(id);
  const setCurrent = useSetCurrentItem(id);
  const conference = query.data;
  const agenda = conference?.agenda ?? [];
  const index = agenda.findIndex((a) => a.id === conference?.currentItemId);
  const current = index >= 0 ? agenda[index] : undefined;
  const upcoming = agenda.slice(index + 1, index + 4);
  const canOperate = Boolean(conference?.canManage && conference.saved);

  const go = useCallback(
    (itemId: string | null) => {
      if (setCurrent.isPending) return;
      setCurrent.mutate(itemId, {
        onError: (error) => notifications.show({ color: 'red', message: message(error) }),
      });
    },
    [setCurrent, message],
  );
  const next = index + 1 < agenda.length ? agenda[index + 1] : undefined;
  const previous = index > 0 ? agenda[index - 1] : undefined;

  useEffect(() => {
    if (!canOperate) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      if (['ArrowRight', 'PageDown'].includes(event.key) && next) {
        event.preventDefault();
        go(next.id);
      } else if (['ArrowLeft', 'PageUp'].includes(event.key) && previous) {
        event.preventDefault();
        go(previous.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canOperate, next, previous, go]);

  if (query.isPending) return <PageLoader />;
  if (query.isError || !conference) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;

  return (
    <Box
      mih="100dvh"
      bg="#0b2545"
      c="white"
      p={{ base: 'md', md: 'xl' }}
      style={{ display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-lg)' }}
      data-testid="presenter"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={conferenceTabPath(id)} c="blue.2" size="sm" w="fit-content">
            <Group gap={4} component="span" wrap="nowrap">
              <IconArrowLeft size={14} />
              {t('presenter.back')}
            </Group>
          </Anchor>
          <Text fz={{ base: 16, md: 22 }} fw={600} c="blue.1" tt="uppercase" lh={1.3}>
            {conference.title}
          </Text>
          <Text size="sm" c="blue.2">
            {[conference.timeText, conference.venue].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
          <Clock />
          <Box style={{ filter: 'brightness(1.6)' }}>
            <LiveIndicator state={live} />
          </Box>
        </Stack>
      </Group>

      <Stack gap="sm" style={{ flex: 1, justifyContent: 'center' }} data-testid="presenter-current">
        {current ? (
          <>
            <Text fz={{ base: 14, md: 20 }} fw={700} c="yellow.4" tt="uppercase" lts={2}>
              {t('presenter.now')} · {t('presenter.itemOf', { n: index + 1, total: agenda.length })} ·{' '}
              {AGENDA_ITEM_KIND_LABELS[current.kind][lang]}
            </Text>
            <Text fz={{ base: 32, sm: 44, md: 64 }} fw={700} lh={1.15} data-testid="presenter-title">
              {current.title}
            </Text>
            {who(current) && (
              <Text fz={{ base: 18, md: 28 }} c="blue.1">
                {who(current)}
              </Text>
            )}
            {current.scheduledStart && (
              <Text fz={{ base: 16, md: 24 }} c="blue.2" ff="monospace">
                {agendaRange(current.scheduledStart, current.scheduledEnd)} ·{' '}
                {t('conference.minutes', { n: current.durationMinutes })}
              </Text>
            )}
          </>
        ) : (
          <>
            <Text fz={{ base: 14, md: 20 }} fw={700} c="yellow.4" tt="uppercase" lts={2}>
              {t('presenter.notStarted')}
            </Text>
            <Text fz={{ base: 32, sm: 44, md: 60 }} fw={700} lh={1.15} data-testid="presenter-title">
              {conference.title}
            </Text>
          </>
        )}
      </Stack>

      {upcoming.length > 0 && (
        <Box style={{ borderTop: '1px solid rgba(255,255,255,0.25)' }} pt="md" data-testid="presenter-next">
          <Text fz={{ base: 13, md: 16 }} fw={700} c="blue.2" tt="uppercase" lts={2} mb={6}>
            {t('presenter.next')}
          </Text>
          <Stack gap={6}>
            {upcoming.map((item, i) => (
              <Group key={item.id} gap="md" wrap="nowrap" align="baseline" opacity={i === 0 ? 1 : 0.75}>
                <Text
                  fz={{ base: 16, md: 24 }}
                  ff="monospace"
                  c="blue.1"
                  w={{ base: 64, md: 100 }}
                  style={{ flexShrink: 0 }}
                >
                  {item.scheduledStart?.replace(':', 'h') ?? ''}
                </Text>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text fz={{ base: 16, md: i === 0 ? 26 : 22 }} fw={i === 0 ? 600 : 400} lineClamp={2}>
                    {item.title}
                  </Text>
                  {who(item) && (
                    <Text fz={{ base: 13, md: 16 }} c="blue.2" lineClamp={1}>
                      {who(item)}
                    </Text>
                  )}
                </Stack>
              </Group>
            ))}
          </Stack>
        </Box>
      )}

      {conference.canManage && !conference.saved && <Alert color="yellow">{t('presenter.notSaved')}</Alert>}
      {canOperate && (
        <Group justify="center" gap="sm" data-testid="presenter-controls">
          <Button
            variant="white"
            color="dark"
            leftSection={<IconPlayerSkipBack size={18} />}
            disabled={!previous}
            onClick={() => previous && go(previous.id)}
          >
            {t('presenter.previous')}
          </Button>
          <Button
            color="yellow"
            c="dark"
            size="md"
            rightSection={<IconPlayerSkipForward size={18} />}
            disabled={!next}
            loading={setCurrent.isPending}
            onClick={() => next && go(next.id)}
          >
            {current ? t('presenter.nextItem') : t('presenter.start')}
          </Button>
          <Button
            variant="subtle"
            color="gray.3"
            leftSection={<IconPlayerStop size={18} />}
            disabled={!current}
            onClick={() => go(null)}
          >
            {t('presenter.stop')}
          </Button>
          <Button
            variant="subtle"
            color="gray.3"
            leftSection={<IconMaximize size={18} />}
            onClick={() => void document.documentElement.requestFullscreen?.().catch(() => {})}
          >
            {t('presenter.fullscreen')}
          </Button>
        </Group>
      )}
    </Box>
  );
}

import { Center, Group, Loader, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { formatDateTimeVn } from '@tongket/domain';
import { INBOX_LIMIT, useNotices } from '../../api/notifications.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import { NoticeDrawer } from './NoticeDrawer.tsx';
import classes from './Notices.module.css';
import { noticePreview } from './noticeText.ts';
import { useOpenNotice } from './useOpenNotice.ts';

export default function NotificationsPage() {
  const t = useT();
  const me = useCurrentUser();
  const notices = useNotices();
  const items = notices.data?.items ?? [];
  const { notice: open, open: show, close } = useOpenNotice(items);

  return (
    <Stack maw={900}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('notifications.title')}
        </Title>
        {notices.isFetching && <Loader size="xs" aria-label={t('app.loading')} />}
      </Group>
      <Text c="dimmed" size="sm">
        {t('notifications.intro', { unit: me.unitName })}
        {notices.data && items.length > 0 && ` · ${t('notifications.count', { count: items.length })}`}
      </Text>

      {notices.isError && !notices.data ? (
        <ErrorState error={notices.error} onRetry={() => notices.refetch()} />
      ) : notices.isPending ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Center mih={160}>
          <Stack gap={4} align="center" ta="center">
            <Text fw={500}>{t('notifications.empty')}</Text>
            <Text size="sm" c="dimmed" maw={480}>
              {t('notifications.emptyHint')}
            </Text>
          </Stack>
        </Center>
      ) : (
        <>
          <Stack
            component="ul"
            gap="xs"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('notifications.listLabel')}
          >
            {items.map((notice) => (
              <li key={notice.id}>
                <UnstyledButton
                  className={[classes.item, open?.id === notice.id && classes.selected]
                    .filter(Boolean)
                    .join(' ')}
                  onClick={() => show(notice)}
                  aria-haspopup="dialog"
                >
                  <Group gap={6} wrap="nowrap" c="dimmed">
                    <IconMail size={14} aria-hidden />
                    <Text size="xs" component="span">
                      {formatDateTimeVn(notice.createdAt)}
                    </Text>
                  </Group>
                  <Text fw={600} mt={2}>
                    {notice.subject}
                  </Text>
                  <Text size="sm" c="dimmed" lineClamp={2} mt={2}>
                    {noticePreview(notice.body)}
                  </Text>
                </UnstyledButton>
              </li>
            ))}
          </Stack>
          {items.length >= INBOX_LIMIT && (
            <Text size="sm" c="dimmed" ta="center">
              {t('notifications.limited', { count: items.length })}
            </Text>
          )}
        </>
      )}

      <NoticeDrawer notice={open} onClose={close} />
    </Stack>
  );
}

import { Button, Divider, Drawer, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowRight } from '@tabler/icons-react';
import { formatDateTimeVn, type Notice } from '@tongket/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT.ts';
import { NoticeBody } from './NoticeBody.tsx';
import { appLink } from './noticeText.ts';

export interface NoticeDrawerProps {
  /** The notice being read; null when the drawer is closed. */
  notice: Notice | null;
  onClose: () => void;
  /** Shown above the body instead of the time received (the outbox's delivery details). */
  details?: ReactNode;
}

/** The whole message as sent, and a way into the page it is about. */
export function NoticeDrawer({ notice, onClose, details }: NoticeDrawerProps) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  const link = appLink(notice?.link ?? null);
  return (
    <Drawer
      opened={notice !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      title={notice?.subject}
      // A subject runs to several lines: give them air, and keep the close button at the top.
      styles={{
        header: { alignItems: 'flex-start' },
        title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)', lineHeight: 1.35 },
      }}
    >
      {notice && (
        <Stack gap="md">
          {details ?? (
            <Text size="sm" c="dimmed">
              {t('notifications.received', { time: formatDateTimeVn(notice.createdAt) })}
            </Text>
          )}
          <Divider />
          <NoticeBody body={notice.body} />
          {link && (
            <Group>
              <Button component={Link} to={link} rightSection={<IconArrowRight size={16} />}>
                {t('notifications.open')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Drawer>
  );
}

import { Badge, VisuallyHidden } from '@mantine/core';
import { hasPermission } from '@tongket/domain';
import { useRecentNoticeCount } from '../api/notifications.ts';
import { useCurrentUser } from '../auth/useCurrentUser.ts';
import { useT } from '../i18n/useT.ts';

/**
 * How many notices reached the unit in the last 7 days, beside "Thông báo". The server keeps no
 * read/unread state, so this is a count of recent messages, not of unread ones.
 */
export function RecentNoticesBadge() {
  const t = useT();
  const me = useCurrentUser();
  const recent = useRecentNoticeCount(hasPermission(me.role, 'notifications.read'));
  if (!recent.data) return null;
  const label = t('nav.recentNotices', { count: recent.data });
  return (
    <Badge size="sm" variant="filled" color="red" title={label} miw="max-content">
      <span aria-hidden>{recent.data}</span>
      <VisuallyHidden>{label}</VisuallyHidden>
    </Badge>
  );
}

import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

export const notificationsKey = ['notifications'] as const;
const inboxKey = [...notificationsKey, 'inbox'] as const;
const outboxKey = [...notificationsKey, 'outbox'] as const;

/** The server answers at most this many, newest first; it has no paging for messages yet. */
export const INBOX_LIMIT = 100;
export const OUTBOX_LIMIT = 500;

/** "Recent" for the count beside the menu item: there is no read/unread state on the server. */
const RECENT_MS = 7 * 24 * 60 * 60 * 1000;

const fetchInbox = ({ signal }: { signal: AbortSignal }) =>
  api('GET /notifications', { query: { limit: INBOX_LIMIT }, signal });

/** The messages sent to the signed-in person's own unit, newest first. */
export function useNotices() {
  return useQuery({
    queryKey: inboxKey,
    queryFn: fetchInbox,
  });
}

/** How many of the unit's messages arrived in the last 7 days; shares the inbox query (one request). */
export function useRecentNoticeCount(enabled: boolean) {
  return useQuery({
    queryKey: inboxKey,
    queryFn: fetchInbox,
    enabled,
    select: (data) => {
      const since = Date.now() - RECENT_MS;
      return data.items.filter((n) => new Date(n.createdAt).getTime() >= since).length;
    },
  });
}

/** Every message of every unit, mailed or not, and whether the server sends mail at all (admins). */
export function useOutbox() {
  return useQuery({
    queryKey: outboxKey,
    queryFn: ({ signal }) => api('GET /outbox', { query: { limit: OUTBOX_LIMIT }, signal }),
  });
}

import { Badge, Tooltip } from '@mantine/core';
import { RSVP_STATUS_LABELS, type RsvpStatus } from '@tongket/domain';
import { useI18n } from '../../i18n/useT.ts';

const COLORS: Record<RsvpStatus, string> = { pending: 'gray', accepted: 'teal', declined: 'orange' };

/** Sẽ tham dự / Không tham dự / Chưa trả lời, with the delegate's note when they left one. */
export function RsvpBadge({ status, note }: { status: RsvpStatus; note?: string }) {
  const { lang } = useI18n();
  const badge = (
    // Never cut ("CHƯA …" at 1366 px): the badge keeps its whole label's width.
    <Badge color={COLORS[status]} variant="light" data-testid="rsvp-status" miw="max-content">
      {RSVP_STATUS_LABELS[status][lang]}
    </Badge>
  );
  return note ? (
    <Tooltip label={note} multiline maw={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}

import { Badge, type BadgeProps } from '@mantine/core';
import type { AssignmentStatus } from '@tongket/domain';
import { useLabels } from '../i18n/labels.ts';

export const ASSIGNMENT_STATUS_COLORS: Record<AssignmentStatus, string> = {
  pending: 'gray',
  in_progress: 'blue',
  submitted: 'indigo',
  accepted: 'teal',
  returned: 'orange',
};

/** Where an assignment stands: Chưa thực hiện, Đang soạn, Đã gửi, Đã tiếp nhận, Trả lại. */
export function AssignmentStatusBadge({ status, ...rest }: { status: AssignmentStatus } & BadgeProps) {
  const labels = useLabels();
  return (
    <Badge color={ASSIGNMENT_STATUS_COLORS[status]} variant="light" miw="max-content" {...rest}>
      {labels.assignmentStatus(status)}
    </Badge>
  );
}

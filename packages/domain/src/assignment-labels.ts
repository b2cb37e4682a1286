/** See docs/lifecycles.md: pending → in_progress → submitted → accepted | returned → submitted … */
export const ASSIGNMENT_STATUSES = ['pending', 'in_progress', 'submitted', 'accepted', 'returned'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, { vi: string; en: string }> = {
  pending: { vi: 'Chưa thực hiện', en: 'Pending' },
  in_progress: { vi: 'Đang soạn', en: 'In progress' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  returned: { vi: 'Trả lại', en: 'Returned' },
};

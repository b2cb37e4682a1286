import { z } from 'zod';
import { TASK_KINDS } from './campaigns.ts';

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

/** What one unit owes in a round: one per (unit, task row of the plan). */
export const assignmentSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  taskId: z.string(),
  kind: z.enum(TASK_KINDS),
  /** The task as the plan words it. */
  text: z.string(),
  topic: z.string(),
  deadline: z.string().nullable(),
  minMinutes: z.number().int().nullable(),
  maxMinutes: z.number().int().nullable(),
  status: z.enum(ASSIGNMENT_STATUSES),
  version: z.number().int(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

import { z } from 'zod';
import { ASSIGNMENT_STATUSES } from './assignment-labels.ts';
import { TASK_KINDS } from './campaign-labels.ts';

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

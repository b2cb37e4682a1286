import { z } from 'zod';
import { say } from './lang.ts';

/** Reminder rules of a round: "before:3" three days before the deadline, "before:1", "overdue". */
export const REMINDER_RULE = /^(before:([1-9]|[1-2][0-9]|30)|overdue)$/;
export const reminderRulesSchema = z
  .array(
    z
      .string()
      .regex(
        REMINDER_RULE,
        say(
          'Quy tắc nhắc hạn không hợp lệ (before:N hoặc overdue)',
          'Invalid reminder rule (before:N or overdue)',
        ),
      ),
  )
  .max(10);
export const DEFAULT_REMINDER_RULES = ['before:3', 'before:1', 'overdue'];

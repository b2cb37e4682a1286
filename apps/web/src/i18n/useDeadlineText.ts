import { formatDateVn, formatTimeVn, isEndOfVietnamDay } from '@tongket/domain';
import type { Translate } from './translate.ts';
import { useT } from './useT.ts';

/**
 * A deadline as the interface states it, in its language: "trước 17 giờ 00 ngày 15/06/2020", or
 * "trước ngày 15/06/2020" when it is the end of that day (the domain's `formatDeadlineVn`, which
 * notices and documents use); "by 17:00 on 15/06/2020", "by 15/06/2020" in English.
 */
export function deadlineText(t: Translate, value: Date | string): string {
  const date = formatDateVn(value);
  if (isEndOfVietnamDay(value)) return t('deadline.endOfDay', { date });
  const [hour = '', minute = ''] = formatTimeVn(value).split(':');
  return t('deadline.at', { hour, minute, date });
}

export function useDeadlineText(): (value: Date | string) => string {
  const t = useT();
  return (value) => deadlineText(t, value);
}

/** Deadlines are instants in Asia/Ho_Chi_Minh; people read dates as dd/mm/yyyy. */
export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VN_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** 08/06/2020 */
export function formatDateVn(value: Date | string): string {
  return dateFormat.format(toDate(value));
}

/** 14:05 08/06/2020 */
export function formatDateTimeVn(value: Date | string): string {
  const d = toDate(value);
  return `${timeFormat.format(d)} ${dateFormat.format(d)}`;
}

/** 14:05 */
export function formatTimeVn(value: Date | string): string {
  return timeFormat.format(toDate(value));
}

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

const isoDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: VN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (yyyy-mm-dd) of an instant as read in Vietnam. */
export function vietnamDate(value: Date | string): string {
  return isoDateFormat.format(toDate(value));
}

/** 23:59:59 of a calendar day in Vietnam (UTC+7, no daylight saving): "trước ngày 10/6" means by its end. */
export function endOfVietnamDay(isoDate: string): string {
  return new Date(`${isoDate}T23:59:59+07:00`).toISOString();
}

/**
 * A date inside official text, as the decree writes it: "10/6/2020", "08/6/2020", "05/01/2021" —
 * a zero before days under 10 and before months 1 and 2.
 */
export function formatOfficialDate(value: Date | string): string {
  const [y, m, d] = (
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : vietnamDate(value)
  )
    .split('-')
    .map(Number) as [number, number, number];
  const mm = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${String(d).padStart(2, '0')}/${mm}/${y}`;
}

/**
 * True when an instant is the end of its calendar day in Vietnam (23:59, whatever the seconds):
 * "trước ngày 10/6/2020" already says it, no hour needed.
 */
export function isEndOfVietnamDay(value: Date | string): boolean {
  return formatTimeVn(value) === '23:59';
}

function deadlineText(value: Date | string, date: string): string {
  if (isEndOfVietnamDay(value)) return `trước ngày ${date}`;
  const [hh, mm] = formatTimeVn(value).split(':');
  return `trước ${hh} giờ ${mm} ngày ${date}`;
}

/**
 * A deadline as notices and the interface state it: "trước 17 giờ 00 ngày 15/06/2020", or
 * "trước ngày 15/06/2020" when it is the end of that day — the interface's one date form.
 */
export function formatDeadlineVn(value: Date | string): string {
  return deadlineText(value, formatDateVn(value));
}

/** The same deadline inside an official document, its date as the decree writes it: "trước ngày 15/6/2020". */
export function formatOfficialDeadline(value: Date | string): string {
  return deadlineText(value, formatOfficialDate(value));
}

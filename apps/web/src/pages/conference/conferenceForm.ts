import {
  type AgendaItemKind,
  type AgendaWarning,
  type Conference,
  type ConferenceInput,
  type ScheduledSlot,
  type SpeechCandidate,
  scheduleAgenda,
  timeOfDaySchema,
} from '@tongket/domain';
import { parseDateVn } from '../../components/dateVn.ts';
import { newKey } from '../campaigns/plan/planForm.ts';

/** One agenda item as the editor holds it: numbers and times as typed. */
export interface AgendaRow {
  /** The item's id when it is one of the saved agenda's (or the draft's placeholder); a new row's own key. */
  key: string;
  id: string | null;
  kind: AgendaItemKind;
  title: string;
  startTime: string;
  durationMinutes: number | '';
  presenterUnitId: string | null;
  presenterName: string;
  assignmentId: string | null;
  note: string;
}

/** The conference as the editor holds it: dates as dd/mm/yyyy, times as HH:MM, numbers possibly empty. */
export interface ConferenceForm {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  tentative: boolean;
  timeNote: string;
  venue: string;
  chair: string;
  expectedDelegates: number | '';
  groupTargets: Record<string, number | ''>;
  invitationNumber: string;
  invitationCode: string;
  invitationDate: string;
  invitationContent: string;
  signature: { authority: string; deputy: string; title: string; name: string };
  agenda: AgendaRow[];
}

export type ConferenceErrors = Record<string, string>;

/** yyyy-mm-dd → dd/mm/yyyy. */
export function isoToVn(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function conferenceToForm(c: Conference): ConferenceForm {
  return {
    title: c.title,
    date: isoToVn(c.date),
    startTime: c.startTime ?? '',
    endTime: c.endTime ?? '',
    tentative: c.tentative,
    timeNote: c.timeNote,
    venue: c.venue,
    chair: c.chair,
    expectedDelegates: c.expectedDelegates ?? '',
    groupTargets: Object.fromEntries(c.groups.map((g) => [g.id, g.expected ?? ''])),
    invitationNumber: c.invitationNumber,
    invitationCode: c.invitationCode,
    invitationDate: isoToVn(c.invitationDate),
    invitationContent: c.invitationContent,
    signature: { ...c.signature },
    agenda: c.agenda.map((a) => ({
      key: a.id,
      id: a.id,
      kind: a.kind,
      title: a.title,
      startTime: a.startTime ?? '',
      durationMinutes: a.durationMinutes,
      presenterUnitId: a.presenterUnitId,
      presenterName: a.presenterName,
      assignmentId: a.assignmentId,
      note: a.note,
    })),
  };
}

export function emptyAgendaRow(): AgendaRow {
  return {
    key: newKey(),
    id: null,
    kind: 'other',
    title: '',
    startTime: '',
    durationMinutes: 10,
    presenterUnitId: null,
    presenterName: '',
    assignmentId: null,
    note: '',
  };
}

/** An accepted speech or the documentary as an agenda row: its title, length and unit. */
export function candidateRow(c: SpeechCandidate): AgendaRow {
  return {
    ...emptyAgendaRow(),
    kind: c.kind,
    title: c.title,
    durationMinutes: c.durationMinutes,
    presenterUnitId: c.unitId,
    assignmentId: c.assignmentId,
  };
}

/**
 * Where a speech or documentary goes: after the last item of its kind, else before the awards
 * and the closing, else at the end — so it lands where a programme puts it.
 */
export function insertCandidate(rows: readonly AgendaRow[], row: AgendaRow): AgendaRow[] {
  let at = -1;
  rows.forEach((r, i) => {
    if (r.kind === row.kind) at = i + 1;
  });
  if (at < 0) {
    const before = rows.findIndex((r) => r.kind === 'awards' || r.kind === 'closing');
    at = before >= 0 ? before : rows.length;
  }
  return [...rows.slice(0, at), row, ...rows.slice(at)];
}

const validClock = (s: string) => timeOfDaySchema.safeParse(s).success;
const clock = (s: string) => {
  const parsed = timeOfDaySchema.safeParse(s.trim());
  return parsed.success ? parsed.data : null;
};

/** The body of PUT …/conference from the form, with the version the copy came from. */
export function formToInput(form: ConferenceForm, version: number): ConferenceInput {
  return {
    version,
    title: form.title,
    date: form.date.trim() ? parseDateVn(form.date) : null,
    startTime: form.startTime.trim() ? clock(form.startTime) : null,
    endTime: form.endTime.trim() ? clock(form.endTime) : null,
    tentative: form.tentative,
    timeNote: form.timeNote,
    venue: form.venue,
    chair: form.chair,
    expectedDelegates: form.expectedDelegates === '' ? null : form.expectedDelegates,
    groupTargets: Object.entries(form.groupTargets)
      .filter((entry): entry is [string, number] => entry[1] !== '')
      .map(([groupId, expected]) => ({ groupId, expected })),
    invitationNumber: form.invitationNumber,
    invitationCode: form.invitationCode,
    invitationDate: form.invitationDate.trim() ? parseDateVn(form.invitationDate) : null,
    invitationContent: form.invitationContent,
    signature: form.signature,
    agenda: form.agenda.map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      kind: row.kind,
      title: row.title,
      startTime: row.startTime.trim() ? clock(row.startTime) : null,
      durationMinutes: row.durationMinutes === '' ? 0 : row.durationMinutes,
      presenterUnitId: row.presenterUnitId,
      presenterName: row.presenterName,
      assignmentId: row.assignmentId,
      note: row.note,
    })),
  };
}

/** Two forms that would save the same thing: text compared as the server keeps it (trimmed). */
export function sameInput(a: ConferenceInput, b: ConferenceInput): boolean {
  return JSON.stringify(a, trimmed) === JSON.stringify(b, trimmed);
}
function trimmed(_key: string, value: unknown) {
  return typeof value === 'string' ? value.normalize('NFC').trim() : value;
}

export interface FormMessages {
  required: string;
  date: string;
  clock: string;
  endBeforeStart: string;
  tentativeNeedsDate: string;
  itemTitle: string;
  duration: string;
}

/** What the browser can tell before sending: paths as the server names them ("agenda.2.title"). */
export function validateConference(form: ConferenceForm, m: FormMessages): ConferenceErrors {
  const errors: ConferenceErrors = {};
  if (!form.title.trim()) errors.title = m.required;
  if (form.date.trim() && !parseDateVn(form.date)) errors.date = m.date;
  if (form.invitationDate.trim() && !parseDateVn(form.invitationDate)) errors.invitationDate = m.date;
  if (form.startTime.trim() && !validClock(form.startTime.trim())) errors.startTime = m.clock;
  if (form.endTime.trim() && !validClock(form.endTime.trim())) errors.endTime = m.clock;
  const start = clock(form.startTime);
  const end = clock(form.endTime);
  if (start && end && end <= start) errors.endTime = m.endBeforeStart;
  if (!form.tentative && (!form.date.trim() || !form.startTime.trim())) {
    errors.tentative = m.tentativeNeedsDate;
  }
  form.agenda.forEach((row, i) => {
    if (!row.title.trim()) errors[`agenda.${i}.title`] = m.itemTitle;
    if (row.startTime.trim() && !validClock(row.startTime.trim())) errors[`agenda.${i}.startTime`] = m.clock;
    const d = row.durationMinutes;
    if (d === '' || !Number.isInteger(d) || d < 1 || d > 600)
      errors[`agenda.${i}.durationMinutes`] = m.duration;
  });
  return errors;
}

/** "/agenda/2/title", "body.agenda.2.title" → "agenda.2.title". */
export function conferenceErrorPath(field: string): string {
  return field.replace(/^\/?(body[./])?/, '').replaceAll('/', '.');
}

const INLINE = [
  /^(title|date|startTime|endTime|tentative|venue|chair|expectedDelegates|timeNote)$/,
  /^(invitationNumber|invitationCode|invitationDate|invitationContent)$/,
  /^agenda\.\d+\.(title|startTime|durationMinutes|presenterName|note)$/,
];
export const isInlineConferencePath = (path: string) => INLINE.some((re) => re.test(path));

export function serverErrors(
  problemErrors: ReadonlyArray<{ field: string; message: string }>,
): ConferenceErrors {
  const out: ConferenceErrors = {};
  for (const e of problemErrors) {
    const path = conferenceErrorPath(e.field);
    if (!(path in out)) out[path] = e.message;
  }
  return out;
}

/** The times each row runs at as typed so far, and the schedule's own warnings — the server's rule. */
export function liveSchedule(form: ConferenceForm): { slots: ScheduledSlot[]; warnings: AgendaWarning[] } {
  return scheduleAgenda({
    startTime: clock(form.startTime),
    endTime: clock(form.endTime),
    items: form.agenda.map((row) => ({
      title: row.title,
      startTime: clock(row.startTime),
      durationMinutes: row.durationMinutes === '' ? 0 : row.durationMinutes,
    })),
  });
}

const SCHEDULE_CODES = new Set(['no_start', 'overlap', 'before_start', 'past_end', 'past_midnight']);

/**
 * The warnings to show beside each row, keyed by row key (general ones under `''`). While the form
 * is what was saved they are the server's, as it sent them; once edited, the schedule's are
 * recomputed as the server would and the server's others (a speech not accepted, a length outside
 * the task) stay with their item.
 */
export function warningsByRow(
  form: ConferenceForm,
  saved: Conference,
  dirty: boolean,
): Map<string, AgendaWarning[]> {
  const out = new Map<string, AgendaWarning[]>();
  const push = (key: string, w: AgendaWarning) => out.set(key, [...(out.get(key) ?? []), w]);
  const savedKey = (index: number | null) => (index === null ? '' : (saved.agenda[index]?.id ?? ''));
  if (!dirty) {
    for (const w of saved.warnings) push(savedKey(w.itemIndex), w);
    return out;
  }
  for (const w of liveSchedule(form).warnings) {
    push(w.itemIndex === null ? '' : (form.agenda[w.itemIndex]?.key ?? ''), w);
  }
  const present = new Set(form.agenda.map((r) => r.key));
  for (const w of saved.warnings) {
    if (SCHEDULE_CODES.has(w.code)) continue;
    const key = savedKey(w.itemIndex);
    if (present.has(key)) push(key, w);
  }
  return out;
}

import {
  type Campaign,
  type CampaignKind,
  formatTimeVn,
  type NomineeKind,
  type Plan,
  type PlanInput,
  type QuotaScope,
  type TaskKind,
  type UnitKind,
  vietnamDate,
} from '@tongket/domain';
import { parseDateVn } from '../../../components/dateVn.ts';

/**
 * The plan as the editor holds it: text as typed, dates as dd/mm/yyyy, numbers possibly blank.
 * Every row has a `key` for React (its id once saved) and the `id` the server gave it, if any.
 */
export interface Row {
  key: string;
  id?: string;
}
export interface TextRow extends Row {
  text: string;
}
export interface BudgetRow extends Row {
  item: string;
  source: string;
}
export interface RecipientRow extends Row {
  text: string;
  unitIds: string[];
}
export interface QuotaRowForm extends Row {
  scope: QuotaScope;
  nomineeKind: NomineeKind;
  count: number | '';
  unitIds: string[];
  unitKind: UnitKind | null;
  exceptUnitIds: string[];
  label: string;
  text: string;
}
export interface AwardGroupForm extends Row {
  awardTypeId: string | null;
  heading: string;
  quotas: QuotaRowForm[];
}
export interface TaskForm extends Row {
  kind: TaskKind;
  unitIds: string[];
  label: string;
  text: string;
  topic: string;
  /** dd/mm/yyyy; blank means the plan's deadline. */
  deadline: string;
  minMinutes: number | '';
  maxMinutes: number | '';
}
export interface SignatureForm {
  authority: string;
  deputy: string;
  title: string;
  name: string;
}

export interface PlanForm {
  name: string;
  kind: CampaignKind;
  parentBody: string;
  issuingBody: string;
  docNumber: string;
  docCode: string;
  place: string;
  docDate: string;
  docType: string;
  summary: string;
  situation: string;
  purpose: string;
  programme: TextRow[];
  conferenceTime: string;
  /** The exact start, split as typed: dd/mm/yyyy and hh:mm. */
  conferenceDate: string;
  conferenceClock: string;
  venue: string;
  delegateGroups: TextRow[];
  expectedDelegates: number | '';
  budgetLines: BudgetRow[];
  awardGroups: AwardGroupForm[];
  nominationDeadline: string;
  nominationTo: string;
  nominationReviewer: string;
  tasks: TaskForm[];
  reportDeadline: string;
  submissionTo: string;
  submissionEmail: string;
  signedReports: boolean;
  closing: string;
  recipients: RecipientRow[];
  signature: SignatureForm;
}

let nextKey = 0;
/** A key for a row the server has not seen yet. */
export function newKey(): string {
  nextKey += 1;
  return `new-${nextKey}`;
}

const keyed = <T extends { id: string }>(row: T) => ({ ...row, key: row.id });

/** "2020-06-08" → "08/06/2020". */
export function isoDateToText(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** An instant shown as the day it falls on in Vietnam. */
export function deadlineToText(instant: string | null): string {
  return instant ? isoDateToText(vietnamDate(instant)) : '';
}

/** The end of the chosen day in Vietnam: "trước ngày 10/6" means by its last second. */
export function textToDeadline(text: string): string | null | undefined {
  if (!text.trim()) return null;
  const iso = parseDateVn(text);
  return iso ? `${iso}T23:59:59+07:00` : undefined;
}

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export function isValidClock(text: string): boolean {
  return CLOCK.test(text.trim());
}

function toNumber(value: number | ''): number | null {
  return value === '' ? null : value;
}

export function planToForm(campaign: Pick<Campaign, 'name' | 'kind' | 'plan'>): PlanForm {
  const plan: Plan = campaign.plan;
  return {
    name: campaign.name,
    kind: campaign.kind,
    parentBody: plan.parentBody,
    issuingBody: plan.issuingBody,
    docNumber: plan.docNumber,
    docCode: plan.docCode,
    place: plan.place,
    docDate: isoDateToText(plan.docDate),
    docType: plan.docType,
    summary: plan.summary,
    situation: plan.situation,
    purpose: plan.purpose,
    programme: plan.programme.map(keyed),
    conferenceTime: plan.conferenceTime,
    conferenceDate: deadlineToText(plan.conferenceStartsAt),
    conferenceClock: plan.conferenceStartsAt ? formatTimeVn(plan.conferenceStartsAt) : '',
    venue: plan.venue,
    delegateGroups: plan.delegateGroups.map(keyed),
    expectedDelegates: plan.expectedDelegates ?? '',
    budgetLines: plan.budgetLines.map(keyed),
    awardGroups: plan.awardGroups.map((group) => ({
      ...keyed(group),
      quotas: group.quotas.map(keyed),
    })),
    nominationDeadline: deadlineToText(plan.nominationDeadline),
    nominationTo: plan.nominationTo,
    nominationReviewer: plan.nominationReviewer,
    tasks: plan.tasks.map((task) => ({
      ...keyed(task),
      deadline: deadlineToText(task.deadline),
      minMinutes: task.minMinutes ?? '',
      maxMinutes: task.maxMinutes ?? '',
    })),
    reportDeadline: deadlineToText(plan.reportDeadline),
    submissionTo: plan.submissionTo,
    submissionEmail: plan.submissionEmail,
    signedReports: plan.signedReports,
    closing: plan.closing,
    recipients: plan.recipients.map(keyed),
    signature: { ...plan.signature },
  };
}

/** What a save sends: the campaign's own fields and the plan's, each as the API takes it. */
export interface PlanOutput {
  name: string;
  kind: CampaignKind;
  plan: Required<PlanInput>;
}
export type PlanField = keyof PlanInput;

const withId = <T extends Row>({ key: _key, id, ...rest }: T) => (id ? { id, ...rest } : rest);

/** A blank or unreadable date goes out as null here; `validatePlanForm` stops an unreadable one first. */
function conferenceStart(form: PlanForm): string | null {
  const iso = parseDateVn(form.conferenceDate);
  if (!iso) return null;
  const clock = form.conferenceClock.trim();
  const [h = '0', m = '00'] = isValidClock(clock) ? clock.split(':') : ['0', '00'];
  return `${iso}T${h.padStart(2, '0')}:${m}:00+07:00`;
}

export function formToOutput(form: PlanForm): PlanOutput {
  return {
    name: form.name,
    kind: form.kind,
    plan: {
      parentBody: form.parentBody,
      issuingBody: form.issuingBody,
      docNumber: form.docNumber.trim(),
      docCode: form.docCode.trim(),
      place: form.place,
      docDate: parseDateVn(form.docDate),
      docType: form.docType,
      summary: form.summary,
      situation: form.situation,
      purpose: form.purpose,
      programme: form.programme.map(withId),
      conferenceTime: form.conferenceTime,
      conferenceStartsAt: conferenceStart(form),
      venue: form.venue,
      delegateGroups: form.delegateGroups.map(withId),
      expectedDelegates: toNumber(form.expectedDelegates),
      budgetLines: form.budgetLines.map(withId),
      awardGroups: form.awardGroups.map((group) => ({
        ...withId(group),
        quotas: group.quotas.map((row) => ({ ...withId(row), count: row.count === '' ? 0 : row.count })),
      })),
      nominationDeadline: textToDeadline(form.nominationDeadline) ?? null,
      nominationTo: form.nominationTo,
      nominationReviewer: form.nominationReviewer,
      tasks: form.tasks.map((task) => ({
        ...withId(task),
        deadline: textToDeadline(task.deadline) ?? null,
        minMinutes: toNumber(task.minMinutes),
        maxMinutes: toNumber(task.maxMinutes),
      })),
      reportDeadline: textToDeadline(form.reportDeadline) ?? null,
      submissionTo: form.submissionTo,
      submissionEmail: form.submissionEmail.trim(),
      signedReports: form.signedReports,
      closing: form.closing,
      recipients: form.recipients.map(withId),
      signature: form.signature,
    },
  };
}

/** The form fields that make up each saved field (one plan field may be typed in two inputs). */
export const FORM_KEYS: Partial<Record<PlanField, Array<keyof PlanForm>>> = {
  conferenceStartsAt: ['conferenceDate', 'conferenceClock'],
};

export function formKeysOf(field: PlanField): Array<keyof PlanForm> {
  return FORM_KEYS[field] ?? [field as keyof PlanForm];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface PlanChanges {
  name: boolean;
  kind: boolean;
  fields: PlanField[];
}

/** Which top-level fields differ from the copy the edit started from. */
export function changedFields(current: PlanOutput, base: PlanOutput): PlanChanges {
  const fields = (Object.keys(current.plan) as PlanField[]).filter(
    (field) => !same(current.plan[field], base.plan[field]),
  );
  return { name: current.name !== base.name, kind: current.kind !== base.kind, fields };
}

export function hasChanges(changes: PlanChanges): boolean {
  return changes.name || changes.kind || changes.fields.length > 0;
}

/**
 * After a save: fields left alone while the request was out take the server's copy (with the ids
 * it gave new rows, its trimmed text); a field edited meanwhile keeps the newer typing.
 */
export function rebaseForm(current: PlanForm, sent: PlanOutput, saved: PlanForm): PlanForm {
  const now = formToOutput(current);
  const next: PlanForm = { ...current };
  const take = <K extends keyof PlanForm>(key: K) => {
    next[key] = saved[key];
  };
  if (now.name === sent.name) take('name');
  if (now.kind === sent.kind) take('kind');
  for (const field of Object.keys(now.plan) as PlanField[]) {
    if (same(now.plan[field], sent.plan[field])) for (const key of formKeysOf(field)) take(key);
  }
  return next;
}

export type PlanErrors = Record<string, string>;

/** What the browser can tell before sending: dates and times that cannot be read. */
export function validatePlanForm(form: PlanForm, messages: { date: string; clock: string }): PlanErrors {
  const errors: PlanErrors = {};
  const date = (path: string, text: string) => {
    if (text.trim() && !parseDateVn(text)) errors[path] = messages.date;
  };
  date('docDate', form.docDate);
  date('conferenceStartsAt', form.conferenceDate);
  if (form.conferenceClock.trim() && !isValidClock(form.conferenceClock)) {
    errors.conferenceClock = messages.clock;
  }
  date('nominationDeadline', form.nominationDeadline);
  date('reportDeadline', form.reportDeadline);
  form.tasks.forEach((task, i) => {
    date(`tasks.${i}.deadline`, task.deadline);
  });
  return errors;
}

/** "plan.tasks.3.text", "/plan/tasks/3/text", "body.plan.tasks.3.text" → "tasks.3.text"; "name" stays. */
export function planErrorPath(field: string): string {
  return field
    .replace(/^\/?(body[./])?/, '')
    .replaceAll('/', '.')
    .replace(/^plan\./, '')
    .replace(/\.(unitIds|exceptUnitIds)\.\d+$/, '.$1');
}

const INLINE_PATHS = [
  /^(name|kind|parentBody|issuingBody|docNumber|docCode|place|docDate|docType|summary|situation|purpose)$/,
  /^(conferenceTime|conferenceStartsAt|conferenceClock|venue|expectedDelegates)$/,
  /^(nominationDeadline|nominationTo|nominationReviewer|reportDeadline|submissionTo|submissionEmail|closing)$/,
  /^(programme|delegateGroups)\.\d+\.text$/,
  /^budgetLines\.\d+\.(item|source)$/,
  /^awardGroups\.\d+\.(awardTypeId|heading)$/,
  /^awardGroups\.\d+\.quotas\.\d+\.(scope|nomineeKind|count|unitIds|unitKind|exceptUnitIds|label|text)$/,
  /^tasks\.\d+\.(kind|unitIds|label|text|topic|deadline|minMinutes|maxMinutes)$/,
  /^recipients\.\d+\.(text|unitIds)$/,
  /^signature\.(authority|deputy|title|name)$/,
];

/** True when the editor has an input that shows this path's message beside it. */
export function isInlinePath(path: string): boolean {
  return INLINE_PATHS.some((pattern) => pattern.test(path));
}

/** The error paths a change of one form field makes obsolete. */
export function errorPathsOf(key: keyof PlanForm): string[] {
  if (key === 'conferenceDate') return ['conferenceStartsAt'];
  return [key];
}

export function emptyTask(kind: TaskKind = 'report'): TaskForm {
  return {
    key: newKey(),
    kind,
    unitIds: [],
    label: '',
    text: '',
    topic: '',
    deadline: '',
    minMinutes: '',
    maxMinutes: '',
  };
}

export function emptyQuotaRow(
  scope: QuotaScope = 'unit',
  nomineeKind: NomineeKind = 'collective',
): QuotaRowForm {
  return {
    key: newKey(),
    scope,
    nomineeKind,
    count: 1,
    unitIds: [],
    unitKind: null,
    exceptUnitIds: [],
    label: '',
    text: '',
  };
}

export function emptyAwardGroup(): AwardGroupForm {
  return { key: newKey(), awardTypeId: null, heading: '', quotas: [emptyQuotaRow()] };
}

export type SetPlanField = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => void;

/** What each part of the editor receives. */
export interface PlanPartProps {
  form: PlanForm;
  set: SetPlanField;
}

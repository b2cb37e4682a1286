import type { Decision, DecisionPatch } from '@tongket/domain';
import { parseDateVn } from '../../../components/dateVn.ts';
import type { Translate } from '../../../i18n/I18nProvider.tsx';
import { isoDateToText } from '../../campaigns/plan/planForm.ts';

/** A draft decision's fields as typed; the date as dd/mm/yyyy. */
export interface DecisionFormValues {
  docNumber: string;
  docDate: string;
  summary: string;
  reason: string;
  authority: string;
  deputy: string;
  title: string;
  name: string;
}

export type DecisionFormErrors = Partial<Record<keyof DecisionFormValues, string>>;

export function decisionToValues(d: Decision): DecisionFormValues {
  return {
    docNumber: d.docNumber,
    docDate: isoDateToText(d.docDate),
    summary: d.summary,
    reason: d.reason,
    authority: d.signature.authority,
    deputy: d.signature.deputy,
    title: d.signature.title,
    name: d.signature.name,
  };
}

export function validateDecision(values: DecisionFormValues, t: Translate): DecisionFormErrors {
  const errors: DecisionFormErrors = {};
  if (values.docDate.trim() && !parseDateVn(values.docDate)) errors.docDate = t('common.invalidDate');
  if (!values.summary.trim()) errors.summary = t('common.required');
  return errors;
}

/** Only what changed since the saved copy, with its version. */
export function toDecisionPatch(values: DecisionFormValues, d: Decision): DecisionPatch {
  const patch: DecisionPatch = { version: d.version };
  const saved = decisionToValues(d);
  if (values.docNumber.trim() !== saved.docNumber) patch.docNumber = values.docNumber.trim();
  if (values.docDate.trim() !== saved.docDate) patch.docDate = parseDateVn(values.docDate) ?? null;
  if (values.summary.trim() !== saved.summary) patch.summary = values.summary.trim();
  if (values.reason.trim() !== saved.reason) patch.reason = values.reason.trim();
  const signature = {
    authority: values.authority.trim(),
    deputy: values.deputy.trim(),
    title: values.title.trim(),
    name: values.name.trim(),
  };
  if (
    signature.authority !== saved.authority ||
    signature.deputy !== saved.deputy ||
    signature.title !== saved.title ||
    signature.name !== saved.name
  ) {
    patch.signature = signature;
  }
  return patch;
}

export function isDirty(values: DecisionFormValues, d: Decision): boolean {
  return Object.keys(toDecisionPatch(values, d)).length > 1;
}

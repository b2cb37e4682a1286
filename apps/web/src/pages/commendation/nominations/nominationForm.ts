import {
  MIN_BIRTH_YEAR,
  type Nomination,
  type NominationInput,
  type NominationPatch,
  type NomineeKind,
  vietnamDate,
} from '@tongket/domain';
import type { Translate } from '../../../i18n/I18nProvider.tsx';

/** The nomination form as typed: the year stays text until it is sent. */
export interface NominationFormValues {
  /** Đơn vị đề nghị: the unit it is for (the standing agency may choose another unit). */
  unitId: string;
  awardGroupId: string | null;
  nomineeKind: NomineeKind;
  name: string;
  gender: 'male' | 'female' | null;
  birthYear: string;
  position: string;
  workplace: string;
  achievement: string;
}

export function emptyNomination(
  unitId: string,
  awardGroupId: string | null,
  nomineeKind: NomineeKind,
): NominationFormValues {
  return {
    unitId,
    awardGroupId,
    nomineeKind,
    name: '',
    gender: null,
    birthYear: '',
    position: '',
    workplace: '',
    achievement: '',
  };
}

export function nominationToValues(n: Nomination): NominationFormValues {
  return {
    unitId: n.unitId,
    awardGroupId: n.awardGroupId,
    nomineeKind: n.nomineeKind,
    name: n.name,
    gender: n.gender,
    birthYear: n.birthYear === null ? '' : String(n.birthYear),
    position: n.position,
    workplace: n.workplace,
    achievement: n.achievement,
  };
}

export type NominationFormErrors = Partial<Record<keyof NominationFormValues, string>>;

/**
 * What the browser checks before saving a draft: a group, a name, a believable year. A draft may be
 * incomplete otherwise; the server says what is missing when it is sent.
 */
export function validateNomination(
  values: NominationFormValues,
  t: Translate,
  now = new Date(),
): NominationFormErrors {
  const errors: NominationFormErrors = {};
  if (!values.unitId) errors.unitId = t('common.required');
  if (!values.awardGroupId) errors.awardGroupId = t('common.required');
  if (!values.name.trim()) errors.name = t('common.required');
  const year = values.birthYear.trim();
  if (values.nomineeKind !== 'collective' && year) {
    // The year as it is in Vietnam, whatever the browser's clock zone (around New Year they differ).
    const max = Number(vietnamDate(now).slice(0, 4)) - 16;
    if (!/^\d{4}$/.test(year) || Number(year) < MIN_BIRTH_YEAR || Number(year) > max) {
      errors.birthYear = t('nomination.birthYearRange', { min: MIN_BIRTH_YEAR, max });
    }
  }
  return errors;
}

/** The body of a new draft; a collective carries no person's details. */
export function toNominationInput(values: NominationFormValues): NominationInput {
  const person = values.nomineeKind !== 'collective';
  return {
    unitId: values.unitId,
    awardGroupId: values.awardGroupId ?? '',
    nomineeKind: values.nomineeKind,
    name: values.name,
    gender: person ? values.gender : null,
    birthYear: person && values.birthYear.trim() ? Number(values.birthYear) : null,
    position: person ? values.position : '',
    workplace: values.workplace,
    achievement: values.achievement,
  };
}

/** Only what changed, with the version it was based on. */
export function toNominationPatch(values: NominationFormValues, n: Nomination): NominationPatch {
  // The unit is fixed once entered: a patch never moves a nomination to another unit.
  const { unitId: _unit, ...input } = toNominationInput(values);
  const patch: NominationPatch = { version: n.version };
  if (input.awardGroupId !== n.awardGroupId) patch.awardGroupId = input.awardGroupId;
  if (input.nomineeKind !== n.nomineeKind) patch.nomineeKind = input.nomineeKind;
  if (input.name !== n.name) patch.name = input.name;
  if (input.gender !== n.gender) patch.gender = input.gender ?? null;
  if (input.birthYear !== n.birthYear) patch.birthYear = input.birthYear ?? null;
  if (input.position !== n.position) patch.position = input.position ?? '';
  if (input.workplace !== n.workplace) patch.workplace = input.workplace ?? '';
  if (input.achievement !== n.achievement) patch.achievement = input.achievement ?? '';
  return patch;
}

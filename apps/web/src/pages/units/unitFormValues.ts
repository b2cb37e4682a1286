import {
  AGENCY_CODE_PATTERN,
  UNIT_CODE_PATTERN,
  type Unit,
  type UnitCreate,
  type UnitKind,
  type UnitPatch,
} from '@tongket/domain';
import type { Translate } from '../../i18n/I18nProvider.tsx';

/** What the unit form edits: text fields as typed, empty meaning "none". */
export interface UnitFormValues {
  code: string;
  name: string;
  shortName: string;
  kind: UnitKind | null;
  parentId: string | null;
  email: string;
  agencyCode: string;
  order: number | '';
  active: boolean;
}

export type UnitFormErrors = Partial<Record<keyof UnitFormValues, string>>;

export function emptyUnitValues(parentId: string | null = null): UnitFormValues {
  return {
    code: '',
    name: '',
    shortName: '',
    kind: null,
    parentId,
    email: '',
    agencyCode: '',
    order: '',
    active: true,
  };
}

export function unitToValues(unit: Unit): UnitFormValues {
  return {
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName ?? '',
    kind: unit.kind,
    parentId: unit.parentId,
    email: unit.email ?? '',
    agencyCode: unit.agencyCode ?? '',
    order: unit.order,
    active: unit.active,
  };
}

/** The checks a person can fix before sending; the server repeats them and checks the rest. */
export function validateUnit(values: UnitFormValues, t: Translate): UnitFormErrors {
  const errors: UnitFormErrors = {};
  const code = values.code.trim();
  if (!code) errors.code = t('common.required');
  else if (!UNIT_CODE_PATTERN.test(code)) errors.code = t('unit.codeHint');
  if (!values.name.trim()) errors.name = t('common.required');
  if (!values.kind) errors.kind = t('common.required');
  const agencyCode = values.agencyCode.trim().toUpperCase();
  if (agencyCode && !AGENCY_CODE_PATTERN.test(agencyCode)) errors.agencyCode = t('unit.agencyCodeInvalid');
  return errors;
}

const text = (value: string) => value.normalize('NFC').trim();
const orNull = (value: string) => text(value) || null;

export function toUnitCreate(values: UnitFormValues): UnitCreate {
  return {
    code: text(values.code).toUpperCase(),
    name: text(values.name),
    shortName: orNull(values.shortName),
    kind: values.kind as UnitKind,
    parentId: values.parentId,
    email: orNull(values.email),
    agencyCode: orNull(values.agencyCode)?.toUpperCase() ?? null,
    active: values.active,
    ...(values.order === '' ? {} : { order: values.order }),
  };
}

/** Only the fields that changed, with the version the edit started from. */
export function toUnitPatch(values: UnitFormValues, unit: Unit): UnitPatch {
  const next = toUnitCreate(values);
  const patch: UnitPatch = { version: unit.version };
  if (next.code !== unit.code) patch.code = next.code;
  if (next.name !== unit.name) patch.name = next.name;
  if ((next.shortName ?? null) !== unit.shortName) patch.shortName = next.shortName ?? null;
  if (next.kind !== unit.kind) patch.kind = next.kind;
  if ((next.parentId ?? null) !== unit.parentId) patch.parentId = next.parentId ?? null;
  if ((next.email ?? null) !== (unit.email ?? null)) patch.email = next.email ?? null;
  if ((next.agencyCode ?? null) !== (unit.agencyCode ?? null)) patch.agencyCode = next.agencyCode ?? null;
  if (next.active !== unit.active) patch.active = next.active;
  if (next.order !== undefined && next.order !== unit.order) patch.order = next.order;
  return patch;
}

export function isEmptyPatch(patch: UnitPatch): boolean {
  return Object.keys(patch).length === 1;
}

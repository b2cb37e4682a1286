import { PASSWORD_MIN_LENGTH, type Role, type User, type UserCreate, type UserPatch } from '@tongket/domain';
import type { Translate } from '../../i18n/I18nProvider.tsx';

export interface UserFormValues {
  username: string;
  fullName: string;
  email: string;
  role: Role | null;
  unitId: string | null;
  password: string;
}

export type UserFormErrors = Partial<Record<keyof UserFormValues, string>>;

export const EMPTY_USER_VALUES: UserFormValues = {
  username: '',
  fullName: '',
  email: '',
  role: null,
  unitId: null,
  password: '',
};

export function userToValues(user: User): UserFormValues {
  return {
    ...EMPTY_USER_VALUES,
    fullName: user.fullName,
    email: user.email ?? '',
    role: user.role,
    unitId: user.unitId,
  };
}

export function validateUser(values: UserFormValues, creating: boolean, t: Translate): UserFormErrors {
  const errors: UserFormErrors = {};
  if (creating && !values.username.trim()) errors.username = t('common.required');
  if (!values.fullName.trim()) errors.fullName = t('common.required');
  if (!values.role) errors.role = t('common.required');
  if (!values.unitId) errors.unitId = t('common.required');
  if (creating && values.password.length < PASSWORD_MIN_LENGTH) {
    errors.password = t('account.tooShort', { min: PASSWORD_MIN_LENGTH });
  }
  return errors;
}

export function toUserCreate(values: UserFormValues): UserCreate {
  return {
    username: values.username.trim().toLowerCase(),
    fullName: values.fullName.normalize('NFC').trim(),
    email: values.email.trim() || null,
    role: values.role as Role,
    unitId: values.unitId as string,
    password: values.password,
  };
}

/** Only what changed, with the version the edit started from. */
export function toUserPatch(values: UserFormValues, user: User): UserPatch {
  const patch: UserPatch = { version: user.version };
  const fullName = values.fullName.normalize('NFC').trim();
  const email = values.email.trim() || null;
  if (fullName !== user.fullName) patch.fullName = fullName;
  if (email !== (user.email ?? null)) patch.email = email;
  if (values.role && values.role !== user.role) patch.role = values.role;
  if (values.unitId && values.unitId !== user.unitId) patch.unitId = values.unitId;
  return patch;
}

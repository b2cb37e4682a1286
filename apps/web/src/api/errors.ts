import { useCallback } from 'react';
import { useT } from '../i18n/useT.ts';
import { ApiError, NetworkError } from './client.ts';

/** Problem codes that belong to one field although the server may not list it in `errors`. */
const CODE_FIELDS: Record<string, string> = {
  unit_code_taken: 'code',
  username_taken: 'username',
  wrong_password: 'currentPassword',
  same_password: 'newPassword',
  parent_not_found: 'parentId',
  unit_not_found: 'unitId',
};

/** True when the whole problem is about one field, so the form shows it there and not above. */
export function isFieldProblem(error: unknown): boolean {
  return error instanceof ApiError && error.code in CODE_FIELDS;
}

/** Turns any thrown error into a sentence a person can act on, in the current language. */
export function useErrorMessage(): (error: unknown) => string {
  const t = useT();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError)
        return error.problem.detail || t('errors.http', { status: error.status });
      if (error instanceof NetworkError) return t('errors.network');
      return t('errors.unexpected');
    },
    [t],
  );
}

/** Per-field messages of a problem, keyed by field name (first message wins). */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof ApiError)) return result;
  for (const item of error.problem.errors ?? []) {
    // Accept "code", "body.code" or "/code" as the server may spell a field either way.
    const field = item.field.replace(/^\/?(body[./])?/, '').split(/[./]/)[0] || item.field;
    if (!(field in result)) result[field] = item.message;
  }
  const codeField = CODE_FIELDS[error.code];
  if (codeField && !(codeField in result)) result[codeField] = error.problem.detail;
  return result;
}

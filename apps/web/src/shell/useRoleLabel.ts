import { ROLE_LABELS, type Role } from '@tongket/domain';
import { useI18n } from '../i18n/useT.ts';

/**
 * A role's name in the current language, for the shell. Not `useLabels`: that one reaches every
 * enum of the domain (and their schemas), which would all load before the first page.
 */
export function useRoleLabel(): (role: Role) => string {
  const { lang } = useI18n();
  return (role) => ROLE_LABELS[role]?.[lang] ?? role;
}

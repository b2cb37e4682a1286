import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  AUDIT_FIELD_LABELS,
  ROLE_LABELS,
  ROLES,
  type Role,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type UnitKind,
} from '@tongket/domain';
import { useMemo } from 'react';
import { useI18n } from './useT.ts';

/** Names of roles, unit kinds and audit actions come from the domain package, in the current language. */
export function useLabels() {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      role: (role: Role) => ROLE_LABELS[role]?.[lang] ?? role,
      unitKind: (kind: UnitKind) => UNIT_KIND_LABELS[kind]?.[lang] ?? kind,
      auditAction: (action: string) => AUDIT_ACTION_LABELS[action]?.[lang] ?? action,
      auditEntity: (entityType: string) => AUDIT_ENTITY_LABELS[entityType]?.[lang] ?? entityType,
      auditField: (field: string) => AUDIT_FIELD_LABELS[field]?.[lang] ?? field,
      roleOptions: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role][lang] })),
      unitKindOptions: UNIT_KINDS.map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind][lang] })),
      auditActionOptions: Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({
        value,
        label: label[lang],
      })),
    }),
    [lang],
  );
}

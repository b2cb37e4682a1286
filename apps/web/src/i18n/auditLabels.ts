import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, AUDIT_FIELD_LABELS } from '@tongket/domain';
import { useMemo } from 'react';
import { useI18n } from './useT.ts';

/**
 * Names of audit actions, entities and fields, in the current language. Apart from useLabels: their
 * lists sit in a domain module with zod schemas (audit.ts), which a page that only names a role or
 * a task kind (home) should not load. (SignatureBadge names its verdicts itself, for the same reason.)
 */
export function useAuditLabels() {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      auditAction: (action: string) => AUDIT_ACTION_LABELS[action]?.[lang] ?? action,
      auditEntity: (entityType: string) => AUDIT_ENTITY_LABELS[entityType]?.[lang] ?? entityType,
      auditField: (field: string) => AUDIT_FIELD_LABELS[field]?.[lang] ?? field,
      auditActionOptions: Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({
        value,
        label: label[lang],
      })),
      auditEntityOptions: Object.entries(AUDIT_ENTITY_LABELS).map(([value, label]) => ({
        value,
        label: label[lang],
      })),
    }),
    [lang],
  );
}

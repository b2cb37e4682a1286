import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  AUDIT_FIELD_LABELS,
  SIGNATURE_VERDICT_LABELS,
  type SignatureVerdict,
} from '@tongket/domain';
import { useMemo } from 'react';
import { useI18n } from './useT.ts';

/**
 * Names of audit actions, entities and fields and of signature verdicts, in the current language.
 * Apart from useLabels: their lists sit in domain modules with zod schemas (audit.ts,
 * signatures.ts), which a page that only names a role or a task kind (home) should not load.
 */
export function useAuditLabels() {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      auditAction: (action: string) => AUDIT_ACTION_LABELS[action]?.[lang] ?? action,
      auditEntity: (entityType: string) => AUDIT_ENTITY_LABELS[entityType]?.[lang] ?? entityType,
      auditField: (field: string) => AUDIT_FIELD_LABELS[field]?.[lang] ?? field,
      signatureVerdict: (verdict: SignatureVerdict) => SIGNATURE_VERDICT_LABELS[verdict]?.[lang] ?? verdict,
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

import {
  ASSIGNMENT_STATUS_LABELS,
  ASSIGNMENT_STATUSES,
  type AssignmentStatus,
  CAMPAIGN_KIND_LABELS,
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_STATUSES,
  type CampaignKind,
  type CampaignStatus,
  GENDER_LABELS,
  GENDERS,
  INDICATOR_AGGREGATION_LABELS,
  INDICATOR_AGGREGATIONS,
  INDICATOR_VALUE_TYPE_LABELS,
  INDICATOR_VALUE_TYPES,
  type IndicatorAggregation,
  NOMINATION_STATUS_LABELS,
  NOMINATION_STATUSES,
  NOMINEE_KIND_LABELS,
  NOMINEE_KINDS,
  type NominationStatus,
  type NomineeKind,
  QUOTA_SCOPE_LABELS,
  QUOTA_SCOPES,
  type QuotaScope,
  ROLE_LABELS,
  ROLES,
  type Role,
  TASK_KIND_LABELS,
  TASK_KINDS,
  type TaskKind,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type UnitKind,
} from '@tongket/domain';
import { useMemo } from 'react';
import type { Lang } from './I18nProvider.tsx';
import { useI18n } from './useT.ts';

type LabelMap<K extends string> = Record<K, { vi: string; en: string }>;

function options<K extends string>(keys: readonly K[], labels: LabelMap<K>, lang: Lang) {
  return keys.map((value) => ({ value, label: labels[value][lang] }));
}

/**
 * Names of roles, unit kinds and the round's enums come from the domain package, in the current
 * language. Every list here sits in a domain module without zod, so the home page, which uses
 * this, loads no zod; audit and signature names are useAuditLabels' (auditLabels.ts).
 */
export function useLabels() {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      role: (role: Role) => ROLE_LABELS[role]?.[lang] ?? role,
      unitKind: (kind: UnitKind) => UNIT_KIND_LABELS[kind]?.[lang] ?? kind,
      campaignKind: (kind: CampaignKind) => CAMPAIGN_KIND_LABELS[kind]?.[lang] ?? kind,
      campaignStatus: (status: CampaignStatus) => CAMPAIGN_STATUS_LABELS[status]?.[lang] ?? status,
      taskKind: (kind: TaskKind) => TASK_KIND_LABELS[kind]?.[lang] ?? kind,
      assignmentStatus: (status: AssignmentStatus) => ASSIGNMENT_STATUS_LABELS[status]?.[lang] ?? status,
      nominationStatus: (status: NominationStatus) => NOMINATION_STATUS_LABELS[status]?.[lang] ?? status,
      nomineeKind: (kind: NomineeKind) => NOMINEE_KIND_LABELS[kind]?.[lang] ?? kind,
      quotaScope: (scope: QuotaScope) => QUOTA_SCOPE_LABELS[scope]?.[lang] ?? scope,
      gender: (gender: 'male' | 'female') => GENDER_LABELS[gender]?.[lang] ?? gender,
      aggregation: (rule: IndicatorAggregation) => INDICATOR_AGGREGATION_LABELS[rule]?.[lang] ?? rule,
      roleOptions: options(ROLES, ROLE_LABELS, lang),
      unitKindOptions: options(UNIT_KINDS, UNIT_KIND_LABELS, lang),
      campaignKindOptions: options(CAMPAIGN_KINDS, CAMPAIGN_KIND_LABELS, lang),
      campaignStatusOptions: options(CAMPAIGN_STATUSES, CAMPAIGN_STATUS_LABELS, lang),
      taskKindOptions: options(TASK_KINDS, TASK_KIND_LABELS, lang),
      assignmentStatusOptions: options(ASSIGNMENT_STATUSES, ASSIGNMENT_STATUS_LABELS, lang),
      quotaScopeOptions: options(QUOTA_SCOPES, QUOTA_SCOPE_LABELS, lang),
      nomineeKindOptions: options(NOMINEE_KINDS, NOMINEE_KIND_LABELS, lang),
      nominationStatusOptions: options(NOMINATION_STATUSES, NOMINATION_STATUS_LABELS, lang),
      genderOptions: options(GENDERS, GENDER_LABELS, lang),
      valueTypeOptions: options(INDICATOR_VALUE_TYPES, INDICATOR_VALUE_TYPE_LABELS, lang),
      aggregationOptions: options(INDICATOR_AGGREGATIONS, INDICATOR_AGGREGATION_LABELS, lang),
    }),
    [lang],
  );
}

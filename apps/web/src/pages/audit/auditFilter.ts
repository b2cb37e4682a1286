import type { AuditFilter } from '../../api/audit.ts';
import { parseDateVn } from '../../components/dateVn.ts';

/** The filter form as typed; dates are dd/mm/yyyy. */
export interface AuditFilterValues {
  actor: string;
  action: string | null;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterValues = {
  actor: '',
  action: null,
  entityType: '',
  entityId: '',
  from: '',
  to: '',
};

// Dates are read in Vietnam's time zone (UTC+7, no daylight saving), whatever the browser's zone.
const VN_OFFSET = '+07:00';

export function toAuditQuery(values: AuditFilterValues): AuditFilter {
  const query: AuditFilter = {};
  if (values.actor.trim()) query.actor = values.actor.trim();
  if (values.action) query.action = values.action;
  if (values.entityType.trim()) query.entityType = values.entityType.trim();
  if (values.entityId.trim()) query.entityId = values.entityId.trim();
  const from = parseDateVn(values.from);
  const to = parseDateVn(values.to);
  if (from) query.from = `${from}T00:00:00.000${VN_OFFSET}`;
  if (to) query.to = `${to}T23:59:59.999${VN_OFFSET}`;
  return query;
}

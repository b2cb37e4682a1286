import { type CampaignListItem, hasPermission, type UnitListItem, type User } from '@tongket/domain';
import { useMemo } from 'react';
import { useCampaigns } from '../../api/campaigns.ts';
import { useUnitTree } from '../../api/units.ts';
import { useUsers } from '../../api/users.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';

/** The name of an audited object, when the page knows it; null for what it cannot name. */
export type AuditNameOf = (entityType: string, entityId: string | null) => string | null;

/**
 * Names from the lists the audit page's readers already read: the unit tree, the accounts they
 * manage and the rounds they see. Other objects (an assignment, a nomination) stay as their id.
 */
export function auditNameLookup(
  units: readonly UnitListItem[],
  users: readonly User[],
  rounds: readonly CampaignListItem[],
): AuditNameOf {
  const names: Record<string, Map<string, string>> = {
    unit: new Map(units.map((u) => [u.id, u.name])),
    user: new Map(users.map((u) => [u.id, `${u.fullName} (${u.username})`])),
    campaign: new Map(rounds.map((c) => [c.id, c.reference ? `${c.reference} — ${c.name}` : c.name])),
  };
  return (entityType, entityId) => (entityId ? (names[entityType]?.get(entityId) ?? null) : null);
}

export function useAuditNames(): AuditNameOf {
  const me = useCurrentUser();
  const units = useUnitTree();
  const users = useUsers({ q: '', role: null });
  // The system administrator takes part in no round: no round list to ask for.
  const rounds = useCampaigns(hasPermission(me.role, 'campaigns.read'));
  return useMemo(
    () => auditNameLookup(units.data?.items ?? [], users.data?.items ?? [], rounds.data?.items ?? []),
    [units.data, users.data, rounds.data],
  );
}

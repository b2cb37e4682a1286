import { hasPermission, type Role } from '@tongket/domain';
import type { MessageKey } from '../../i18n/vi.ts';

const DESCRIPTIONS: Record<string, { manager?: MessageKey; other: MessageKey }> = {
  '/assignments': { other: 'home.cardAssignments' },
  '/campaigns': { manager: 'home.cardCampaignsManager', other: 'home.cardCampaigns' },
  '/commendation': { other: 'home.cardCommendation' },
  '/award-types': { other: 'home.cardAwardTypes' },
  '/notifications': { other: 'home.cardNotifications' },
  '/units': { manager: 'home.cardUnitsAdmin', other: 'home.cardUnits' },
  '/users': { other: 'home.cardUsers' },
  '/audit': { other: 'home.cardAudit' },
  '/outbox': { other: 'home.cardOutbox' },
  '/account': { other: 'home.cardAccount' },
};

/**
 * Whether a role writes plans from the rounds page. A unit holds campaigns.manage only for the
 * lower rounds it opens from what it owes; it never drafts and issues a plan there.
 */
function draftsPlans(role: Role): boolean {
  return hasPermission(role, 'campaigns.manage') && role !== 'unit';
}

/** The line under a home page card, by what the role can do there; undefined: no card. */
export function homeCardDescription(to: string, role: Role): MessageKey | undefined {
  const description = DESCRIPTIONS[to];
  if (!description) return undefined;
  const manages =
    to === '/units' ? hasPermission(role, 'units.manage') : to === '/campaigns' ? draftsPlans(role) : false;
  return (manages && description.manager) || description.other;
}

import {
  type Icon,
  IconAward,
  IconBell,
  IconCertificate,
  IconChecklist,
  IconClipboardList,
  IconHistory,
  IconHome,
  IconKey,
  IconMailForward,
  IconSitemap,
  IconUsers,
} from '@tabler/icons-react';
import { hasPermission, type Permission, type Role } from '@tongket/domain';
import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/vi.ts';
import { RecentNoticesBadge } from './RecentNoticesBadge.tsx';

export interface NavItem {
  to: string;
  label: MessageKey;
  icon: Icon;
  /** What the role needs to open it; every signed-in user when absent. */
  permission?: Permission;
  /** Shown after the label in the menu, e.g. a count. */
  badge?: ComponentType;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', icon: IconHome },
  { to: '/assignments', label: 'nav.assignments', icon: IconChecklist, permission: 'campaigns.read' },
  { to: '/campaigns', label: 'nav.campaigns', icon: IconClipboardList, permission: 'campaigns.read' },
  {
    to: '/notifications',
    label: 'nav.notifications',
    icon: IconBell,
    permission: 'notifications.read',
    badge: RecentNoticesBadge,
  },
  { to: '/commendation', label: 'nav.commendation', icon: IconAward, permission: 'campaigns.read' },
  { to: '/units', label: 'nav.units', icon: IconSitemap, permission: 'units.read' },
  { to: '/award-types', label: 'nav.awardTypes', icon: IconCertificate, permission: 'awardTypes.manage' },
  { to: '/users', label: 'nav.users', icon: IconUsers, permission: 'users.manage' },
  { to: '/audit', label: 'nav.audit', icon: IconHistory, permission: 'audit.read' },
  { to: '/outbox', label: 'nav.outbox', icon: IconMailForward, permission: 'outbox.read' },
  { to: '/account', label: 'nav.account', icon: IconKey },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || hasPermission(role, item.permission));
}

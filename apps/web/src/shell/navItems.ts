import { type Icon, IconHistory, IconHome, IconKey, IconSitemap, IconUsers } from '@tabler/icons-react';
import { hasPermission, type Permission, type Role } from '@tongket/domain';
import type { MessageKey } from '../i18n/vi.ts';

export interface NavItem {
  to: string;
  label: MessageKey;
  icon: Icon;
  /** What the role needs to open it; every signed-in user when absent. */
  permission?: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', icon: IconHome },
  { to: '/units', label: 'nav.units', icon: IconSitemap, permission: 'units.read' },
  { to: '/users', label: 'nav.users', icon: IconUsers, permission: 'users.manage' },
  { to: '/audit', label: 'nav.audit', icon: IconHistory, permission: 'audit.read' },
  { to: '/account', label: 'nav.account', icon: IconKey },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || hasPermission(role, item.permission));
}

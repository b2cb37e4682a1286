import { hasPermission, type Permission } from '@tongket/domain';
import { Outlet } from 'react-router';
import { ForbiddenPage } from '../pages/ForbiddenPage.tsx';
import { useCurrentUser } from './useCurrentUser.ts';

/**
 * Hides what the role cannot use, from the same permission table the server enforces;
 * the server still makes the real check on every request.
 */
export function RequirePermission({ permission }: { permission: Permission }) {
  const me = useCurrentUser();
  return hasPermission(me.role, permission) ? <Outlet /> : <ForbiddenPage />;
}

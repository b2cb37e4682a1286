import type { Role } from './role-list.ts';

/** Apart from ROLES (role-list.ts): the shell names the user's role in the first load, which needs no list. */
export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  sysadmin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  admin: { vi: 'Quản trị của tỉnh', en: 'Province administrator' },
  coordinator: { vi: 'Cơ quan thường trực', en: 'Coordinator' },
  unit: { vi: 'Cán bộ đơn vị', en: 'Unit officer' },
  reviewer: { vi: 'Hội đồng thi đua - khen thưởng', en: 'Commendation reviewer' },
  viewer: { vi: 'Lãnh đạo (xem)', en: 'Leadership (read only)' },
};

/** See docs/roles.md. Every check is made on the server; the web only hides what it cannot use. */
export const ROLES = ['sysadmin', 'admin', 'coordinator', 'unit', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  sysadmin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  admin: { vi: 'Quản trị của tỉnh', en: 'Province administrator' },
  coordinator: { vi: 'Cơ quan thường trực', en: 'Coordinator' },
  unit: { vi: 'Cán bộ đơn vị', en: 'Unit officer' },
  reviewer: { vi: 'Hội đồng thi đua - khen thưởng', en: 'Commendation reviewer' },
  viewer: { vi: 'Lãnh đạo (xem)', en: 'Leadership (read only)' },
};

import { z } from 'zod';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.strictObject({
  actor: z.string().trim().max(100).optional(),
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** Opaque cursor from a previous page's nextCursor. */
  cursor: z
    .string()
    .regex(/^[0-9a-f-]{36}$/, { message: 'Con trỏ trang không hợp lệ' })
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextCursor: z.string().nullable(),
});

/** Vietnamese names of audited actions, for the audit page. */
export const AUDIT_ACTION_LABELS: Record<string, { vi: string; en: string }> = {
  'auth.login': { vi: 'Đăng nhập', en: 'Signed in' },
  'auth.login_failed': { vi: 'Đăng nhập sai', en: 'Failed sign-in' },
  'auth.logout': { vi: 'Đăng xuất', en: 'Signed out' },
  'auth.password_changed': { vi: 'Đổi mật khẩu', en: 'Changed password' },
  'user.created': { vi: 'Tạo tài khoản', en: 'Created user' },
  'user.updated': { vi: 'Sửa tài khoản', en: 'Updated user' },
  'user.password_reset': { vi: 'Đặt lại mật khẩu', en: 'Reset password' },
  'unit.created': { vi: 'Thêm đơn vị', en: 'Created unit' },
  'unit.updated': { vi: 'Sửa đơn vị', en: 'Updated unit' },
  'unit.imported': { vi: 'Nhập danh sách đơn vị từ Excel', en: 'Imported units' },
};

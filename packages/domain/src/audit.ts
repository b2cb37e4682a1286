import { z } from 'zod';
import { say } from './lang.ts';

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
    .regex(/^[0-9a-f-]{36}$/, say('Con trỏ trang không hợp lệ', 'Invalid page cursor'))
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
  'demo.seeded': { vi: 'Tạo dữ liệu mẫu', en: 'Seeded demo data' },
  'campaign.created': { vi: 'Tạo đợt tổng kết', en: 'Created round' },
  'campaign.updated': { vi: 'Sửa kế hoạch', en: 'Updated plan' },
  'campaign.outline_updated': { vi: 'Sửa đề cương', en: 'Updated outline' },
  'campaign.issued': { vi: 'Ban hành kế hoạch', en: 'Issued plan' },
  'signing.started': { vi: 'Mở phiên ký số văn bản', en: 'Started a digital signing session' },
  'document.signed': {
    vi: 'Người có thẩm quyền ký số văn bản',
    en: 'Document signed by the person with authority',
  },
  'document.released': {
    vi: 'Văn thư ký số, phát hành văn bản',
    en: 'Document signed and released by the records office',
  },
  'campaign.cloned': { vi: 'Nhân bản đợt tổng kết', en: 'Cloned round' },
  'campaign.closed': { vi: 'Kết thúc đợt tổng kết', en: 'Closed round' },
  'campaign.child_opened': { vi: 'Mở đợt cấp dưới', en: 'Opened a lower-level round' },
  'consolidated.regenerated': { vi: 'Tổng hợp lại báo cáo', en: 'Regenerated consolidated report' },
  'consolidated.updated': { vi: 'Sửa báo cáo tổng hợp', en: 'Edited consolidated report' },
  'consolidated.sent_up': { vi: 'Chuyển kết quả tổng hợp lên cấp trên', en: 'Sent consolidation upward' },
  'consolidated.released': {
    vi: 'Phát hành báo cáo tổng hợp đã ký số (số, ngày ban hành)',
    en: 'Released the signed consolidated report (number, date)',
  },
  'campaign.reminded': { vi: 'Đôn đốc đơn vị chậm', en: 'Reminded late units' },
  'assignment.draft_saved': { vi: 'Lưu bản nháp báo cáo', en: 'Saved report draft' },
  'assignment.submitted': { vi: 'Gửi báo cáo', en: 'Submitted report' },
  'assignment.withdrawn': { vi: 'Rút lại báo cáo đã gửi', en: 'Withdrew sent report' },
  'assignment.report_released': {
    vi: 'Phát hành báo cáo đơn vị đã ký số (số, ngày ban hành)',
    en: "Released the unit's signed report (number, date)",
  },
  'assignment.accepted': { vi: 'Tiếp nhận báo cáo', en: 'Accepted report' },
  'assignment.returned': { vi: 'Trả lại báo cáo', en: 'Returned report' },
  'assignment.deadline_extended': { vi: 'Gia hạn nhiệm vụ', en: 'Extended deadline' },
  'award_type.created': { vi: 'Thêm hình thức khen thưởng', en: 'Created award type' },
  'award_type.updated': { vi: 'Sửa hình thức khen thưởng', en: 'Updated award type' },
  'nomination.created': { vi: 'Lập đề nghị khen thưởng', en: 'Created nomination' },
  'nomination.created_on_behalf': {
    vi: 'Lập đề nghị khen thưởng thay đơn vị',
    en: 'Created nomination on behalf of a unit',
  },
  'nomination.updated': { vi: 'Sửa đề nghị khen thưởng', en: 'Updated nomination' },
  'nomination.deleted': { vi: 'Xóa đề nghị khen thưởng', en: 'Deleted nomination' },
  'nomination.submitted': { vi: 'Gửi đề nghị khen thưởng', en: 'Submitted nomination' },
  'nomination.submitted_over_quota': {
    vi: 'Gửi đề nghị vượt chỉ tiêu (có lý do)',
    en: 'Submitted over quota',
  },
  'nomination.forwarded': { vi: 'Chuyển đề nghị sang thẩm định', en: 'Forwarded nomination' },
  'nomination.approved': { vi: 'Đồng ý khen thưởng', en: 'Approved nomination' },
  'nomination.rejected': { vi: 'Không đồng ý khen thưởng', en: 'Rejected nomination' },
  'decision.created': { vi: 'Soạn quyết định khen thưởng', en: 'Drafted decision' },
  'decision.updated': { vi: 'Sửa quyết định khen thưởng', en: 'Updated decision' },
  'decision.issued': { vi: 'Ban hành quyết định khen thưởng', en: 'Issued decision' },
  'nomination.quota_refused': {
    vi: 'Từ chối gửi đề nghị vượt chỉ tiêu',
    en: 'Refused a nomination over quota',
  },
  'plan.opened': { vi: 'Mở kế hoạch đã ban hành', en: 'Opened the issued plan' },
  'plan.acknowledged': { vi: 'Xác nhận đã nhận kế hoạch', en: 'Acknowledged the plan' },
  'conference.created': { vi: 'Lập hội nghị', en: 'Set up the conference' },
  'conference.updated': { vi: 'Sửa hội nghị và chương trình', en: 'Updated the conference and agenda' },
  'conference.current_item': { vi: 'Chuyển mục đang diễn ra', en: 'Changed the item in progress' },
  'conference.budget_saved': { vi: 'Lưu dự toán kinh phí hội nghị', en: 'Saved the conference budget' },
  'conference.delegate_created': { vi: 'Thêm đại biểu', en: 'Added a delegate' },
  'conference.delegate_updated': { vi: 'Sửa đại biểu', en: 'Updated a delegate' },
  'conference.delegate_deleted': { vi: 'Xóa đại biểu', en: 'Deleted a delegate' },
  'conference.delegates_imported': { vi: 'Nhập danh sách đại biểu từ Excel', en: 'Imported delegates' },
  'conference.invited': { vi: 'Gửi giấy mời', en: 'Sent invitations' },
  'conference.rsvp': { vi: 'Đại biểu xác nhận tham dự', en: 'A delegate answered the invitation' },
  'conference.checked_in': { vi: 'Điểm danh đại biểu', en: 'Checked a delegate in' },
  'conference.check_in_undone': { vi: 'Hủy điểm danh', en: 'Undid a check-in' },
};

/** What an audit entry is about. */
export const AUDIT_ENTITY_LABELS: Record<string, { vi: string; en: string }> = {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  campaign: { vi: 'Đợt tổng kết', en: 'Round' },
  assignment: { vi: 'Nhiệm vụ', en: 'Assignment' },
  nomination: { vi: 'Đề nghị khen thưởng', en: 'Nomination' },
  decision: { vi: 'Quyết định khen thưởng', en: 'Decision' },
  award_type: { vi: 'Hình thức khen thưởng', en: 'Award type' },
  user: { vi: 'Tài khoản', en: 'User' },
  conference: { vi: 'Hội nghị', en: 'Conference' },
  conference_delegate: { vi: 'Đại biểu hội nghị', en: 'Conference delegate' },
  system: { vi: 'Hệ thống', en: 'System' },
};

/** Field names as people read them in an entry's before/after. */
export const AUDIT_FIELD_LABELS: Record<string, { vi: string; en: string }> = {
  id: { vi: 'Mã định danh', en: 'Id' },
  code: { vi: 'Mã đơn vị', en: 'Code' },
  name: { vi: 'Tên', en: 'Name' },
  shortName: { vi: 'Tên viết tắt', en: 'Short name' },
  kind: { vi: 'Loại đơn vị', en: 'Kind' },
  parentId: { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  active: { vi: 'Đang hoạt động', en: 'Active' },
  order: { vi: 'Thứ tự', en: 'Order' },
  version: { vi: 'Phiên bản', en: 'Version' },
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  role: { vi: 'Vai trò', en: 'Role' },
  unitId: { vi: 'Đơn vị', en: 'Unit' },
  unitName: { vi: 'Tên đơn vị', en: 'Unit name' },
  createdAt: { vi: 'Ngày tạo', en: 'Created' },
  failedLogins: { vi: 'Số lần nhập sai', en: 'Failed sign-ins' },
  locked: { vi: 'Bị tạm khóa', en: 'Locked' },
  reason: { vi: 'Lý do', en: 'Reason' },
  ip: { vi: 'Địa chỉ IP', en: 'IP address' },
  generated: { vi: 'Mật khẩu tự sinh', en: 'Generated password' },
  create: { vi: 'Thêm mới', en: 'Created' },
  update: { vi: 'Cập nhật', en: 'Updated' },
  unchanged: { vi: 'Không đổi', en: 'Unchanged' },
  error: { vi: 'Lỗi', en: 'Errors' },
  units: { vi: 'Số đơn vị', en: 'Units' },
  users: { vi: 'Số tài khoản', en: 'Users' },
};

import { HttpProblem } from '../../../http/problem.ts';

/**
 * Why a Word upload was refused, each with a stable code and a Vietnamese detail that tells a
 * clerk what to do next. Kept together so the wording stays consistent across the checks.
 */

const SAVE_AS_DOCX = 'Tệp > Lưu thành > Tài liệu Word (*.docx)';

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`.replace('.', ',');
}

export const fileTooLarge = (maxBytes: number) =>
  new HttpProblem(
    413,
    'file_too_large',
    `Tệp vượt quá dung lượng cho phép (tối đa ${megabytes(maxBytes)}). Hãy xoá bớt hoặc nén ảnh trong tài liệu (Ảnh > Nén ảnh), lưu lại rồi tải lên lại.`,
    { maxBytes },
  );

export const notDocx = (what?: string) =>
  new HttpProblem(
    422,
    'not_docx',
    what
      ? `Tệp này là ${what}, không phải tài liệu Word (.docx). Hãy chọn đúng tệp báo cáo; nếu báo cáo đang ở định dạng khác, hãy mở bằng Word và lưu lại (${SAVE_AS_DOCX}) rồi tải lên lại.`
      : `Tệp này không phải tài liệu Word (.docx). Hãy chọn đúng tệp báo cáo; nếu báo cáo đang ở định dạng khác, hãy mở bằng Word và lưu lại (${SAVE_AS_DOCX}) rồi tải lên lại.`,
  );

export const docxEncrypted = () =>
  new HttpProblem(
    422,
    'docx_encrypted',
    'Tệp Word đang đặt mật khẩu. Hãy gỡ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi tải lên lại.',
  );

export const docLegacy = (isWord: boolean) =>
  new HttpProblem(
    422,
    'doc_legacy',
    isWord
      ? `Đây là tệp Word định dạng cũ (.doc). Hệ thống chỉ đọc được .docx: hãy mở bằng Word và lưu lại dưới dạng .docx (${SAVE_AS_DOCX}) rồi tải lên lại.`
      : `Tệp này có định dạng Office cũ, không phải tài liệu Word (.docx). Nếu đây là báo cáo Word (.doc), hãy mở bằng Word và lưu lại dưới dạng .docx (${SAVE_AS_DOCX}) rồi tải lên lại.`,
  );

export const docxTooLargeUnpacked = (maxUncompressedBytes: number) =>
  new HttpProblem(
    422,
    'docx_too_large_unpacked',
    `Tài liệu Word này khi giải nén vượt quá ${megabytes(maxUncompressedBytes)} hoặc có cấu trúc bất thường nên không thể đọc an toàn. Hãy mở bằng Word, xoá bớt ảnh hoặc dữ liệu nhúng, lưu lại rồi tải lên lại.`,
    { maxUncompressedBytes },
  );

export const docxUnreadable = () =>
  new HttpProblem(
    422,
    'docx_unreadable',
    'Không đọc được tài liệu Word: tệp có thể bị hỏng hoặc chưa tải lên trọn vẹn. Hãy mở tệp bằng Word, lưu lại rồi tải lên lại.',
  );

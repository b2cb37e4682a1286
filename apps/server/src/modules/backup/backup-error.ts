/**
 * A backup or restore that cannot go on, with the Vietnamese sentence the operator reads. Whatever
 * raised it, the data it was about is as it was: a backup removes its unfinished archive, a restore
 * everything it had unpacked.
 */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

const code = (err: unknown): string | undefined =>
  err && typeof err === 'object' && 'code' in err && typeof err.code === 'string' ? err.code : undefined;

/**
 * A file-system failure while writing into `dir`, said the way an operator acts on it: the disk is
 * full, the folder cannot be written, or it does not exist. Other failures keep their own text.
 */
export function writeFailure(err: unknown, dir: string): BackupError {
  if (err instanceof BackupError) return err;
  switch (code(err)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new BackupError(
        `Thư mục “${dir}” đã hết chỗ trống (hoặc hết hạn mức dung lượng). Hãy giải phóng bớt dung lượng hoặc chọn thư mục khác.`,
      );
    case 'EFBIG':
      return new BackupError(
        `Tệp ghi vào thư mục “${dir}” vượt quá kích thước tệp lớn nhất hệ thống cho phép.`,
      );
    case 'EROFS':
      return new BackupError(`Thư mục “${dir}” nằm trên ổ chỉ đọc; không ghi được. Hãy chọn thư mục khác.`);
    case 'EACCES':
    case 'EPERM':
      return new BackupError(
        `Không có quyền ghi vào thư mục “${dir}”. Hãy cấp quyền ghi cho tài khoản chạy lệnh hoặc chọn thư mục khác.`,
      );
    case 'ENOTDIR':
    case 'EEXIST':
      return new BackupError(`Đường dẫn “${dir}” đi qua một tệp chứ không phải thư mục.`);
    default:
      return new BackupError(
        `Không ghi được vào thư mục “${dir}”: ${err instanceof Error ? err.message : String(err)}`,
      );
  }
}

/**
 * The same, recognised in what a program (pg_dump) wrote to stderr; null when the words are about
 * something else.
 */
export function writeFailureText(stderr: string, dir: string): BackupError | null {
  if (/No space left on device|Disk quota exceeded/i.test(stderr))
    return writeFailure({ code: 'ENOSPC' }, dir);
  if (/Read-only file system/i.test(stderr)) return writeFailure({ code: 'EROFS' }, dir);
  if (/Permission denied/i.test(stderr) && /could not (open|write)/i.test(stderr))
    return writeFailure({ code: 'EACCES' }, dir);
  return null;
}

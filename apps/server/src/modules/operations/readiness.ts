import fs from 'node:fs/promises';
import type { Db } from '../../db/database.ts';
import { pendingMigrations } from '../../db/migrate.ts';

export interface ReadinessCheck {
  name: 'database' | 'migrations' | 'disk';
  ok: boolean;
  /** For the person on call, in Vietnamese. */
  detail: string;
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
}

export interface ReadinessOptions {
  dataDir: string;
  /** Uploaded files are kept on disk (else in the database, and disk space is not checked). */
  filesOnDisk: boolean;
  minFreeDiskBytes: number;
}

const megabytes = (bytes: number) => `${Math.floor(bytes / (1024 * 1024)).toLocaleString('vi-VN')} MB`;

/**
 * Whether this instance can take requests: the database answers, every migration it knows has
 * run, and the data directory has room for uploads. Liveness (`/healthz`) asks none of this.
 */
export async function checkReadiness(db: Db, options: ReadinessOptions): Promise<Readiness> {
  const checks: ReadinessCheck[] = [];
  let reachable = false;
  try {
    await db.kysely.selectFrom('app_state').select('key').limit(1).execute();
    reachable = true;
    checks.push({ name: 'database', ok: true, detail: `Cơ sở dữ liệu (${db.dialect}) trả lời.` });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    checks.push({
      name: 'database',
      ok: false,
      detail: `Không kết nối được cơ sở dữ liệu (${db.dialect}): ${reason.slice(0, 200)}`,
    });
  }
  if (reachable) {
    try {
      const pending = await pendingMigrations(db);
      checks.push(
        pending.length === 0
          ? { name: 'migrations', ok: true, detail: 'Cấu trúc dữ liệu đã cập nhật đủ.' }
          : {
              name: 'migrations',
              ok: false,
              detail: `Còn ${pending.length} bước cập nhật cấu trúc dữ liệu chưa chạy: ${pending.join(', ')}.`,
            },
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      checks.push({
        name: 'migrations',
        ok: false,
        detail: `Không đọc được sổ cập nhật cấu trúc: ${reason}`,
      });
    }
  } else {
    checks.push({
      name: 'migrations',
      ok: false,
      detail: 'Chưa kiểm tra được vì không kết nối được cơ sở dữ liệu.',
    });
  }
  if (options.filesOnDisk) {
    try {
      const stat = await fs.statfs(options.dataDir);
      const free = Number(stat.bavail) * Number(stat.bsize);
      checks.push(
        free >= options.minFreeDiskBytes
          ? { name: 'disk', ok: true, detail: `Thư mục dữ liệu còn trống ${megabytes(free)}.` }
          : {
              name: 'disk',
              ok: false,
              detail: `Thư mục dữ liệu chỉ còn trống ${megabytes(free)}, dưới mức tối thiểu ${megabytes(options.minFreeDiskBytes)} để nhận tệp tải lên.`,
            },
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      checks.push({
        name: 'disk',
        ok: false,
        detail: `Không đọc được dung lượng thư mục dữ liệu: ${reason}`,
      });
    }
  } else {
    checks.push({ name: 'disk', ok: true, detail: 'Tệp tải lên được lưu trong cơ sở dữ liệu.' });
  }
  return { ready: checks.every((c) => c.ok), checks };
}

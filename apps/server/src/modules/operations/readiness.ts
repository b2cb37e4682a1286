import fs from 'node:fs/promises';
import { currentLang, pick } from '@tongket/domain';
import type { Db } from '../../db/database.ts';
import { pendingMigrations } from '../../db/migrate.ts';

export interface ReadinessCheck {
  name: 'database' | 'migrations' | 'disk';
  ok: boolean;
  /** For the person on call, in the language the probe asked for (Vietnamese by default). */
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

const megabytes = (bytes: number) =>
  `${Math.floor(bytes / (1024 * 1024)).toLocaleString(currentLang() === 'en' ? 'en-GB' : 'vi-VN')} MB`;

/** The detail in the caller's language. */
const say = (vi: string, en: string) => pick({ vi, en });

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
    checks.push({
      name: 'database',
      ok: true,
      detail: say(`Cơ sở dữ liệu (${db.dialect}) trả lời.`, `The database (${db.dialect}) answers.`),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    checks.push({
      name: 'database',
      ok: false,
      detail: say(
        `Không kết nối được cơ sở dữ liệu (${db.dialect}): ${reason.slice(0, 200)}`,
        `Cannot connect to the database (${db.dialect}): ${reason.slice(0, 200)}`,
      ),
    });
  }
  if (reachable) {
    try {
      const pending = await pendingMigrations(db);
      checks.push(
        pending.length === 0
          ? {
              name: 'migrations',
              ok: true,
              detail: say('Cấu trúc dữ liệu đã cập nhật đủ.', 'Every migration has run.'),
            }
          : {
              name: 'migrations',
              ok: false,
              detail: say(
                `Còn ${pending.length} bước cập nhật cấu trúc dữ liệu chưa chạy: ${pending.join(', ')}.`,
                `${pending.length} migration(s) not yet run: ${pending.join(', ')}.`,
              ),
            },
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      checks.push({
        name: 'migrations',
        ok: false,
        detail: say(
          `Không đọc được sổ cập nhật cấu trúc: ${reason}`,
          `Cannot read the migrations table: ${reason}`,
        ),
      });
    }
  } else {
    checks.push({
      name: 'migrations',
      ok: false,
      detail: say(
        'Chưa kiểm tra được vì không kết nối được cơ sở dữ liệu.',
        'Not checked: the database does not answer.',
      ),
    });
  }
  if (options.filesOnDisk) {
    try {
      const stat = await fs.statfs(options.dataDir);
      const free = Number(stat.bavail) * Number(stat.bsize);
      checks.push(
        free >= options.minFreeDiskBytes
          ? {
              name: 'disk',
              ok: true,
              detail: say(
                `Thư mục dữ liệu còn trống ${megabytes(free)}.`,
                `The data directory has ${megabytes(free)} free.`,
              ),
            }
          : {
              name: 'disk',
              ok: false,
              detail: say(
                `Thư mục dữ liệu chỉ còn trống ${megabytes(free)}, dưới mức tối thiểu ${megabytes(options.minFreeDiskBytes)} để nhận tệp tải lên.`,
                `The data directory has only ${megabytes(free)} free, below the ${megabytes(options.minFreeDiskBytes)} needed to take uploads.`,
              ),
            },
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      checks.push({
        name: 'disk',
        ok: false,
        detail: say(
          `Không đọc được dung lượng thư mục dữ liệu: ${reason}`,
          `Cannot read the data directory's free space: ${reason}`,
        ),
      });
    }
  } else {
    checks.push({
      name: 'disk',
      ok: true,
      detail: say('Tệp tải lên được lưu trong cơ sở dữ liệu.', 'Uploaded files are kept in the database.'),
    });
  }
  return { ready: checks.every((c) => c.ok), checks };
}

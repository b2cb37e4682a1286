import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import { BackupError } from './backup-error.ts';
import { type DatabaseFacts, readFacts } from './database-facts.ts';

/**
 * A consistent copy of the embedded database while the server keeps writing, through SQLite's
 * online backup API. The copy is made in one step: SQLite restarts a stepwise backup whenever
 * another connection writes, so under a deadline spike small steps would never finish. One step
 * reads every page inside one read transaction, which in WAL mode never blocks a writer (writers
 * append to the WAL; the checkpointer just cannot pass the pages the copy still reads).
 */
export async function snapshotSqlite(dbFile: string, dest: string): Promise<DatabaseFacts> {
  if (!fs.existsSync(dbFile)) {
    throw new BackupError(`Không có cơ sở dữ liệu “${dbFile}”. Hãy kiểm tra DATA_DIR.`);
  }
  const source = new SQLite(dbFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(dest, { progress: () => 0x7fff_ffff });
  } finally {
    source.close();
  }
  return readSqliteFacts(dest, { standalone: true });
}

/**
 * Reads the facts of a database file no one else has open. With `standalone` the file is first
 * switched out of WAL mode, so it is one self-contained file (a restore's server turns WAL back on);
 * `integrity` runs the full check instead of the quick one.
 */
export async function readSqliteFacts(
  file: string,
  options: { standalone?: boolean; integrity?: boolean } = {},
): Promise<DatabaseFacts> {
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { fileMustExist: true });
  } catch {
    throw new BackupError('Tệp cơ sở dữ liệu trong bản sao lưu không mở được.');
  }
  try {
    let check: unknown[];
    try {
      if (options.standalone) db.pragma('journal_mode = DELETE');
      check = db.pragma(options.integrity ? 'integrity_check' : 'quick_check', {
        simple: false,
      }) as unknown[];
    } catch (err) {
      throw new BackupError(
        `Tệp cơ sở dữ liệu trong bản sao lưu không phải SQLite hoặc đã hỏng (${err instanceof Error ? err.message : String(err)}).`,
      );
    }
    const problems = check.map((r) => Object.values(r as object)[0]).filter((v) => v !== 'ok');
    if (problems.length > 0) {
      throw new BackupError(`Cơ sở dữ liệu không toàn vẹn (SQLite báo: ${problems.slice(0, 3).join('; ')}).`);
    }
    return await readFacts(async (sql) => db.prepare(sql).all() as Array<Record<string, unknown>>, 'sqlite');
  } finally {
    db.close();
  }
}

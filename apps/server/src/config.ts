import path from 'node:path';

/** Every setting the server reads from the environment; README.md lists them all. */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  /** postgres://… selects PostgreSQL; unset means embedded SQLite in dataDir. */
  databaseUrl: string | null;
  /** 'auto': seed the demo on an empty SQLite database; 'yes' / 'no' force it. */
  demo: 'auto' | 'yes' | 'no';
  logLevel: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  /** Extra origins allowed for state-changing requests (the app's own origin always is). */
  allowedOrigins: string[];
  maxUploadBytes: number;
  /** How long one uploaded file may take to read (a workbook, a Word report) before it is refused. */
  parseTimeoutSeconds: number;
  trustProxy: boolean;
  webDistDir: string;
  /** smtp://… or smtps://…: outbox messages are mailed; unset, they are read in the app only. */
  smtpUrl: string | null;
  mailFrom: string;
  /** The address people open the app at, for links in mail (https://tongket.example.gov.vn). */
  publicUrl: string | null;
  /** Where attachments go: files under DATA_DIR, or the database (for several instances). */
  fileStorage: 'disk' | 'database';
  /** How often deadline reminders are checked; 0 turns the check off. */
  reminderIntervalSeconds: number;
  /** Addresses and networks that may read /metrics. */
  metricsAllow: string[];
  /** /readyz fails when the data directory has less free space than this (files on disk). */
  minFreeDiskMb: number;
  /** Where `npm run cli -- backup` and the scheduled backups write their archives. */
  backupDir: string;
  /** Hours between scheduled backups; 0 (the default) makes none. */
  backupIntervalHours: number;
  /** How many archives the scheduled backups keep in backupDir; 0 keeps them all. */
  backupKeep: number;
  /**
   * A folder of the CA certificates signed PDFs must chain to (PEM or DER: the state's specialised
   * CA roots, the licensed public CAs). Unset: no issuer is trusted, every signature shows so.
   */
  trustStoreDir: string | null;
  /**
   * Changes of a round's assignments in one second from which its progress is computed once and
   * shared by every reader for up to a second (marked `behind`); 0 computes it for every request.
   */
  progressBurstChanges: number;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${value}"`);
  return n;
}

function boolFrom(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function smtpUrlFrom(value: string | undefined): string | null {
  const url = value?.trim();
  if (!url) return null;
  if (!/^smtps?:\/\//.test(url)) throw new Error('SMTP_URL must start with smtp:// or smtps://');
  return url;
}

function fileStorageFrom(value: string | undefined, databaseUrl: string | null): Config['fileStorage'] {
  const v = value?.trim().toLowerCase();
  if (!v) return databaseUrl ? 'database' : 'disk';
  if (v === 'disk' || v === 'database') return v;
  throw new Error('FILE_STORAGE must be "disk" or "database"');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): Config {
  const repoRoot = path.resolve(import.meta.dirname, '../../..');
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// (leave it unset for the embedded SQLite)');
  }
  const dataDir = path.resolve(env.DATA_DIR || path.join(repoRoot, 'data'));
  let demo: Config['demo'] = 'auto';
  if (argv.includes('--demo') || boolFrom(env.DEMO, false)) demo = 'yes';
  else if (env.DEMO !== undefined && env.DEMO !== '' && !boolFrom(env.DEMO, true)) demo = 'no';
  return {
    host: env.HOST || '0.0.0.0',
    port: intFrom(env.PORT, 3000, 'PORT'),
    dataDir,
    databaseUrl,
    demo,
    logLevel: env.LOG_LEVEL || 'info',
    sessionTtlHours: intFrom(env.SESSION_TTL_HOURS, 12, 'SESSION_TTL_HOURS'),
    cookieSecure: boolFrom(env.COOKIE_SECURE, false),
    allowedOrigins: (env.APP_ORIGIN || '')
      .split(',')
      .map((s) => s.trim().replace(/\/$/, ''))
      .filter(Boolean),
    maxUploadBytes: intFrom(env.MAX_UPLOAD_MB, 20, 'MAX_UPLOAD_MB') * 1024 * 1024,
    parseTimeoutSeconds: intFrom(env.PARSE_TIMEOUT_SECONDS, 20, 'PARSE_TIMEOUT_SECONDS'),
    trustProxy: boolFrom(env.TRUST_PROXY, false),
    webDistDir: path.resolve(env.WEB_DIST_DIR || path.join(repoRoot, 'apps/web/dist')),
    smtpUrl: smtpUrlFrom(env.SMTP_URL),
    mailFrom: env.MAIL_FROM?.trim() || 'Tổng kết <no-reply@tongket.local>',
    publicUrl: env.PUBLIC_URL?.trim().replace(/\/$/, '') || null,
    fileStorage: fileStorageFrom(env.FILE_STORAGE, databaseUrl),
    reminderIntervalSeconds: intFrom(env.REMINDER_INTERVAL_SECONDS, 60, 'REMINDER_INTERVAL_SECONDS'),
    metricsAllow: (env.METRICS_ALLOW ?? '127.0.0.1,::1')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    minFreeDiskMb: intFrom(env.MIN_FREE_DISK_MB, 200, 'MIN_FREE_DISK_MB'),
    backupDir: path.resolve(env.BACKUP_DIR?.trim() || path.join(dataDir, 'backups')),
    backupIntervalHours: intFrom(env.BACKUP_INTERVAL_HOURS, 0, 'BACKUP_INTERVAL_HOURS'),
    backupKeep: Math.floor(intFrom(env.BACKUP_KEEP, 7, 'BACKUP_KEEP')),
    trustStoreDir: env.TRUST_STORE_DIR?.trim() ? path.resolve(env.TRUST_STORE_DIR.trim()) : null,
    progressBurstChanges: Math.floor(intFrom(env.PROGRESS_BURST_CHANGES, 20, 'PROGRESS_BURST_CHANGES')),
  };
}

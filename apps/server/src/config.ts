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
  trustProxy: boolean;
  webDistDir: string;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): Config {
  const repoRoot = path.resolve(import.meta.dirname, '../../..');
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgres:// (leave it unset for the embedded SQLite)');
  }
  let demo: Config['demo'] = 'auto';
  if (argv.includes('--demo') || boolFrom(env.DEMO, false)) demo = 'yes';
  else if (env.DEMO !== undefined && env.DEMO !== '' && !boolFrom(env.DEMO, true)) demo = 'no';
  return {
    host: env.HOST || '0.0.0.0',
    port: intFrom(env.PORT, 3000, 'PORT'),
    dataDir: path.resolve(env.DATA_DIR || path.join(repoRoot, 'data')),
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
    trustProxy: boolFrom(env.TRUST_PROXY, false),
    webDistDir: path.resolve(env.WEB_DIST_DIR || path.join(repoRoot, 'apps/web/dist')),
  };
}

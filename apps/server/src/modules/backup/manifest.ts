import { z } from 'zod';

/**
 * What a backup archive holds, written as `manifest.json`, its first member: the database's
 * schema version, the row count of every table at the instant of the snapshot, and the size and
 * SHA-256 of every other member. A restore checks all of it before it writes anything.
 */

export const FORMAT = 'tongket-backup';
export const FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
/** The embedded database, gzip-compressed (the archive itself stores members as they are). */
export const SQLITE_MEMBER = 'database/tongket.db.gz';
/** pg_dump's custom format (compressed by pg_dump), for pg_restore. */
export const PG_DUMP_MEMBER = 'database/postgres.dump';

const SHA256 = /^[0-9a-f]{64}$/;

/** Most members (and stored files) one archive's manifest lists. */
export const MAX_MEMBERS = 1_000_000;

/** A stored file goes under its content hash, as in DATA_DIR/files. */
export const fileMemberName = (sha256: string) => `files/${sha256.slice(0, 2)}/${sha256}`;
const FILE_MEMBER = /^files\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** The hash a member under files/ is named by, or null for any other member. */
export function fileMemberHash(name: string): string | null {
  const m = FILE_MEMBER.exec(name);
  return m && (m[2] as string).startsWith(m[1] as string) ? (m[2] as string) : null;
}

/** Names a restore will ever write: the database member of its dialect, or a stored file. */
export function isKnownMember(name: string): boolean {
  return name === SQLITE_MEMBER || name === PG_DUMP_MEMBER || fileMemberHash(name) !== null;
}

// Table names go into SQL on restore (quoted); only plain lower-case names are accepted.
const tableName = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/);

export const manifestSchema = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  database: z.discriminatedUnion('dialect', [
    z.strictObject({ dialect: z.literal('sqlite') }),
    z.strictObject({
      dialect: z.literal('postgres'),
      /** The schema the dump was taken from; the restore writes into the target's own. */
      schema: z.string().min(1).max(63),
      serverVersion: z.string().max(100),
    }),
  ]),
  /** The last migration applied, and all of them: a restore refuses a version it does not know. */
  schemaVersion: z.string().max(200),
  migrations: z.array(z.string().max(200)).max(10_000),
  tables: z.record(tableName, z.number().int().nonnegative()),
  files: z.strictObject({
    /** Distinct hashes that rows stored on disk (`storage = 'disk'`) refer to. */
    referenced: z.number().int().nonnegative(),
    /** Those of them that were not on disk, or not intact, when the backup was taken. */
    missing: z.array(z.string().regex(SHA256)).max(MAX_MEMBERS),
  }),
  members: z
    .array(
      z.strictObject({
        name: z.string().refine(isKnownMember),
        size: z.number().int().nonnegative(),
        sha256: z.string().regex(SHA256),
      }),
    )
    .max(MAX_MEMBERS),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestMember = Manifest['members'][number];

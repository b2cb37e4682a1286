/** What the backup module offers the rest of the server; nothing else in it is imported from outside. */
export { BackupError } from './backup-error.ts';
export { ARCHIVE_PATTERN, createBackup } from './create-backup.ts';
export { listTables } from './database-facts.ts';
export { MANIFEST_NAME, type Manifest, manifestSchema } from './manifest.ts';
export { restoreBackup } from './restore-backup.ts';
export { BackupScheduler, backupEnv } from './scheduled-backups.ts';
export { openZip } from './zip-archive.ts';

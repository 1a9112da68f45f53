// The record's storage: open it, write through the repository, back it up.
export { AvvikDb, DEFAULT_DB_NAME, SCHEMA_VERSION, STORES_V1, STORES_V2, STORES_V3, refusingNewerVersions, type AttachmentFile, type DbOptions } from './database';
export { openDatabase, installedVersion, type OpenFailureCode, type OpenResult } from './open';
export { webDigest, randomId } from './crypto';
export * from './repository';
export { asHistory, exportBackup, importBackup, listMigrationBackups, mergeHistory, readAllTables, type BackupFile, type BackupOptions, type ImportSummary } from './backup';
export { exportEvidenceBundle, importEvidenceBundle, type EvidenceExport } from './evidence';
export { MIGRATION_BACKUPS_KEPT, type MigrationBackup } from './migrations';

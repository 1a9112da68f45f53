import { z } from 'zod';
import { SHA256_HEX } from '../../chain/digest';
import { timelineEventSchema, type TimelineEvent } from '../events';
import { incidentSchema, isoInstant, recordId, type Incident } from '../model';
import { notificationSchema, type Notification } from '../notifications';
import { settingsSchema, type Settings } from '../settings';
import { subjectSchema, type Subject } from '../subjects';

// The backup file (docs/backup-format.md): one JSON object with a header, a hash manifest and
// every table as an array of records, one record per line in canonical JSON.

export const BACKUP_FORMAT = 'avvik-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** The database schema version the records are written in (renderer/src/db/database.ts). */
export const SCHEMA_VERSION = 2;

export const tableNames = ['settings', 'incidents', 'events', 'subjects', 'notifications'] as const;
export type TableName = (typeof tableNames)[number];

export interface Tables {
  settings: Settings[];
  incidents: Incident[];
  events: TimelineEvent[];
  subjects: Subject[];
  notifications: Notification[];
}

export const recordSchemas = {
  settings: settingsSchema,
  incidents: incidentSchema,
  events: timelineEventSchema,
  subjects: subjectSchema,
  notifications: notificationSchema,
} satisfies { [T in TableName]: z.ZodType<Tables[T][number]> };

export const tableManifestSchema = z.strictObject({
  count: z.number().int().nonnegative(),
  sha256: z.string().regex(SHA256_HEX),
});

export const manifestSchema = z.strictObject({
  algorithm: z.literal('SHA-256'),
  /** Records per hashed segment (see manifest.ts). */
  segmentRecords: z.number().int().positive(),
  tables: z.record(z.string(), tableManifestSchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Everything but the tables; checked before a single record is looked at. */
export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int().positive(),
  exportedAt: isoInstant,
  /** The installation that wrote the file. */
  installationId: recordId,
  appVersion: z.string().max(50),
  /** Why it was written: by the user, or automatically before a schema migration. */
  reason: z.enum(['user', 'pre-migration']),
  manifest: manifestSchema,
  tables: z.record(z.string(), z.array(z.unknown())),
});
export type BackupHeader = Omit<z.infer<typeof backupHeaderSchema>, 'tables' | 'manifest'>;

export function emptyTables(): Tables {
  return { settings: [], incidents: [], events: [], subjects: [], notifications: [] };
}

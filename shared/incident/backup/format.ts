import { z } from 'zod';
import { canonicalJson } from '../../canonical';
import { SHA256_HEX } from '../../chain/digest';
import { SIGNATURE_B64 } from '../../chain/sign';
import { installationRecordSchema, type InstallationRecord } from '../installations';
import { timelineEventSchema, type TimelineEvent } from '../events';
import { settingsV2Schema, type SettingsV2 } from '../migrations';
import { ATTACHMENT_MAX_BYTES, chainHeadSchema, incidentSchema, isoInstant, recordId, type Incident } from '../model';
import { notificationSchema, type Notification } from '../notifications';
import { subjectSchema, type Subject } from '../subjects';

// The backup file (docs/backup-format.md): one JSON object with a header, a hash manifest and
// every table as an array of records, one record per line in canonical JSON.

export const BACKUP_FORMAT = 'avvik-backup';
/**
 * Version 2 writes the tables in a fixed order (the keys and the heads before the events) and each
 * history's events together, so a file can be checked and restored one history at a time, whatever
 * its size. Version 1 (events by id) is still read, whole.
 */
export const BACKUP_FORMAT_VERSION = 2;
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2];
export { SCHEMA_VERSION } from './version';

/**
 * Version 3: the record is its history. A backup holds the events (incidents and settings alike),
 * the people affected (personal data, never in an event) and the files attached to incidents. The
 * incident rows, notices and settings are rebuilt from the events on restore, so nothing outside
 * the signed, chained history can be slipped in through a backup. The tables in the order a file of
 * format version 2 holds them: the keys and the heads a history is checked against come before it.
 */
export const tableNames = ['installations', 'heads', 'events', 'subjects', 'attachmentFiles'] as const;
export type TableName = (typeof tableNames)[number];

/** A file attached to an incident, as a backup carries it. */
export const attachmentFileRecordSchema = z.strictObject({
  id: recordId,
  incidentId: recordId,
  sha256: z.string().regex(SHA256_HEX),
  base64: z.string().max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4),
});
export type AttachmentFileRecord = z.infer<typeof attachmentFileRecordSchema>;

/**
 * The last event of each history on each installation, as the record stood when the file was
 * written: a file whose newest events were cut off no longer ends where it says it ends.
 */
export const headsRecordSchema = z.strictObject({ id: recordId, heads: z.record(recordId, chainHeadSchema) });
export type HeadsRecord = z.infer<typeof headsRecordSchema>;

export interface Tables {
  events: TimelineEvent[];
  heads: HeadsRecord[];
  /** The public keys of every installation that signed something in the file. */
  installations: InstallationRecord[];
  subjects: Subject[];
  attachmentFiles: AttachmentFileRecord[];
}

export const recordSchemas = {
  events: timelineEventSchema,
  heads: headsRecordSchema,
  installations: installationRecordSchema,
  subjects: subjectSchema,
  attachmentFiles: attachmentFileRecordSchema,
} satisfies { [T in TableName]: z.ZodType<Tables[T][number]> };

/** Version 2 (and version 1 migrated to it): the rows beside the events. */
export const legacyTableNames = ['settings', 'incidents', 'events', 'subjects', 'notifications'] as const;
export type LegacyTableName = (typeof legacyTableNames)[number];

export interface LegacyTables {
  settings: SettingsV2[];
  incidents: Incident[];
  events: TimelineEvent[];
  subjects: Subject[];
  notifications: Notification[];
}

export const legacyRecordSchemas = {
  settings: settingsV2Schema,
  incidents: incidentSchema,
  events: timelineEventSchema,
  subjects: subjectSchema,
  notifications: notificationSchema,
} satisfies { [T in LegacyTableName]: z.ZodType<LegacyTables[T][number], unknown> };

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
  formatVersion: z.union([z.literal(1), z.literal(BACKUP_FORMAT_VERSION)]),
  schemaVersion: z.number().int().positive(),
  exportedAt: isoInstant,
  /** The installation that wrote the file. */
  installationId: recordId,
  appVersion: z.string().max(50),
  /** Why it was written: by the user, or automatically before a schema migration. */
  reason: z.enum(['user', 'pre-migration']),
  /**
   * The writing installation's signature over the header and the manifest (backupSignedPart): a
   * file edited afterwards, manifest recomputed or not, no longer carries its maker's signature.
   * Files of schema version 3 must have one; older files had none.
   */
  signature: z.string().regex(SIGNATURE_B64).optional(),
  manifest: manifestSchema,
  tables: z.record(z.string(), z.array(z.unknown())),
});
export type BackupHeader = Omit<z.infer<typeof backupHeaderSchema>, 'tables' | 'manifest'>;

export function emptyTables(): Tables {
  return { events: [], heads: [], installations: [], subjects: [], attachmentFiles: [] };
}

export function emptyLegacyTables(): LegacyTables {
  return { settings: [], incidents: [], events: [], subjects: [], notifications: [] };
}

/** The heads the events themselves end at, per history (for files made from events alone). */
export function headsOf(events: readonly TimelineEvent[]): HeadsRecord[] {
  const heads = new Map<string, Record<string, { seq: number; hash: string }>>();
  for (const event of events) {
    const history = heads.get(event.incidentId) ?? {};
    const current = history[event.installationId];
    if (!current || event.seq > current.seq) history[event.installationId] = { seq: event.seq, hash: event.hash };
    heads.set(event.incidentId, history);
  }
  return [...heads.entries()].map(([id, record]) => ({ id, heads: record }));
}

/** What a backup's signature is over: the header's fields and the manifest, canonical. */
export function backupSignedPart(header: Omit<BackupHeader, 'signature'>, manifest: Manifest): string {
  const { format, formatVersion, schemaVersion, exportedAt, installationId, appVersion, reason } = header;
  return canonicalJson({ format, formatVersion, schemaVersion, exportedAt, installationId, appVersion, reason, manifest });
}

import type { Digest } from '../../chain';
import { migrateEventsV1, migrateIncidentV1, eventV1Schema, incidentV1Schema } from '../migrations';
import { findBrokenChain, findDanglingReference, findDuplicateId, hashed, isObject, validateRecords } from './checks';
import { readBackupJson, type TextSource } from './lines';
import { importFailure, type ImportResult } from './errors';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  SCHEMA_VERSION,
  backupHeaderSchema,
  emptyTables,
  recordSchemas,
  tableNames,
  type BackupHeader,
  type Tables,
} from './format';
import { tableDigest } from './manifest';

// Reads a backup and checks ALL of it — format, versions, every record's schema, the manifest's
// hashes, references and every timeline chain — before the caller may write a single record.

export interface ParsedBackup {
  header: BackupHeader;
  tables: Tables;
}

type Raw = Record<string, unknown[]>;

const knownTables: Record<number, readonly string[]> = { 1: ['incidents', 'events'], 2: tableNames };

/** `source`: the file's text, or its text in chunks (a stream) for files too large for one string. */
export async function parseBackup(source: TextSource, digest: Digest): Promise<ImportResult<ParsedBackup>> {
  const json = await readBackupJson(source);
  if (!json.ok) return json;
  const file = json.value;
  if (!isObject(file) || file.format !== BACKUP_FORMAT) {
    return { ok: false, error: importFailure('not-a-backup', isObject(file) ? `format: ${String(file.format)}` : null) };
  }
  // Versions first: a newer file must be refused for what it is, not for looking odd.
  const { formatVersion, schemaVersion } = file;
  if (typeof formatVersion !== 'number' || typeof schemaVersion !== 'number') {
    return { ok: false, error: importFailure('unknown-version', `formatVersion ${String(formatVersion)}, schemaVersion ${String(schemaVersion)}`) };
  }
  if (formatVersion > BACKUP_FORMAT_VERSION || schemaVersion > SCHEMA_VERSION) {
    return { ok: false, error: importFailure('newer-version', `formatVersion ${formatVersion}, schemaVersion ${schemaVersion}`) };
  }
  const tableSet = knownTables[schemaVersion];
  if (formatVersion !== BACKUP_FORMAT_VERSION || !tableSet) {
    return { ok: false, error: importFailure('unknown-version', `formatVersion ${formatVersion}, schemaVersion ${schemaVersion}`) };
  }
  // The table names as the file has them: zod's record would make a "__proto__" table the
  // object's prototype, and it would pass unseen.
  const named = isObject(file.tables) ? Object.keys(file.tables).find((name) => !tableSet.includes(name)) : undefined;
  if (named !== undefined) return { ok: false, error: importFailure('invalid-record', `tables: ${named}`) };
  const header = backupHeaderSchema.safeParse(file);
  if (!header.success) {
    const issue = header.error.issues[0];
    return { ok: false, error: importFailure('invalid-record', `header.${issue?.path.map(String).join('.')}: ${issue?.message}`) };
  }
  const { tables: raw, manifest, ...meta } = header.data;
  const unexpected = Object.keys(raw).find((name) => !tableSet.includes(name));
  const missing = tableSet.find((name) => !(name in raw));
  if (unexpected || missing) return { ok: false, error: importFailure('invalid-record', `tables: ${unexpected ?? missing}`) };

  // The manifest: the file as written, before any record is trusted.
  for (const name of tableSet) {
    const expected = manifest.tables[name];
    const records = raw[name]!;
    if (!expected || expected.count !== records.length) {
      return { ok: false, error: importFailure('manifest-mismatch', `${name}: ${records.length} records, manifest ${expected?.count ?? 'none'}`) };
    }
    const sha256 = await hashed(name, () => tableDigest(records, digest, manifest.segmentRecords));
    if (!sha256.ok) return sha256;
    if (sha256.value !== expected.sha256) {
      return { ok: false, error: importFailure('manifest-mismatch', `${name}: SHA-256 differs`) };
    }
  }

  const tables = schemaVersion === 1 ? await fromVersion1(raw, meta.installationId, digest) : validateCurrent(raw);
  if (!tables.ok) return tables;
  const failure = await findInconsistency(tables.value, digest);
  if (failure) return { ok: false, error: failure };
  return { ok: true, value: { header: meta, tables: tables.value } };
}

function validateCurrent(raw: Raw): ImportResult<Tables> {
  const tables: Record<string, unknown[]> = {};
  for (const name of tableNames) {
    const valid = validateRecords<unknown>(recordSchemas[name], raw[name]!, name);
    if (!valid.ok) return valid;
    tables[name] = valid.value;
  }
  return { ok: true, value: tables as unknown as Tables };
}

/** A pre-migration backup of a version-1 database: validated as v1, then migrated like the database. */
async function fromVersion1(raw: Raw, installationId: string, digest: Digest): Promise<ImportResult<Tables>> {
  const incidents = validateRecords(incidentV1Schema, raw.incidents!, 'incidents');
  if (!incidents.ok) return incidents;
  const events = validateRecords(eventV1Schema, raw.events!, 'events');
  if (!events.ok) return events;
  const migrated = await migrateEventsV1(incidents.value.map(migrateIncidentV1), events.value, installationId, digest);
  return { ok: true, value: { ...emptyTables(), incidents: migrated.incidents, events: migrated.events } };
}

async function findInconsistency(tables: Tables, digest: Digest) {
  if (tables.settings.length > 1) return importFailure('invalid-record', 'settings: more than one');
  for (const name of tableNames) {
    const duplicate = findDuplicateId(tables[name], name);
    if (duplicate) return duplicate;
  }
  const dangling = findDanglingReference(tables.incidents, {
    events: tables.events,
    subjects: tables.subjects,
    notifications: tables.notifications,
  });
  return dangling ?? (await findBrokenChain(tables.incidents, tables.events, digest));
}

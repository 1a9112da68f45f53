import { checkHash, sha256OfText, type Digest, type SharedVerifier, type VerifySignature } from '../../chain';
import { installationRecordHolds, type InstallationRecord } from '../installations';
import { signatureChecks, signatureProblem } from '../trust';
import type { z } from 'zod';
import { sha256OfBytes } from '../../chain/digest';
import { RecordError } from '../errors';
import { SETTINGS_HISTORY_ID, type TimelineEvent } from '../events';
import { byIncident } from '../byIncident';
import { migrateEventsV1, migrateIncidentV1, eventV1Schema, incidentV1Schema } from '../migrations';
import { replayIncident, replaySettings, type IncidentRecord } from '../project';
import { defaultSettings } from '../settings';
import { fromBase64 } from '../../chain/base64';
import { findBrokenChain, findDanglingReference, findDuplicateId, hashed, isObject, validateRecords } from './checks';
import { readBackupJson, type TextSource } from './lines';
import { importFailure, type ImportFailure, type ImportResult } from './errors';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  READABLE_FORMAT_VERSIONS,
  SCHEMA_VERSION,
  backupHeaderSchema,
  emptyLegacyTables,
  legacyRecordSchemas,
  legacyTableNames,
  recordSchemas,
  tableNames,
  backupSignedPart,
  type BackupHeader,
  type LegacyTables,
  type Manifest,
  type Tables,
} from './format';
import { tableDigest } from './manifest';

// Reads a backup and checks ALL of it — format, versions, every record's schema, the manifest's
// hashes, references and every timeline chain — before the caller may write a single record.

/**
 * A file of version 3 is history; an older one holds the rows of its time (see legacyAsHistory).
 * `replayed`: what the check's replay of each incident's history in the file gave (the incident
 * and its notices), so that a restore need not replay a history again that it takes in whole.
 */
export type BackupContent = { kind: 'history'; tables: Tables; replayed?: IncidentRecord[] } | { kind: 'legacy'; tables: LegacyTables };

export interface ParsedBackup {
  header: BackupHeader;
  content: BackupContent;
}

/**
 * How far the check of a backup has come, for a restore that shows it: the steps in the order they
 * run, each with its records done of its total. A file of 100,000 events takes a while to check,
 * and most of it is the signatures (verified beside the chains and the replays, and then waited for).
 */
export type BackupCheckStep = 'read' | 'manifest' | 'records' | 'chains' | 'histories' | 'signatures' | 'check';
export type BackupCheckProgress = (step: BackupCheckStep, done: number, total: number) => void;

type Raw = Record<string, unknown[]>;

/** Histories replayed between two pauses: about 15 ms of work. */
const REPLAYS_BETWEEN_PAUSES = 100;

const knownTables: Record<number, readonly string[]> = { 1: ['incidents', 'events'], 2: legacyTableNames, 3: tableNames };

/** A file's header, checked: what it is, its versions, its manifest and the tables it names. */
export interface CheckedHeader {
  meta: BackupHeader;
  manifest: Manifest;
  formatVersion: number;
  schemaVersion: number;
  /** The tables a file of its schema version holds. */
  tableSet: readonly string[];
  tables: Raw;
}

/** The checks of a file before any record: format, versions, header fields, table names. */
export function checkHeader(file: unknown): ImportResult<CheckedHeader> {
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
  if (!READABLE_FORMAT_VERSIONS.includes(formatVersion) || !tableSet) {
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
  const { tables, manifest, ...meta } = header.data;
  return { ok: true, value: { meta, manifest, formatVersion, schemaVersion, tableSet, tables } };
}

/**
 * `source`: the file's text, or its text in chunks (a stream) for files too large for one string.
 * `verifier` checks Ed25519 signatures: the file's own, each installation's self-signed key, each event's
 * (a SharedVerifier verifies the events' on a second thread while the rest is checked).
 */
export async function parseBackup(
  source: TextSource,
  digest: Digest,
  verifier: VerifySignature | SharedVerifier,
  onProgress: BackupCheckProgress = () => {},
): Promise<ImportResult<ParsedBackup>> {
  const verify = typeof verifier === 'function' ? verifier : verifier.verify;
  const json = await readBackupJson(source, (done, total) => onProgress('read', done, total));
  if (!json.ok) return json;
  const checked = checkHeader(json.value);
  if (!checked.ok) return checked;
  const { tables: raw, manifest, meta, formatVersion, schemaVersion, tableSet } = checked.value;
  const unexpected = Object.keys(raw).find((name) => !tableSet.includes(name));
  const missing = tableSet.find((name) => !(name in raw));
  if (unexpected || missing) return { ok: false, error: importFailure('invalid-record', `tables: ${unexpected ?? missing}`) };
  // Format 2 promises its order (a reader holds the keys and heads before the events), and a file
  // read whole is held to it as one read history by history is.
  const misplaced = formatVersion >= 2 && schemaVersion === SCHEMA_VERSION ? Object.keys(raw).find((name, i) => name !== tableSet[i]) : undefined;
  if (misplaced) return { ok: false, error: importFailure('invalid-record', `tables: ${misplaced}`) };

  // The manifest: the file as written, before any record is trusted.
  const recordCount = tableSet.reduce((sum, name) => sum + raw[name]!.length, 0);
  let hashedCount = 0;
  onProgress('manifest', 0, recordCount);
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
    onProgress('manifest', (hashedCount += records.length), recordCount);
  }

  onProgress('records', 0, recordCount);
  const content = await readContent(schemaVersion, raw, meta.installationId, digest);
  // What was read is checked from here on as the schemas gave it back, a copy of every record:
  // the records as parsed are let go, or a large file is held twice through the rest of the check.
  for (const name of tableSet) raw[name]!.length = 0;
  if (!content.ok) return content;
  if (content.value.kind === 'legacy') {
    const failure = await findLegacyInconsistency(content.value.tables, digest);
    return failure ? { ok: false, error: failure } : { ok: true, value: { header: meta, content: content.value } };
  }
  const { tables } = content.value;
  const scattered = formatVersion >= 2 ? scatteredHistory(tables.events) : null;
  if (scattered) return { ok: false, error: importFailure('invalid-record', `events: the events of ${scattered} are not together`) };
  const replayed: IncidentRecord[] = [];
  const failure =
    (await findHistoryInconsistency(tables, digest, verifier, onProgress, replayed)) ?? (await fileSignatureFailure(meta, manifest, tables.installations, digest, verify));
  if (failure) return { ok: false, error: failure };
  return { ok: true, value: { header: meta, content: { kind: 'history', tables, replayed } } };
}

/**
 * A file of today's format is signed by the installation that wrote it, over its header and its
 * manifest: whoever edits it afterwards, recomputing the manifest or not, breaks that signature.
 */
export async function fileSignatureFailure(
  header: BackupHeader,
  manifest: Manifest,
  installations: readonly InstallationRecord[],
  digest: Digest,
  verify: VerifySignature,
): Promise<ImportFailure | null> {
  const maker = installations.find((record) => record.id === header.installationId);
  if (!header.signature || !maker) return importFailure('bad-signature', `file signed by ${header.installationId}: ${header.signature ? 'no key' : 'no signature'}`);
  const hash = await sha256OfText(backupSignedPart(header, manifest), digest);
  return (await checkHash(hash, header.signature, maker.publicKey, verify)) ? null : importFailure('bad-signature', 'the file');
}

/** A history whose events are not all together (format 2 keeps each history's events together), or null. */
function scatteredHistory(events: readonly TimelineEvent[]): string | null {
  const finished = new Set<string>();
  for (const [index, event] of events.entries()) {
    const previous = events[index - 1];
    if (previous && previous.incidentId !== event.incidentId) finished.add(previous.incidentId);
    if (finished.has(event.incidentId)) return event.incidentId;
  }
  return null;
}

async function readContent(schemaVersion: number, raw: Raw, installationId: string, digest: Digest): Promise<ImportResult<BackupContent>> {
  if (schemaVersion === 1) {
    const legacy = await fromVersion1(raw, installationId, digest);
    return legacy.ok ? { ok: true, value: { kind: 'legacy', tables: legacy.value } } : legacy;
  }
  if (schemaVersion === 2) {
    const legacy = validateTables(legacyTableNames, legacyRecordSchemas as Record<string, z.ZodType>, raw);
    return legacy.ok ? { ok: true, value: { kind: 'legacy', tables: legacy.value as unknown as LegacyTables } } : legacy;
  }
  const tables = validateTables(tableNames, recordSchemas as Record<string, z.ZodType>, raw);
  return tables.ok ? { ok: true, value: { kind: 'history', tables: tables.value as unknown as Tables } } : tables;
}

function validateTables(names: readonly string[], schemas: Record<string, z.ZodType>, raw: Raw): ImportResult<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const name of names) {
    const valid = validateRecords<unknown>(schemas[name]!, raw[name]!, name);
    if (!valid.ok) return valid;
    tables[name] = valid.value;
  }
  return { ok: true, value: tables };
}

/** A pre-migration backup of a version-1 database: validated as v1, then migrated like the database. */
async function fromVersion1(raw: Raw, installationId: string, digest: Digest): Promise<ImportResult<LegacyTables>> {
  const incidents = validateRecords(incidentV1Schema, raw.incidents!, 'incidents');
  if (!incidents.ok) return incidents;
  const events = validateRecords(eventV1Schema, raw.events!, 'events');
  if (!events.ok) return events;
  const migrated = await migrateEventsV1(incidents.value.map(migrateIncidentV1), events.value, installationId, digest);
  return { ok: true, value: { ...emptyLegacyTables(), incidents: migrated.incidents, events: migrated.events } };
}

async function findLegacyInconsistency(tables: LegacyTables, digest: Digest) {
  if (tables.settings.length > 1) return importFailure('invalid-record', 'settings: more than one');
  for (const name of legacyTableNames) {
    const duplicate = findDuplicateId(tables[name], name);
    if (duplicate) return duplicate;
  }
  const dangling = findDanglingReference(new Set(tables.incidents.map((i) => i.id)), {
    events: tables.events,
    subjects: tables.subjects,
    notifications: tables.notifications,
  });
  return dangling ?? (await findBrokenChain(tables.events, digest, Object.fromEntries(tables.incidents.map((i) => [i.id, i.heads]))));
}

/**
 * Every chain whole and every signature in it good, every history replayable, every person and file
 * belonging to an incident in the file. Whether the keys are trusted is not the file's to say: the
 * restore shows it before anything is written. Failures are named in the order the format's
 * documentation lists the checks, whatever order the work is done in.
 */
export async function findHistoryInconsistency(
  tables: Tables,
  digest: Digest,
  verifier: VerifySignature | SharedVerifier,
  onProgress: BackupCheckProgress = () => {},
  /** Where each incident's replay is kept, when the caller wants them. */
  keep?: IncidentRecord[],
) {
  const { verify, lend, pause } = typeof verifier === 'function' ? { verify: verifier, lend: () => Promise.resolve(), pause: () => Promise.resolve() } : verifier;
  const eventCount = tables.events.length;
  for (const name of tableNames) {
    const duplicate = findDuplicateId(tables[name], name);
    if (duplicate) return duplicate;
  }
  const histories = byIncident(tables.events);
  const incidentIds = new Set([...histories.keys()].filter((id) => id !== SETTINGS_HISTORY_ID));
  const dangling = findDanglingReference(incidentIds, { subjects: tables.subjects, attachmentFiles: tables.attachmentFiles });
  if (dangling) return dangling;
  const heads = Object.fromEntries(tables.heads.map((record) => [record.id, record.heads]));
  const unheaded = [...histories.keys()].find((id) => !(id in heads));
  if (unheaded) return importFailure('broken-chain', `${unheaded}: no recorded last event`);
  // The installations' own signatures first, while nothing else waits to be verified.
  let installationFailure: ImportFailure | null = null;
  for (const record of tables.installations) {
    if (await installationRecordHolds(record, digest, verify)) continue;
    installationFailure = importFailure('bad-signature', `installation ${record.id}`);
    break;
  }
  // Every event's signature is asked for now: a second thread verifies them while this one checks
  // the chains and replays the histories, and then this one helps with what is left.
  const keys = new Map(tables.installations.map((record) => [record.id, { publicKey: record.publicKey, trusted: true }]));
  const asked = signatureChecks(tables.events, keys, verify);
  let verified = 0;
  let counting = false;
  const count = () => {
    verified++;
    if (counting && verified % 1024 === 0) onProgress('signatures', verified, asked.size);
  };
  for (const verdict of asked.values()) void verdict.then(count, count);
  onProgress('chains', 0, eventCount);
  const broken = await findBrokenChain(tables.events, digest, heads, pause);
  if (broken) return broken;
  onProgress('chains', eventCount, eventCount);
  if (installationFailure) return installationFailure;
  let replayed = 0;
  let replayFailure: ImportFailure | null = null;
  onProgress('histories', 0, histories.size);
  for (const [historyId, events] of histories) {
    replayFailure = historyId === SETTINGS_HISTORY_ID ? settingsReplayFailure(events) : incidentReplayFailure(events, keep);
    if (replayFailure) break;
    onProgress('histories', ++replayed, histories.size);
    // Replaying is this thread's alone: now and then the verifying thread gets its next batch.
    if (replayed % REPLAYS_BETWEEN_PAUSES === 0) await pause();
  }
  counting = true;
  onProgress('signatures', verified, asked.size);
  await lend();
  // The first forged history in the file's order is the one named.
  for (const [historyId, events] of histories) {
    const problem = await signatureProblem(events, keys, verify, asked);
    // Unsigned events are old ones (before histories were signed); the restore says so. Anything else is forged.
    if (problem && problem.kind !== 'unsigned') return importFailure('bad-signature', `${historyId}: ${problem.kind} ${problem.eventId}`);
  }
  onProgress('signatures', asked.size, asked.size);
  if (replayFailure) return replayFailure;
  for (const file of tables.attachmentFiles) {
    const bytes = fromBase64(file.base64);
    if (!bytes || (await sha256OfBytes(bytes, digest)) !== file.sha256) return importFailure('invalid-document', `attachmentFiles: ${file.id}`);
  }
  return null;
}

export function incidentReplayFailure(events: TimelineEvent[], keep?: IncidentRecord[]) {
  try {
    const record = replayIncident(events);
    if (record) keep?.push(record);
    return null;
  } catch (error) {
    return importFailure('broken-chain', error instanceof RecordError ? error.detail : String(error));
  }
}

export function settingsReplayFailure(events: TimelineEvent[]) {
  try {
    replaySettings(events, defaultSettings('check', '1970-01-01T00:00:00.000Z'));
    return null;
  } catch (error) {
    return importFailure('broken-chain', error instanceof RecordError ? error.detail : String(error));
  }
}

import type { z } from 'zod';
import { type Digest, type SharedVerifier, type VerifySignature } from '../../chain';
import { sha256OfBytes } from '../../chain/digest';
import { fromBase64 } from '../../chain/base64';
import { SETTINGS_HISTORY_ID, type TimelineEvent } from '../events';
import { installationRecordHolds, type InstallationRecord, type KeyRing } from '../installations';
import type { Subject } from '../subjects';
import { signatureChecks, signatureProblem } from '../trust';
import { findBrokenChain, validateRecord } from './checks';
import { importFailure, type ImportFailure, type ImportResult } from './errors';
import { SCHEMA_VERSION, recordSchemas, tableNames, type AttachmentFileRecord, type BackupHeader, type HeadsRecord, type TableName } from './format';
import { LayoutError, TruncatedFile, type TextSource } from './lines';
import { erasedIn } from './merge';
import type { IncidentRecord } from '../project';
import { checkHeader, fileSignatureFailure, incidentReplayFailure, settingsReplayFailure, type BackupCheckProgress, type CheckedHeader } from './parse';
import { readUnits, UnitError, type Unit } from './units';

// A backup of format version 2 checked as it is read, one history at a time (docs/backup-format.md):
// memory holds the keys, the heads, one history and the signatures still being verified, whatever
// the size of the file. Every check of the whole-file reading (parse.ts) is made, and a file that
// fails several is refused for the first in the documented order, as that reading refuses it:
// the reading goes on to the end of the file, making only the checks that come earlier in that
// order than the failure already found.

export interface StreamedBackup {
  header: BackupHeader;
  /** The digest of every unit of the file, in order (units.ts): a later reading compares them. */
  units: string[];
  /** People the file's history erased (Art. 17: a restore erases them here too). */
  erased: string[];
  counts: Record<TableName, number> & { histories: number };
}

/** A file to be read whole instead (parse.ts): an older format or schema, or not in the line layout. */
export type StreamedCheck = { whole: true } | { whole: false; result: ImportResult<StreamedBackup> };

/** Where each check stands in the documented order (docs/backup-format.md, "What import checks"). */
const RANK = { manifest: 5, record: 6, reference: 7, chain: 8, signature: 9, replay: 10, document: 11, file: 12 } as const;

/** Signed events whose verdicts may be outstanding at once: beyond it, the reading waits for them. */
const PENDING_EVENTS = 16_384;
/** Histories between two pauses, when the verifying threads' answers come in. */
const HISTORIES_BETWEEN_PAUSES = 50;
const PROGRESS_EVERY = 4096;

/** A unit's records against their table's schema (the first failure), numbered from `first`. */
export function validUnit<T>(unit: Unit, first: number): ImportResult<T[]> {
  const table = unit.table as TableName;
  const schema = recordSchemas[table] as z.ZodType<unknown>;
  const valid: T[] = [];
  for (const [offset, record] of unit.records.entries()) {
    const result = validateRecord(schema, record, table, first + offset);
    if (!result.ok) return result;
    valid.push(result.value as T);
  }
  return { ok: true, value: valid };
}

/** The lowest-ranked failure found so far, the first found of its rank. */
class Verdict {
  private found: { rank: number; error: ImportFailure } | null = null;
  note(rank: number, error: ImportFailure | null): void {
    if (error && (!this.found || rank < this.found.rank)) this.found = { rank, error };
  }
  /** Whether a check of this rank can still change the verdict. */
  matters(rank: number): boolean {
    return !this.found || rank < this.found.rank;
  }
  get error(): ImportFailure | null {
    return this.found?.error ?? null;
  }
}

/**
 * Checks a file of format version 2 as it is read. Returns `{ whole: true }` for a file to be read
 * whole instead: of format version 1 or an older schema, or not in Avvik's line layout.
 */
export async function checkBackupStream(
  source: TextSource,
  digest: Digest,
  verifier: VerifySignature | SharedVerifier,
  onProgress: BackupCheckProgress = () => {},
  options: {
    /** Signed events whose verdicts may be outstanding at once (the memory the check may hold for them). */
    pendingEvents?: number;
    /** Given each part of the file as checked (its records as their schemas give them; a history with its replay). */
    keep?: (table: TableName, records: unknown[], replayed: IncidentRecord | null) => void;
  } = {},
): Promise<StreamedCheck> {
  const { pendingEvents: pendingLimit = PENDING_EVENTS, keep } = options;
  const { verify, pause } = typeof verifier === 'function' ? { verify: verifier, pause: () => Promise.resolve() } : verifier;
  const verdict = new Verdict();
  let header: CheckedHeader | null = null;
  let tableIndex = 0;
  let inTable = 0;
  let total = 0;
  let read = 0;
  let reported = 0;
  const units: string[] = [];
  const installations: InstallationRecord[] = [];
  const keys = new Map<string, { publicKey: string; trusted: boolean }>() satisfies KeyRing;
  const heads = new Map<string, HeadsRecord['heads']>();
  const ids: Record<TableName, Set<string>> = { installations: new Set(), heads: new Set(), events: new Set(), subjects: new Set(), attachmentFiles: new Set() };
  const histories = new Set<string>();
  const erased = new Set<string>();
  const pending: { historyId: string; events: TimelineEvent[]; asked: Map<string, Promise<boolean>> }[] = [];
  let pendingEvents = 0;

  const settleOldest = async () => {
    const oldest = pending.shift()!;
    pendingEvents -= oldest.events.length;
    const problem = await signatureProblem(oldest.events, keys, verify, oldest.asked);
    // Unsigned events are old ones (before histories were signed); the restore says so. Anything else is forged.
    if (problem && problem.kind !== 'unsigned') verdict.note(RANK.signature, importFailure('bad-signature', `${oldest.historyId}: ${problem.kind} ${problem.eventId}`));
  };

  const duplicates = (table: TableName, records: readonly { id: string }[]) => {
    for (const { id } of records) {
      if (ids[table].has(id)) verdict.note(RANK.reference, importFailure('duplicate-id', `${table}: ${id}`));
      ids[table].add(id);
    }
  };

  const dangling = (table: TableName, records: readonly { id: string; incidentId: string }[]) => {
    const orphan = records.find((record) => record.incidentId === SETTINGS_HISTORY_ID || !histories.has(record.incidentId));
    if (orphan) verdict.note(RANK.reference, importFailure('dangling-reference', `${table}: ${orphan.id} → ${orphan.incidentId}`));
  };

  const history = async (events: TimelineEvent[]) => {
    const historyId = events[0]!.incidentId;
    if (histories.has(historyId)) {
      verdict.note(RANK.record, importFailure('invalid-record', `events: the events of ${historyId} are not together`));
      return;
    }
    histories.add(historyId);
    duplicates('events', events);
    for (const id of erasedIn(events)) erased.add(id);
    if (verdict.matters(RANK.chain)) {
      const recorded = heads.get(historyId);
      if (!recorded) verdict.note(RANK.chain, importFailure('broken-chain', `${historyId}: no recorded last event`));
      else verdict.note(RANK.chain, await findBrokenChain(events, digest, { [historyId]: recorded }));
    }
    if (verdict.matters(RANK.signature)) {
      pending.push({ historyId, events, asked: signatureChecks(events, keys, verify) });
      pendingEvents += events.length;
    }
    const replayed: IncidentRecord[] = [];
    if (verdict.matters(RANK.replay)) {
      verdict.note(RANK.replay, historyId === SETTINGS_HISTORY_ID ? settingsReplayFailure(events) : incidentReplayFailure(events, replayed));
    }
    keep?.('events', events, replayed[0] ?? null);
    while (pendingEvents > pendingLimit) await settleOldest();
    if (histories.size % HISTORIES_BETWEEN_PAUSES === 0) await pause();
  };

  const unit = async (current: Unit) => {
    const table = current.table as TableName;
    const valid = validUnit<never>(current, inTable);
    inTable += current.records.length;
    if (!valid.ok) return verdict.note(RANK.record, valid.error);
    if (table !== 'events') keep?.(table, valid.value, null);
    if (table === 'installations') {
      const records = valid.value as InstallationRecord[];
      duplicates(table, records);
      installations.push(...records);
      for (const record of records) keys.set(record.id, { publicKey: record.publicKey, trusted: true });
    } else if (table === 'heads') {
      const records = valid.value as HeadsRecord[];
      duplicates(table, records);
      for (const record of records) heads.set(record.id, record.heads);
    } else if (table === 'events') {
      await history(valid.value as TimelineEvent[]);
    } else if (table === 'subjects') {
      const records = valid.value as Subject[];
      duplicates(table, records);
      dangling(table, records);
    } else {
      const records = valid.value as AttachmentFileRecord[];
      duplicates(table, records);
      dangling(table, records);
      if (!verdict.matters(RANK.document)) return;
      for (const file of records) {
        const bytes = fromBase64(file.base64);
        if (!bytes || (await sha256OfBytes(bytes, digest)) !== file.sha256) verdict.note(RANK.document, importFailure('invalid-document', `attachmentFiles: ${file.id}`));
      }
    }
  };

  /** After the keys: each installation's own signature, and the file's by the installation that wrote it. */
  const keysRead = async (checked: CheckedHeader) => {
    for (const record of installations) {
      if (await installationRecordHolds(record, digest, verify)) continue;
      verdict.note(RANK.signature, importFailure('bad-signature', `installation ${record.id}`));
      break;
    }
    const { meta, manifest } = checked;
    verdict.note(RANK.file, await fileSignatureFailure(meta, manifest, installations, digest, verify));
  };

  try {
    for await (const item of readUnits(typeof source === 'string' ? [source] : source, digest, true)) {
      if (item.kind === 'header') {
        const checked = checkHeader({ ...item.file, tables: {} });
        if (!checked.ok) return { whole: false, result: checked };
        if (checked.value.formatVersion < 2 || checked.value.schemaVersion !== SCHEMA_VERSION) return { whole: true };
        header = checked.value;
        total = item.total;
        onProgress('check', 0, total);
      } else if (item.kind === 'unit') {
        // The tables in their order, each once: a reader holds the keys and heads before the events.
        if (item.unit.table !== tableNames[tableIndex]) {
          return { whole: false, result: { ok: false, error: importFailure('invalid-record', `tables: ${item.unit.table}`) } };
        }
        units.push(item.unit.digest);
        read += item.unit.records.length;
        await unit(item.unit);
        if (read - reported >= PROGRESS_EVERY) onProgress('check', (reported = read), total);
      } else if (item.kind === 'table-end') {
        const { table, count, sha256 } = item.read!;
        if (table !== tableNames[tableIndex]) {
          return { whole: false, result: { ok: false, error: importFailure('invalid-record', `tables: ${table}`) } };
        }
        const expected = header!.manifest.tables[table];
        if (!expected || expected.count !== count) {
          verdict.note(RANK.manifest, importFailure('manifest-mismatch', `${table}: ${count} records, manifest ${expected?.count ?? 'none'}`));
        } else if (expected.sha256 !== sha256) verdict.note(RANK.manifest, importFailure('manifest-mismatch', `${table}: SHA-256 differs`));
        if (table === 'installations') await keysRead(header!);
        if (table === 'events') {
          // A history whose every event is gone still has its heads: the whole chain was deleted.
          for (const [id, recorded] of heads) {
            if (!histories.has(id) && Object.keys(recorded).length > 0) verdict.note(RANK.chain, importFailure('broken-chain', `${id}: truncated at #1`));
          }
        }
        tableIndex++;
        inTable = 0;
      } else if (tableIndex < tableNames.length) {
        return { whole: false, result: { ok: false, error: importFailure('invalid-record', `tables: ${tableNames[tableIndex]}`) } };
      }
    }
  } catch (error) {
    if (error instanceof LayoutError) return { whole: true };
    if (error instanceof TruncatedFile) return { whole: false, result: { ok: false, error: importFailure('truncated', 'the file ends inside a table') } };
    if (error instanceof UnitError) {
      verdict.note(RANK.manifest, error.failure);
      return { whole: false, result: { ok: false, error: verdict.error! } };
    }
    throw error;
  }
  onProgress('signatures', 0, pendingEvents);
  const waiting = pendingEvents;
  while (pending.length > 0) {
    await settleOldest();
    onProgress('signatures', waiting - pendingEvents, waiting);
  }
  if (verdict.error) return { whole: false, result: { ok: false, error: verdict.error } };
  const counts = Object.fromEntries(tableNames.map((name) => [name, ids[name].size])) as Record<TableName, number>;
  return {
    whole: false,
    result: { ok: true, value: { header: header!.meta, units, erased: [...erased], counts: { ...counts, histories: histories.size } } },
  };
}

import type { z } from 'zod';
import { CanonicalJsonError } from '../../canonical';
import { verifyTimeline, type ChainHead, type Digest } from '../../chain';
import type { TimelineEvent } from '../events';
import { importFailure, type ImportFailure, type ImportResult } from './errors';

// The checks a backup and an evidence bundle share. Each returns a failure or null; the first
// failure stops the import before anything is written.

export { parseWhole as parseJson } from './lines';

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Hashes what a file holds. JSON.parse reads 1e400 as Infinity and nests as deep as the file
 * does; canonical JSON refuses both, and that refusal is a malformed record, not a crash.
 */
export async function hashed<T>(where: string, hash: () => Promise<T>): Promise<ImportResult<T>> {
  try {
    return { ok: true, value: await hash() };
  } catch (error) {
    if (!(error instanceof CanonicalJsonError)) throw error;
    return { ok: false, error: importFailure('invalid-record', `${where}: ${error.message}`) };
  }
}

/** A record against its schema; a failure is named with the record's place and the field's path. */
export function validateRecord<T>(schema: z.ZodType<T>, record: unknown, table: string, index: number): ImportResult<T> {
  const result = schema.safeParse(record);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const path = issue ? issue.path.map(String).join('.') : '';
  return { ok: false, error: importFailure('invalid-record', `${table}[${index}]${path ? `.${path}` : ''}: ${issue?.message ?? 'invalid'}`) };
}

/** Every record against its schema; the first that fails is named with its path. */
export function validateRecords<T>(schema: z.ZodType<T>, records: readonly unknown[], table: string): ImportResult<T[]> {
  const valid: T[] = [];
  for (const [index, record] of records.entries()) {
    const result = validateRecord(schema, record, table, index);
    if (!result.ok) return result;
    valid.push(result.value);
  }
  return { ok: true, value: valid };
}

export function findDuplicateId(records: readonly { id: string }[], table: string): ImportFailure | null {
  const seen = new Set<string>();
  for (const record of records) {
    if (seen.has(record.id)) return importFailure('duplicate-id', `${table}: ${record.id}`);
    seen.add(record.id);
  }
  return null;
}

export function findDanglingReference(
  incidentIds: ReadonlySet<string>,
  children: Record<string, readonly { id: string; incidentId: string }[]>,
): ImportFailure | null {
  for (const [table, records] of Object.entries(children)) {
    const orphan = records.find((record) => !incidentIds.has(record.incidentId));
    if (orphan) return importFailure('dangling-reference', `${table}: ${orphan.id} → ${orphan.incidentId}`);
  }
  return null;
}

/** Every chain complete from its first link, and (where the file records them) ending at its heads. */
export async function findBrokenChain(
  events: readonly TimelineEvent[],
  digest: Digest,
  heads?: Readonly<Record<string, Readonly<Record<string, ChainHead>>>>,
  pause?: () => Promise<void>,
): Promise<ImportFailure | null> {
  const verdict = await verifyTimeline(events, digest, { ...(heads && { heads }), ...(pause && { pause }) });
  if (verdict.ok) return null;
  const { broken } = verdict;
  return importFailure('broken-chain', `${broken.incidentId}: ${broken.problem} at #${broken.seq}${broken.eventId ? ` (${broken.eventId})` : ''}`);
}

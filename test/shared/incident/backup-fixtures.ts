import { canonicalJson } from '../../../shared/canonical';
import { sha256OfText, signHash } from '../../../shared/chain';
import type { parseBackup} from '../../../shared/incident/backup';
import { BACKUP_FORMAT, SCHEMA_VERSION, SEGMENT_RECORDS, serializeBackup, tableDigest, type Tables } from '../../../shared/incident/backup';
import { backupSignedPart, type BackupHeader, type Manifest } from '../../../shared/incident/backup/format';
import { sealEvent } from '../../../shared/incident/seal';
import { digest, Recorder, sampleRecord } from './fixtures';

// The files the backup tests read: a signed sample record, written as a backup by its maker.

export const meta = { exportedAt: '2026-06-01T08:00:00.000Z', installationId: 'installation-a', appVersion: '0.1.0', reason: 'user' as const };

/** The installation that writes the files of a test: the sample record's, which signs them. */
let maker: Recorder;

/** The maker of the last sample. */
export const lastMaker = (): Recorder => maker;

export async function backupText(tables: Tables, by: Recorder = maker): Promise<string> {
  return (await serializeBackup({ ...tables }, meta, digest, await by.sign())).join('');
}

/**
 * A history whose chain links and whose events are signed, but which cannot be replayed: a notice
 * corrected that was never recorded. The events to add, and the file's heads and keys with it.
 */
export async function unreplayable(tables: Tables) {
  const r = new Recorder('installation-forger');
  const incident = await r.create('Falsk', '2026-03-02T07:30:00.000Z');
  const forged = await sealEvent(
    { kind: 'notice-corrected', payload: { notificationId: 'nothing', changes: { reference: 'AR1' }, reason: 'x' } },
    { eventId: 'forged', historyId: incident.id, installationId: r.installationId, meta: r.meta(), head: incident.heads[r.installationId]! },
    digest,
  );
  return {
    events: [...r.events, forged],
    heads: [...tables.heads, { id: incident.id, heads: { [r.installationId]: { seq: forged.seq, hash: forged.hash } } }],
    installations: [...tables.installations, ...(await r.signedTables()).installations],
  };
}

export async function sample() {
  maker = await sampleRecord();
  const tables = await maker.signedTables();
  return { tables, text: await backupText(tables) };
}

/** The history a file holds, refusing anything else. */
export function historyOf(result: Awaited<ReturnType<typeof parseBackup>>): Tables {
  if (!result.ok) throw new Error(result.error.detail ?? result.error.code);
  if (result.value.content.kind !== 'history') throw new Error('expected a history');
  return result.value.content.tables;
}


/**
 * A file written as given, in Avvik's line layout: the tables in the order of `tables`' keys and
 * every record where it is, with a true manifest and the maker's signature. For the files Avvik's
 * writer never makes: an older format version, a history in two places.
 */
export async function writtenAsIs(tables: Readonly<Record<string, readonly unknown[]>>, formatVersion: number, by: Recorder = maker): Promise<string> {
  const manifest: Manifest = { algorithm: 'SHA-256', segmentRecords: SEGMENT_RECORDS, tables: {} };
  for (const [name, records] of Object.entries(tables)) manifest.tables[name] = { count: records.length, sha256: await tableDigest(records, digest) };
  const header: Omit<BackupHeader, 'signature'> = { format: BACKUP_FORMAT, formatVersion: formatVersion as 1 | 2, schemaVersion: SCHEMA_VERSION, ...meta };
  const signature = await signHash(await sha256OfText(backupSignedPart(header, manifest), digest), await by.sign());
  const names = Object.keys(tables);
  const body = names.flatMap((name, t) => {
    const records = tables[name]!.map((record, i, all) => `${canonicalJson(record)}${i < all.length - 1 ? ',' : ''}`);
    return [`${JSON.stringify(name)}:[`, ...records, t < names.length - 1 ? '],' : ']'];
  });
  return [`${canonicalJson({ ...header, signature }).slice(0, -1)},`, `"manifest":${canonicalJson(manifest)},`, '"tables":{', ...body, '}}', ''].join('\n');
}

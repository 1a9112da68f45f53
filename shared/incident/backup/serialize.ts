import { sha256OfText, signHash, type Digest, type Sign } from '../../chain';
import { canonicalJson } from '../../canonical';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, SCHEMA_VERSION, backupSignedPart, tableNames, type BackupHeader, type Manifest } from './format';
import { SEGMENT_RECORDS, TableDigest } from './manifest';

// Writes a backup as text pieces: a file of a million events is never one string in memory, and a
// writer that reads the record in slices hands each slice over and lets it go. One record per line
// keeps it readable and diffable. Format version 2: the tables in the order of `tableNames` (any
// others after them), each history's events together (histories by id, each installation's chain
// in order), every other table by id. A reader can then check and restore a file one history at a
// time. The header comes first in the file but holds the manifest of every table, so it is written
// last: the pieces are emitted as the records come, and the header is put before them.

export type BackupMeta = Omit<BackupHeader, 'format' | 'formatVersion' | 'schemaVersion' | 'signature'> & { schemaVersion?: number };

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** The file's order of every table but the events. (IndexedDB orders string keys the same way.) */
export const byId = (a: unknown, b: unknown): number => compare(String((a as { id?: unknown }).id), String((b as { id?: unknown }).id));

type Positioned = { incidentId?: unknown; installationId?: unknown; seq?: unknown; id?: unknown };

/** The events' order: by history, then by installation and place in its chain (id last, for events without one). */
export const byHistory = (a: unknown, b: unknown): number => {
  const x = a as Positioned;
  const y = b as Positioned;
  return (
    compare(String(x.incidentId), String(y.incidentId)) ||
    compare(String(x.installationId), String(y.installationId)) ||
    Number(x.seq) - Number(y.seq) ||
    byId(a, b)
  );
};

/** The tables in the file's order: the known ones first, in `tableNames`' order. */
function fileOrder(names: readonly string[]): string[] {
  const known = tableNames.filter((name) => names.includes(name));
  return [...known, ...names.filter((name) => !(known as readonly string[]).includes(name))];
}

interface OpenTable {
  name: string;
  digest: TableDigest;
}

/**
 * A backup written as it is given: `table(name)`, then its records in the file's order, table by
 * table; then `finish` gives the header to put before everything emitted. Nothing here awaits
 * before `finish` (see TableDigest), so a caller may write inside an IndexedDB transaction.
 */
export class BackupWriter {
  private readonly done: OpenTable[] = [];
  private open: OpenTable | null = null;
  private closed = false;

  constructor(
    private readonly digest: Digest,
    /** Receives the text after the header, piece by piece, in order. */
    private readonly emit: (text: string) => void,
  ) {}

  table(name: string): void {
    if (this.closed) throw new Error('the backup is finished');
    if (this.done.some((table) => table.name === name) || this.open?.name === name) throw new Error(`table ${name} is written twice`);
    this.close(',');
    this.open = { name, digest: new TableDigest(this.digest) };
    this.emit(`${JSON.stringify(name)}:[\n`);
  }

  /** The open table's next records, in the file's order. */
  records(records: readonly unknown[]): void {
    const table = this.open;
    if (!table) throw new Error('records before a table');
    if (records.length === 0) return;
    const text: string[] = [];
    for (const record of records) {
      const json = canonicalJson(record);
      // Records are separated by ",\n"; the manifest hashes each as its own line.
      text.push(table.digest.count > 0 ? `,\n${json}` : json);
      table.digest.add(`${json}\n`);
    }
    this.emit(text.join(''));
  }

  /** The header (with the manifest of what was written, signed when `sign` is given) to put first. */
  async finish(meta: BackupMeta, sign?: Sign): Promise<string> {
    this.close('');
    this.emit('}}\n');
    this.closed = true;
    const manifest: Manifest = { algorithm: 'SHA-256', segmentRecords: SEGMENT_RECORDS, tables: {} };
    for (const table of this.done) manifest.tables[table.name] = { count: table.digest.count, sha256: await table.digest.close() };
    const header: Omit<BackupHeader, 'signature'> = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: meta.schemaVersion ?? SCHEMA_VERSION,
      exportedAt: meta.exportedAt,
      installationId: meta.installationId,
      appVersion: meta.appVersion,
      reason: meta.reason,
    };
    const signature = sign ? { signature: await signHash(await sha256OfText(backupSignedPart(header, manifest), this.digest), sign) } : {};
    return `${canonicalJson({ ...header, ...signature }).slice(0, -1)},\n"manifest":${canonicalJson(manifest)},\n"tables":{\n`;
  }

  /** Ends the open table, followed by `after` (a comma when another table follows). */
  private close(after: string): void {
    const table = this.open;
    if (!table) return;
    this.emit(`${table.digest.count > 0 ? '\n' : ''}]${after}\n`);
    this.done.push(table);
    this.open = null;
  }
}

/** A whole backup of the tables given (each sorted here) as text pieces, the header first. */
export async function serializeBackup(
  tables: Readonly<Record<string, readonly unknown[]>>,
  meta: BackupMeta,
  digest: Digest,
  /** The writing installation's signing (meta.installationId's key); the file is signed when given. */
  sign?: Sign,
  /** Records written so far, of all the tables' records. */
  onProgress: (done: number, total: number) => void = () => {},
): Promise<string[]> {
  const names = fileOrder(Object.keys(tables));
  const chunks: string[] = [];
  const writer = new BackupWriter(digest, (text) => chunks.push(text));
  const total = names.reduce((sum, name) => sum + tables[name]!.length, 0);
  let done = 0;
  onProgress(0, total);
  for (const name of names) {
    const sorted = [...tables[name]!].sort(name === 'events' ? byHistory : byId);
    writer.table(name);
    for (let start = 0; start < sorted.length; start += SEGMENT_RECORDS) {
      writer.records(sorted.slice(start, start + SEGMENT_RECORDS));
      onProgress((done += Math.min(SEGMENT_RECORDS, sorted.length - start)), total);
    }
  }
  return [await writer.finish(meta, sign), ...chunks];
}

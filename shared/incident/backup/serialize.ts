import { sha256OfText, signHash, type Digest, type Sign } from '../../chain';
import { canonicalJson } from '../../canonical';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, SCHEMA_VERSION, backupSignedPart, tableNames, type BackupHeader, type Manifest } from './format';
import { canonicalLines, digestLines, SEGMENT_RECORDS } from './manifest';

// Writes a backup as text chunks (join them, or hand them to a Blob): a file of a million events
// is never one string in memory. One record per line keeps it readable and diffable. Format
// version 2: the tables in the order of `tableNames` (any others after them, as given), each
// history's events together (histories by id, each installation's chain in order), every other
// table by id. A reader can then check and restore a file one history at a time.

export type BackupMeta = Omit<BackupHeader, 'format' | 'formatVersion' | 'schemaVersion' | 'signature'> & { schemaVersion?: number };

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

const byId = (a: unknown, b: unknown): number => compare(String((a as { id?: unknown }).id), String((b as { id?: unknown }).id));

type Positioned = { incidentId?: unknown; installationId?: unknown; seq?: unknown; id?: unknown };

/** Events by history, then by installation and place in its chain (id last, for events without one). */
const byHistory = (a: unknown, b: unknown): number => {
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
  const lines: Record<string, string[]> = {};
  const manifest: Manifest = { algorithm: 'SHA-256', segmentRecords: SEGMENT_RECORDS, tables: {} };
  const total = names.reduce((sum, name) => sum + tables[name]!.length, 0);
  let done = 0;
  onProgress(0, total);
  for (const name of names) {
    const sorted = [...tables[name]!].sort(name === 'events' ? byHistory : byId);
    const tableLines: string[] = [];
    for (let start = 0; start < sorted.length; start += SEGMENT_RECORDS) {
      tableLines.push(...canonicalLines(sorted.slice(start, start + SEGMENT_RECORDS)));
      onProgress((done += Math.min(SEGMENT_RECORDS, sorted.length - start)), total);
    }
    lines[name] = tableLines;
    manifest.tables[name] = { count: sorted.length, sha256: await digestLines(tableLines, digest) };
  }
  const header: Omit<BackupHeader, 'signature'> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion ?? SCHEMA_VERSION,
    exportedAt: meta.exportedAt,
    installationId: meta.installationId,
    appVersion: meta.appVersion,
    reason: meta.reason,
  };
  const signature = sign ? { signature: await signHash(await sha256OfText(backupSignedPart(header, manifest), digest), sign) } : {};
  const chunks = [`${canonicalJson({ ...header, ...signature }).slice(0, -1)},\n"manifest":${canonicalJson(manifest)},\n"tables":{\n`];
  names.forEach((name, t) => {
    chunks.push(`${JSON.stringify(name)}:[\n`);
    const tableLines = lines[name]!;
    // canonicalLines end in "\n"; records are separated by ",\n".
    tableLines.forEach((line, i) => chunks.push(i < tableLines.length - 1 ? `${line.slice(0, -1)},\n` : line));
    chunks.push(t < names.length - 1 ? '],\n' : ']\n');
  });
  chunks.push('}}\n');
  return chunks;
}

import { canonicalJson } from '../../canonical';
import { sha256OfText, type Digest } from '../../chain/digest';

// The hash manifest of a table. A table of a million events is too large to hash as one string,
// so records are hashed in segments:
//   line      = canonicalJson(record) + "\n"
//   segment   = SHA-256(UTF-8 of up to SEGMENT_RECORDS consecutive lines)   (hex)
//   table     = SHA-256(UTF-8 of every segment's hex digest + "\n")         (hex)
// An empty table hashes the empty string. Records are in file order (see serialize.ts).

export const SEGMENT_RECORDS = 4096;

export function canonicalLines(records: readonly unknown[]): string[] {
  return records.map((record) => `${canonicalJson(record)}\n`);
}

export async function digestLines(lines: readonly string[], digest: Digest, segmentRecords = SEGMENT_RECORDS): Promise<string> {
  const segments: string[] = [];
  for (let start = 0; start < lines.length; start += segmentRecords) {
    segments.push(await sha256OfText(lines.slice(start, start + segmentRecords).join(''), digest));
  }
  return sha256OfText(segments.map((hash) => `${hash}\n`).join(''), digest);
}

export async function tableDigest(records: readonly unknown[], digest: Digest, segmentRecords = SEGMENT_RECORDS): Promise<string> {
  const segments: string[] = [];
  for (let start = 0; start < records.length; start += segmentRecords) {
    const text = canonicalLines(records.slice(start, start + segmentRecords)).join('');
    segments.push(await sha256OfText(text, digest));
  }
  return sha256OfText(segments.map((hash) => `${hash}\n`).join(''), digest);
}

import { canonicalJson } from '../../canonical';
import { sha256OfText, type Digest } from '../../chain/digest';

// The hash manifest of a table. A table of a million events is too large to hash as one string,
// so records are hashed in segments:
//   line      = canonicalJson(record) + "\n"
//   segment   = SHA-256(UTF-8 of up to SEGMENT_RECORDS consecutive lines)   (hex)
//   table     = SHA-256(UTF-8 of every segment's hex digest + "\n")         (hex)
// An empty table hashes the empty string. Records are in file order (see serialize.ts).

export const SEGMENT_RECORDS = 4096;

/**
 * A table's manifest digest, worked out as its lines go by (a reader checking a file, a writer
 * writing one). Each segment's hash is asked for as soon as the segment is whole and only awaited
 * by `close`: a writer can add lines inside an IndexedDB transaction, which ends at the first await
 * of anything but its own requests.
 */
export class TableDigest {
  private segments: Promise<string>[] = [];
  private lines: string[] = [];
  count = 0;
  constructor(
    private readonly digest: Digest,
    private readonly segmentRecords: number = SEGMENT_RECORDS,
  ) {}

  /** The next record's line: its canonical JSON and "\n". */
  add(line: string): void {
    this.lines.push(line);
    this.count++;
    if (this.lines.length >= this.segmentRecords) this.flush();
  }

  /** Waits for the segments asked for so far (a caller that wants no more than one in hand). */
  async settled(): Promise<void> {
    await Promise.all(this.segments);
  }

  async close(): Promise<string> {
    this.flush();
    const segments = await Promise.all(this.segments);
    return sha256OfText(segments.map((hash) => `${hash}\n`).join(''), this.digest);
  }

  private flush(): void {
    if (this.lines.length === 0) return;
    const segment = sha256OfText(this.lines.join(''), this.digest);
    // Awaited by close; a digest given up before then must not leave a rejection unheard.
    segment.catch(() => {});
    this.segments.push(segment);
    this.lines = [];
  }
}

export async function tableDigest(records: readonly unknown[], digest: Digest, segmentRecords = SEGMENT_RECORDS): Promise<string> {
  const table = new TableDigest(digest, segmentRecords);
  for (const record of records) {
    table.add(`${canonicalJson(record)}\n`);
    if (table.count % segmentRecords === 0) await table.settled();
  }
  return table.close();
}

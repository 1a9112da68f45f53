// A large file built as it is written, in parts held as Blobs: the data of a Blob lives in the
// browser's blob storage, not in the page's (or the worker's) memory, so a file of any size costs
// the writer about one part. A file to be encrypted has its parts sealed with a key that exists only
// in this thread and dies with it, so the plain text is never in the blob storage, which the
// browser writes to disk when it fills.

/** About 4 MiB of text per part. */
const PART_CHARS = 4 * 1024 * 1024;
const IV_BYTES = 12;

export class FileParts {
  private pending: string[] = [];
  private chars = 0;
  private bytes = 0;
  private readonly parts: Promise<Blob>[] = [];

  private constructor(
    private readonly key: CryptoKey | null,
    private readonly partChars: number,
  ) {}

  /** Parts kept as they are written. */
  static plain(partChars = PART_CHARS): FileParts {
    return new FileParts(null, partChars);
  }

  /** Parts sealed with a key made here (AES-GCM, not extractable), opened again by `read`. */
  static async sealed(partChars = PART_CHARS): Promise<FileParts> {
    return new FileParts(await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']), partChars);
  }

  /**
   * The next text of the file, whole characters (each text may be encoded on its own: a surrogate
   * pair split between two would not survive). Never awaits (a caller may be inside an IndexedDB
   * transaction).
   */
  readonly add = (text: string): void => {
    this.pending.push(text);
    this.chars += text.length;
    if (this.chars >= this.partChars) this.flush();
  };

  /** The size of the text written so far, in UTF-8 bytes (known once `end` has been called). */
  get size(): number {
    return this.bytes;
  }

  /** Every part as it is stored, once the last one is. */
  async end(): Promise<Blob[]> {
    this.flush();
    return Promise.all(this.parts);
  }

  /** A stored part's text as UTF-8 bytes. */
  async read(part: Blob): Promise<Uint8Array> {
    const stored = new Uint8Array(await part.arrayBuffer());
    if (!this.key) return stored;
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: stored.subarray(0, IV_BYTES) }, this.key, stored.subarray(IV_BYTES)));
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const texts = this.pending;
    this.pending = [];
    this.chars = 0;
    if (!this.key) {
      // The browser encodes the texts as UTF-8 as it takes them in: no joined copy, no bytes here.
      const part = new Blob(texts);
      this.bytes += part.size;
      this.parts.push(Promise.resolve(part));
      return;
    }
    const bytes = new TextEncoder().encode(texts.join(''));
    this.bytes += bytes.length;
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const part = crypto.subtle.encrypt({ name: 'AES-GCM', iv }, this.key, bytes).then((sealed) => new Blob([iv, sealed]));
    // Awaited by end; a file given up before then must not leave a rejection unheard.
    part.catch(() => {});
    this.parts.push(part);
  }
}

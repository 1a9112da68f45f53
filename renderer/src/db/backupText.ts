import type { TextSource } from '../../../shared/incident/backup/lines';

// A file's bytes as the text a backup is read from. UTF-8 only: anything else is not a file Avvik
// wrote, and the user is told so (NotTextError) rather than shown a parse error.

export class NotTextError extends Error {
  constructor() {
    super('the file is not UTF-8 text');
  }
}

/** Above this, the text is handed over in pieces: a JavaScript string stops at about 512 MiB. */
const WHOLE_TEXT_LIMIT = 128 * 1024 * 1024;
const PIECE = 4 * 1024 * 1024;

function* pieces(bytes: Uint8Array, piece: number): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let start = 0; start < bytes.length; start += piece) {
      yield decoder.decode(bytes.subarray(start, start + piece), { stream: start + piece < bytes.length });
    }
  } catch (error) {
    if (error instanceof TypeError) throw new NotTextError();
    throw error;
  }
}

/** The bytes decoded as one string. Throws NotTextError. */
export function wholeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotTextError();
  }
}

/** The bytes decoded: one string for an ordinary file, pieces for a very large one. Throws NotTextError. */
export function textOf(bytes: Uint8Array, wholeLimit = WHOLE_TEXT_LIMIT, piece = PIECE): TextSource {
  return bytes.length > wholeLimit ? pieces(bytes, piece) : wholeText(bytes);
}

/**
 * Bytes read as text, a piece at a time (a file of any size). Throws NotTextError, as the reading
 * reaches it, for bytes that are not UTF-8.
 */
export async function* streamText(bytes: ReadableStream<BufferSource>): AsyncGenerator<string> {
  const reader = bytes.pipeThrough(new TextDecoderStream('utf-8', { fatal: true })).getReader();
  try {
    for (;;) {
      let step: ReadableStreamReadResult<string>;
      try {
        step = await reader.read();
      } catch (error) {
        if (error instanceof TypeError) throw new NotTextError();
        throw error;
      }
      if (step.done) return;
      yield step.value;
    }
  } finally {
    reader.releaseLock();
  }
}

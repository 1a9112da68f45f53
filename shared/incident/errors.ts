// Errors a user can meet, with a message they can act on in their language. Thrown inside the
// renderer; across a boundary only `{ code, text, detail }` travels (see `toRecordFailure`).

export interface LocalText {
  nb: string;
  en: string;
}

export class RecordError<Code extends string = string> extends Error {
  override name = 'RecordError';
  constructor(
    readonly code: Code,
    readonly text: LocalText,
    /** Technical detail for support (which record, which field), in English. */
    readonly detail: string | null = null,
  ) {
    super(`${code}: ${text.en}${detail ? ` (${detail})` : ''}`);
  }
}

export interface RecordFailure<Code extends string = string> {
  code: Code;
  text: LocalText;
  detail: string | null;
}

export function toRecordFailure<Code extends string>(error: RecordError<Code>): RecordFailure<Code> {
  return { code: error.code, text: error.text, detail: error.detail };
}

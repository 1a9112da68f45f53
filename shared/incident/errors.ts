import { translate, type Lang } from '../i18n';
import type { nb as errorMessages } from '../i18n/messages/errors';

// Errors a user can meet. The domain and the repository say WHAT went wrong, as a code and the
// values the message needs; the screen words it in the user's language (shared/i18n/messages/
// errors.ts), so no sentence is built where the record is kept.

export interface LocalText {
  nb: string;
  en: string;
}

/** Every error the record can refuse with: one message each. */
export type RecordErrorCode = keyof typeof errorMessages extends `error.${infer Code}` ? Code : never;

/** A value for the message: a number or a string as it is, or a text of its own in both languages. */
export type ErrorParams = Record<string, string | number | LocalText>;

export class RecordError<Code extends RecordErrorCode = RecordErrorCode> extends Error {
  override name = 'RecordError';
  constructor(
    readonly code: Code,
    readonly params: ErrorParams = {},
    /** Technical detail for support (which record, which field), in English. */
    readonly detail: string | null = null,
  ) {
    // The English words for logs and developers; a screen words it with recordErrorText.
    super(`${code}: ${recordErrorText({ code, params }, 'en')}${detail ? ` (${detail})` : ''}`);
  }
}

/**
 * A failure returned rather than thrown, with its words in both languages: opening the database
 * and reading a backup or evidence file, which keep their own message tables.
 */
export interface RecordFailure<Code extends string = string> {
  code: Code;
  text: LocalText;
  detail: string | null;
}

/** A refusal in words, in `lang`. */
export function recordErrorText(failure: Pick<RecordError, 'code' | 'params'>, lang: Lang): string {
  const params = Object.fromEntries(
    Object.entries(failure.params).map(([name, value]) => [name, typeof value === 'object' ? value[lang] : value]),
  );
  return translate(lang, `error.${failure.code}`, params);
}

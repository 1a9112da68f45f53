// Characters that are never part of a name, an address or a sentence someone wrote, but change
// how text reads or compares. One list, used wherever text enters the record or leaves it in a
// document:
// - control characters (C0 but tab and line breaks, DEL, C1), NUL among them: garbage in a PDF,
//   and NUL ends a string in the tools a printed letter or an export may pass through;
// - bidirectional formatting (embeddings and overrides U+202A–202E, isolates U+2066–2069, the
//   marks U+200E, U+200F, U+061C): "Kari\u202Efdp.exe" shows other text than it stores;
// - invisible characters (zero-width space, non-joiner and joiner U+200B–200D, word joiner and
//   invisible operators U+2060–2064, U+FEFF): two names that look the same compare different, so
//   a duplicate check and a search miss them;
// - half a surrogate pair: not text at all, and jsPDF cannot encode it.
//
// Two ways to deal with them, chosen by where the text comes from:
// - refuse (findUnsafeCharacter) where a person can correct the source and a silent change would
//   alter data about someone: a CSV row naming a person is refused with the line, the column and
//   the character, and the user fixes the file;
// - remove (singleLine, multiLine, documentText) in free text typed or pasted into the app, where
//   the user cannot see the character and refusing would only block them: the invisible ones go,
//   control characters become spaces. Nothing visible is lost: Norwegian, Sámi, Polish and other
//   left-to-right text never needs them, and right-to-left script still reads right without
//   explicit marks.

// The ranges are written as escapes and joined into RegExps, so no literal control character is in this file.
const CONTROL = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
const BIDI = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const INVISIBLE = '\\u200B-\\u200D\\u2060-\\u2064\\uFEFF';
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

const UNSAFE = new RegExp(`[${CONTROL}${BIDI}${INVISIBLE}]|${LONE_SURROGATE}`);
const UNSAFE_IN_DOCUMENT = new RegExp(`[\\r\\u2028\\u2029${CONTROL}${BIDI}${INVISIBLE}]|${LONE_SURROGATE}`);
const FORMATTING = new RegExp(`[${BIDI}${INVISIBLE}]|${LONE_SURROGATE}`, 'g');
const CONTROL_ALL = new RegExp(`[\\t\\n\\r${CONTROL}]`, 'g');
const CONTROL_BUT_NEWLINE = new RegExp(`[\\t\\r${CONTROL}]`, 'g');
const CONTROL_BUT_NEWLINE_AND_TAB = new RegExp(`[\\r${CONTROL}]`, 'g');
const KEPT_CONTROLS = { none: CONTROL_ALL, 'line-breaks': CONTROL_BUT_NEWLINE } as const;

export type UnsafeKind = 'control' | 'bidi' | 'invisible' | 'broken';

export interface UnsafeCharacter {
  /** Where it is, in UTF-16 code units from the start. */
  index: number;
  codePoint: number;
  kind: UnsafeKind;
}

export function unsafeKind(codePoint: number): UnsafeKind | null {
  if (
    (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a && codePoint !== 0x0d) ||
    (codePoint >= 0x7f && codePoint <= 0x9f)
  )
    return 'control';
  if (codePoint === 0x061c || codePoint === 0x200e || codePoint === 0x200f) return 'bidi';
  if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069))
    return 'bidi';
  if (
    (codePoint >= 0x200b && codePoint <= 0x200d) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    codePoint === 0xfeff
  )
    return 'invisible';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'broken';
  return null;
}

/**
 * The first character in `text` that has no place in it, or null. Tab and line breaks are
 * allowed: the callers fold them into spaces or keep them as the text's own lines.
 */
export function findUnsafeCharacter(text: string): UnsafeCharacter | null {
  if (!UNSAFE.test(text)) return null;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      index++; // a whole pair: an emoji or another character beyond the BMP
      continue;
    }
    const kind = unsafeKind(code);
    if (kind) return { index, codePoint: code, kind };
  }
  return null;
}

/** "U+202E", as character tables and editors name a character. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Without bidirectional formatting, invisible characters and broken surrogates. */
export function withoutFormatting(text: string): string {
  return text.replace(FORMATTING, '');
}

/**
 * Only what can be seen: everything unsafe removed, line breaks too unless asked to keep them (a
 * file name, a desktop notification). Removed rather than made spaces: the text is short and
 * machine-made, so a control character is never a word separator.
 */
export function visibleOnly(text: string, keep: keyof typeof KEPT_CONTROLS = 'none'): string {
  return withoutFormatting(text).replace(KEPT_CONTROLS[keep], '');
}

/** One line of free text (a title, a name): control characters and runs of space become one space. */
export function singleLine(text: string): string {
  return withoutFormatting(text).replace(CONTROL_ALL, ' ').replace(/\s+/g, ' ').trim();
}

/** Free text with its own lines (a description): line breaks kept as "\n", other controls become spaces. */
export function multiLine(text: string): string {
  return withoutFormatting(text.replace(/\r\n?|[\u2028\u2029]/g, '\n'))
    .replace(CONTROL_BUT_NEWLINE, ' ')
    .trim();
}

/**
 * Text as a document may print it: the last line of defence for whatever reached the record
 * before the checks at the door existed (an old backup, a settings field). Line breaks and tabs
 * stay for the layout to handle; nothing else invisible survives.
 */
export function documentText(text: string): string {
  if (!UNSAFE_IN_DOCUMENT.test(text)) return text;
  return withoutFormatting(text.replace(/\r\n?|[\u2028\u2029]/g, '\n')).replace(
    CONTROL_BUT_NEWLINE_AND_TAB,
    '',
  );
}

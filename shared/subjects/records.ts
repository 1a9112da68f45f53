// Reading one CSV record at a time. The same reader decides where a record ends and what its
// fields are, so the import can stop between any two records (to report progress, or to let a
// cancel in) without ever cutting one in two: a separate scan for "a safe place to cut", which
// counted every quote character, once disagreed with the parser about a quote inside an unquoted
// field (O"Brien) and cut a quoted address with a line break in half.
//
// The rules are RFC 4180's, with the leniency of Excel and other tools:
// - a field is quoted only when its first character is a quote; a quote anywhere else in an
//   unquoted field is just a character (Kari "Kiki" Nordmann);
// - in a quoted field, "" is one quote and line breaks are part of the value;
// - spaces between the closing quote and the delimiter are ignored;
// - other text after a closing quote makes the record malformed (the rest of the field is read
//   as it stands, so the damage stays in that record), and a quote never closed runs to the end
//   of the file and makes it unclosed: both are reported, never guessed at.
// The text reaches this reader with "\n" as its only line break.

export type RecordProblem = 'unclosed-quote' | 'malformed-quote';

export interface CsvRecord {
  fields: string[];
  /** Where the next record starts: after this one's line break, or the end of the text. */
  end: number;
  /** Line breaks inside quoted fields (the record spans that many more lines of the file). */
  innerLineBreaks: number;
  problem: RecordProblem | null;
}

const QUOTE = 34;
const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;

function lineBreaksIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Where an unquoted field starting at `from` ends: at the delimiter, the line break or the end. */
function fieldEnd(text: string, from: number, delimiter: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === delimiter || c === NEWLINE) return i;
    i++;
  }
  return i;
}

/** The record that starts at `start`, which must be the start of a line. */
export function readRecord(text: string, start: number, delimiter: string): CsvRecord {
  const delim = delimiter.charCodeAt(0);
  const fields: string[] = [];
  let innerLineBreaks = 0;
  let problem: RecordProblem | null = null;
  let pos = start;
  for (;;) {
    let value: string;
    let stop: number;
    if (text.charCodeAt(pos) === QUOTE) {
      value = '';
      let from = pos + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) {
          // Never closed: the rest of the file is this one value, and the record says so.
          innerLineBreaks += lineBreaksIn(text, from, text.length);
          fields.push(value + text.slice(from));
          return { fields, end: text.length, innerLineBreaks, problem: problem ?? 'unclosed-quote' };
        }
        innerLineBreaks += lineBreaksIn(text, from, quote);
        value += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += '"';
          from = quote + 2;
          continue;
        }
        let after = quote + 1;
        while (text.charCodeAt(after) === SPACE || (text.charCodeAt(after) === TAB && delim !== TAB)) after++;
        const next = text.charCodeAt(after);
        if (after >= text.length || next === delim || next === NEWLINE) {
          stop = after;
        } else {
          problem ??= 'malformed-quote';
          stop = fieldEnd(text, quote + 1, delim);
          value += text.slice(quote, stop);
        }
        break;
      }
    } else {
      stop = fieldEnd(text, pos, delim);
      value = text.slice(pos, stop);
    }
    fields.push(value);
    if (stop >= text.length) return { fields, end: text.length, innerLineBreaks, problem };
    if (text.charCodeAt(stop) === NEWLINE) return { fields, end: stop + 1, innerLineBreaks, problem };
    pos = stop + 1; // past the delimiter: the next field
  }
}

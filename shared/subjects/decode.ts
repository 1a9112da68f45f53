// A CSV file's bytes as text. Excel on Norwegian Windows saves "CSV (semikolonseparert)" in
// Windows-1252, "CSV UTF-8" with a byte order mark, and "Unicode-tekst" in UTF-16 LE; other tools
// write UTF-8 without a BOM. We read UTF-8 strictly and fall back to Windows-1252 when the bytes
// are not valid UTF-8, which is safe: text with æøå in Windows-1252 is never valid UTF-8.
//
// Pure code rather than TextDecoder: shared/ sees no DOM or Node types, and TextDecoder's support
// for windows-1252 depends on the runtime's ICU data.

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (WHATWG Encoding Standard); the five
// unassigned bytes map to the C1 control with the same number.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

const CHUNK = 8192;

function fromCodeUnits(units: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK)
    out += String.fromCharCode(...units.subarray(i, Math.min(i + CHUNK, length)));
  return out;
}

/** Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF), or null if the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, start = 0): string | null {
  const units = new Uint16Array(bytes.length - start);
  let n = 0;
  let i = start;
  while (i < bytes.length) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      units[n++] = b0;
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (b0 >= 0xc2 && b0 <= 0xdf) [need, cp, min] = [1, b0 & 0x1f, 0x80];
    else if (b0 >= 0xe0 && b0 <= 0xef) [need, cp, min] = [2, b0 & 0x0f, 0x800];
    else if (b0 >= 0xf0 && b0 <= 0xf4) [need, cp, min] = [3, b0 & 0x07, 0x10000];
    else return null;
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k];
      if (b === undefined || (b & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      units[n++] = 0xd800 | (v >> 10);
      units[n++] = 0xdc00 | (v & 0x3ff);
    } else units[n++] = cp;
    i += need + 1;
  }
  return fromCodeUnits(units, n);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
  }
  return fromCodeUnits(units, bytes.length);
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const count = Math.floor((bytes.length - 2) / 2);
  const units = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const a = bytes[2 + i * 2]!;
    const b = bytes[3 + i * 2]!;
    units[i] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  return fromCodeUnits(units, count);
}

/** The text of a CSV file and the encoding it was read in; a byte order mark is removed. */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes, 3) ?? decodeWindows1252(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes, true), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeUtf16(bytes, false), encoding: 'utf-16be' };
  const utf8 = decodeUtf8(bytes);
  return utf8 === null
    ? { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
    : { text: utf8, encoding: 'utf-8' };
}

import { jsPDF } from 'jspdf';
import { prepareSubsetSource, subsetTrueType } from './ttfSubset';
import type { SubsetSource } from './ttfSubset';

// The embedded font. jsPDF's standard fonts speak WinAnsi only, so "Máret Čuovga" and "Łukasz"
// need a TrueType font with Latin Extended-A (DejaVu Sans, shipped in assets/fonts). jsPDF writes
// it as a CID font with a ToUnicode map, so the text can be copied and searched.
//
// jsPDF parses the whole font again for every document and subsets it slowly (~280 ms per letter
// with two styles). This is the one place that knows jsPDF's internals: a font is parsed once per
// byte array, each document gets a light per-document view of it, and subsets are cut with our
// own subsetter. Everything else talks to jsPDF through its public API.

/** The TrueType files (.ttf) to embed: the builders take them as input. */
export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export const FONT_FAMILY = 'Avvik';
export type FontStyle = 'normal' | 'bold';

/** What jsPDF's TTFFont exposes that we use (jsPDF's types do not describe it). */
interface ParsedTtf {
  cmap: { unicode: { codeMap: Record<number, number | undefined> } | null };
  toUnicode: Record<number, number>;
  subset: { encode(glyphIds: number[], indexToLocFormat: number): Uint8Array };
  /** Ours, on a document's view: glyphs its subset holds whether used or not. */
  avvikAlwaysGlyphs?: readonly number[];
}

interface TtfApi {
  API: {
    TTFFont: { open(file: Uint8Array): ParsedTtf; avvikOriginalOpen?: (file: Uint8Array) => ParsedTtf };
  };
}

interface CachedFont {
  parsed: ParsedTtf;
  source: SubsetSource;
  /** Recent subsets by glyph set: letters of one batch mostly use the same few glyph sets. */
  subsets: Map<string, Uint8Array>;
  /** Recent `alwaysCharacters` as glyphs. */
  alwaysGlyphs: Map<string, number[]>;
}

const MAX_SUBSETS_PER_FONT = 16;

// A short string in jsPDF's virtual file system that stands for a cached font. It starts with the
// TrueType magic number so jsPDF passes it through as binary data instead of decoding base64.
const TOKEN_PREFIX = '\u0000\u0001\u0000\u0000avvik-font:';
const MAX_CACHED_FONTS = 8;

const idsByBytes = new WeakMap<Uint8Array, number>();
const fontsById = new Map<number, CachedFont>();
let nextFontId = 1;

function ttfApi(): TtfApi['API']['TTFFont'] {
  const ttf = (jsPDF as unknown as TtfApi).API.TTFFont;
  if (!ttf.avvikOriginalOpen) {
    const original = ttf.open.bind(ttf);
    ttf.avvikOriginalOpen = original;
    ttf.open = (file: Uint8Array) => openFromToken(file) ?? original(file);
  }
  return ttf;
}

function openFromToken(file: Uint8Array): ParsedTtf | null {
  if (file.length > 64 || file.length <= TOKEN_PREFIX.length) return null;
  let text = '';
  for (const byte of file) text += String.fromCharCode(byte);
  if (!text.startsWith(TOKEN_PREFIX)) return null;
  const cached = fontsById.get(Number(text.slice(TOKEN_PREFIX.length)));
  if (!cached) return null;
  return documentView(cached);
}

/**
 * The parsed tables shared, the state one document writes to (used glyphs, ToUnicode) its own. A
 * shallow copy, not a prototype link: jsPDF checks `metadata.hasOwnProperty('cmap')`.
 */
function documentView(cached: CachedFont): ParsedTtf {
  const view = Object.assign(
    Object.create(Object.getPrototypeOf(cached.parsed) as object) as ParsedTtf,
    cached.parsed,
  );
  view.toUnicode = {};
  // Set on every view, used or not, so every view has one shape for the engine to optimise.
  view.avvikAlwaysGlyphs = [];
  view.subset = {
    encode: (glyphIds: number[]) => {
      // jsPDF lists a glyph once per character written: in a document of a few hundred letters,
      // hundreds of thousands of entries. A mark per glyph id makes the sorted set in one pass.
      const marks = new Uint8Array(0x10000);
      for (const id of glyphIds) marks[id] = 1;
      for (const id of view.avvikAlwaysGlyphs ?? []) marks[id] = 1;
      const ids: number[] = [];
      for (let id = 0; id < marks.length; id++) if (marks[id]) ids.push(id);
      const key = ids.join(',');
      let bytes = cached.subsets.get(key);
      if (!bytes) {
        bytes = subsetTrueType(cached.source, ids);
        cached.subsets.set(key, bytes);
        if (cached.subsets.size > MAX_SUBSETS_PER_FONT)
          cached.subsets.delete(cached.subsets.keys().next().value!);
      }
      return bytes;
    },
  };
  return view;
}

function cachedFontId(bytes: Uint8Array): number {
  const known = idsByBytes.get(bytes);
  if (known !== undefined && fontsById.has(known)) return known;
  const api = ttfApi();
  const parsed = api.avvikOriginalOpen!(bytes);
  if (!parsed.cmap.unicode) throw new Error('The font has no Unicode character map.');
  const characters = new Map<number, number>();
  for (const [code, glyph] of Object.entries(parsed.cmap.unicode.codeMap))
    if (glyph) characters.set(Number(code), glyph);
  const source = prepareSubsetSource(bytes, characters);
  const id = nextFontId++;
  fontsById.set(id, { parsed, source, subsets: new Map(), alwaysGlyphs: new Map() });
  idsByBytes.set(bytes, id);
  if (fontsById.size > MAX_CACHED_FONTS) fontsById.delete(fontsById.keys().next().value!);
  return id;
}

export interface RegisterOptions {
  /**
   * Characters whose glyphs the embedded subsets hold even if the document does not use them:
   * documents to be joined into one file (pdf/join.ts) then embed byte-identical font programs,
   * kept once in the joined file instead of once per part.
   */
  alwaysCharacters?: string;
}

/** Makes the fonts available to a document as FONT_FAMILY, normal and bold. */
export function registerFonts(doc: jsPDF, fonts: FontBytes, options: RegisterOptions = {}): void {
  for (const [style, bytes] of [
    ['normal', fonts.regular],
    ['bold', fonts.bold],
  ] as const) {
    const id = cachedFontId(bytes);
    const fileName = `avvik-${id}.ttf`;
    doc.addFileToVFS(fileName, `${TOKEN_PREFIX}${id}`);
    doc.addFont(fileName, FONT_FAMILY, style);
    if (options.alwaysCharacters) {
      // jsPDF opened the font (our view) as it was added.
      const internal = doc.internal as unknown as {
        getFont(family: string, style: string): { metadata: ParsedTtf };
      };
      internal.getFont(FONT_FAMILY, style).metadata.avvikAlwaysGlyphs = glyphsOf(
        fontsById.get(id)!,
        options.alwaysCharacters,
      );
    }
  }
}

function glyphsOf(cached: CachedFont, characters: string): number[] {
  const known = cached.alwaysGlyphs.get(characters);
  if (known) return known;
  const codeMap = cached.parsed.cmap.unicode!.codeMap;
  const glyphs = new Set<number>();
  for (const character of characters) {
    const glyph = codeMap[character.codePointAt(0)!];
    if (glyph) glyphs.add(glyph);
  }
  const list = [...glyphs];
  cached.alwaysGlyphs.set(characters, list);
  if (cached.alwaysGlyphs.size > MAX_SUBSETS_PER_FONT)
    cached.alwaysGlyphs.delete(cached.alwaysGlyphs.keys().next().value!);
  return list;
}

const cleaners = new WeakMap<Uint8Array, WeakMap<Uint8Array, (text: string) => string>>();

/**
 * A function that makes any text printable in the font: characters the font lacks (and those
 * outside the Basic Multilingual Plane, which jsPDF cannot encode) become U+FFFD, so one emoji in
 * a name cannot cut the rest of a line off. Tabs become spaces; other control characters go.
 */
export function printableText(fonts: FontBytes): (text: string) => string {
  let byBold = cleaners.get(fonts.regular);
  if (!byBold) cleaners.set(fonts.regular, (byBold = new WeakMap()));
  let cleaner = byBold.get(fonts.bold);
  if (!cleaner) byBold.set(fonts.bold, (cleaner = makeCleaner(fonts)));
  return cleaner;
}

function makeCleaner(fonts: FontBytes): (text: string) => string {
  const regular = fontsById.get(cachedFontId(fonts.regular))!.parsed.cmap.unicode!.codeMap;
  const bold = fontsById.get(cachedFontId(fonts.bold))!.parsed.cmap.unicode!.codeMap;
  // One byte per code unit of the Basic Multilingual Plane: every character of every document
  // passes here, and a typed array answers faster than the fonts' sparse character maps.
  const table = new Uint8Array(0x10000);
  for (const code of Object.keys(regular).map(Number))
    if (code < 0x10000 && (regular[code] ?? 0) !== 0 && (bold[code] ?? 0) !== 0) table[code] = 1;
  const covered = (code: number): boolean => table[code] === 1;
  const replacement = covered(0xfffd) ? '\uFFFD' : '?';
  return (text) => {
    let out = '';
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const keep =
        code === 10 || (code >= 32 && code !== 0x7f && (code < 0xd800 || code > 0xdfff) && covered(code));
      if (keep) continue;
      out += text.slice(start, i);
      if (code === 9) out += ' ';
      else if (code >= 0xd800 && code <= 0xdbff) {
        out += replacement;
        if (i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      } else if (code >= 32) out += replacement;
      start = i + 1;
    }
    return start === 0 ? text : out + text.slice(start);
  };
}

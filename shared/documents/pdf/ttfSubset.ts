// A TrueType subset for embedding in a PDF, in typed arrays. jsPDF's own subsetter copies the
// whole cmap, hmtx, post and name tables through plain arrays and takes ~100 ms per font per
// document; this one takes well under a millisecond. Glyph ids are kept (the PDF maps CIDs to
// glyphs one to one, /CIDToGIDMap /Identity): unused glyphs are simply left empty.

interface TableRecord {
  offset: number;
  length: number;
}

/** Tables a PDF viewer needs to draw glyphs; layout tables (GSUB, GPOS, kern, …) are dropped. */
const KEPT_TABLES = [
  'OS/2',
  'cmap',
  'cvt ',
  'fpgm',
  'glyf',
  'head',
  'hhea',
  'hmtx',
  'loca',
  'maxp',
  'name',
  'post',
  'prep',
];

// Composite glyph flags (OpenType spec, 'glyf' table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

function readTables(font: Uint8Array, view: DataView): Map<string, TableRecord> {
  const tables = new Map<string, TableRecord>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return tables;
}

function required(tables: Map<string, TableRecord>, tag: string): TableRecord {
  const table = tables.get(tag);
  if (!table) throw new Error(`The font has no '${tag}' table.`);
  return table;
}

/** The sum of the data as big-endian 32-bit words, the last one padded with zeros. */
function checksum(bytes: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    const word =
      ((bytes[i] ?? 0) << 24) |
      ((bytes[i + 1] ?? 0) << 16) |
      ((bytes[i + 2] ?? 0) << 8) |
      (bytes[i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

/** A parsed font, ready to cut subsets from quickly. */
export interface SubsetSource {
  font: Uint8Array;
  view: DataView;
  tables: Map<string, TableRecord>;
  numGlyphs: number;
  /** Start of each glyph within 'glyf', numGlyphs + 1 entries. */
  glyphOffsets: Uint32Array;
  /** Glyph id → the Unicode code points that map to it, from the font's own character map. */
  codesByGlyph: ReadonlyMap<number, readonly number[]>;
}

/** `characters`: the font's Unicode character map (code point → glyph), as its parser read it. */
export function prepareSubsetSource(font: Uint8Array, characters: ReadonlyMap<number, number>): SubsetSource {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (view.getUint32(0) !== 0x00010000) throw new Error('Only TrueType fonts (.ttf) can be embedded.');
  const tables = readTables(font, view);
  const head = required(tables, 'head');
  const loca = required(tables, 'loca');
  const numGlyphs = view.getUint16(required(tables, 'maxp').offset + 4);
  const longOffsets = view.getInt16(head.offset + 50) === 1;
  const glyphOffsets = new Uint32Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) {
    glyphOffsets[i] = longOffsets
      ? view.getUint32(loca.offset + i * 4)
      : view.getUint16(loca.offset + i * 2) * 2;
  }
  const codesByGlyph = new Map<number, number[]>();
  for (const [code, glyph] of characters) {
    const codes = codesByGlyph.get(glyph);
    if (codes) codes.push(code);
    else codesByGlyph.set(glyph, [code]);
  }
  return { font, view, tables, numGlyphs, glyphOffsets, codesByGlyph };
}

/** The glyphs asked for, plus every glyph a composite one is built from. */
function closeOverComponents(source: SubsetSource, glyphIds: Iterable<number>): Set<number> {
  const glyf = required(source.tables, 'glyf').offset;
  const used = new Set<number>();
  const pending = [0, ...glyphIds];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (!Number.isInteger(id) || id < 0 || id >= source.numGlyphs || used.has(id)) continue;
    used.add(id);
    const start = source.glyphOffsets[id]!;
    if (source.glyphOffsets[id + 1]! - start < 10) continue;
    if (source.view.getInt16(glyf + start) >= 0) continue;
    let at = glyf + start + 10;
    for (;;) {
      const flags = source.view.getUint16(at);
      pending.push(source.view.getUint16(at + 2));
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) at += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
      if (!(flags & MORE_COMPONENTS)) break;
    }
  }
  return used;
}

/** A TrueType font holding only the given glyphs (and glyph 0), with glyph ids unchanged. */
export function subsetTrueType(source: SubsetSource, glyphIds: Iterable<number>): Uint8Array {
  const { font, tables, glyphOffsets } = source;
  const used = closeOverComponents(source, glyphIds);
  // Glyphs above the highest one used are cut off, so maxp, hhea, hmtx and loca shrink with them.
  const count = Math.max(...used) + 1;
  const glyfStart = required(tables, 'glyf').offset;

  let glyfLength = 0;
  for (const id of used) glyfLength += (glyphOffsets[id + 1]! - glyphOffsets[id]! + 3) & ~3;
  const glyf = new Uint8Array(glyfLength);
  const shortLoca = glyfLength / 2 <= 0xffff;
  const loca = new Uint8Array((count + 1) * (shortLoca ? 2 : 4));
  const locaView = new DataView(loca.buffer);
  const setLoca = (id: number, offset: number): void =>
    shortLoca ? locaView.setUint16(id * 2, offset / 2) : locaView.setUint32(id * 4, offset);
  let written = 0;
  for (let id = 0; id < count; id++) {
    setLoca(id, written);
    if (!used.has(id)) continue;
    const start = glyphOffsets[id]!;
    const length = glyphOffsets[id + 1]! - start;
    glyf.set(font.subarray(glyfStart + start, glyfStart + start + length), written);
    written += (length + 3) & ~3;
  }
  setLoca(count, written);

  const out = new Map<string, Uint8Array>();
  for (const tag of KEPT_TABLES) {
    const table = tables.get(tag);
    if (table) out.set(tag, font.slice(table.offset, table.offset + table.length));
  }
  out.set('glyf', glyf);
  out.set('loca', loca);
  out.set('cmap', characterMap(source, used));

  const head = new DataView(out.get('head')!.buffer);
  head.setUint32(8, 0); // checkSumAdjustment, computed in assemble()
  head.setInt16(50, shortLoca ? 0 : 1); // indexToLocFormat
  new DataView(out.get('maxp')!.buffer).setUint16(4, count);
  const hhea = out.get('hhea')!;
  const longMetrics = new DataView(hhea.buffer).getUint16(34);
  const keptLongMetrics = Math.min(longMetrics, count);
  new DataView(hhea.buffer).setUint16(34, keptLongMetrics);
  // Metrics of the glyphs kept; zeros for the rest, which compress to almost nothing (the PDF's
  // own /W array gives the widths viewers use).
  const hmtx = required(tables, 'hmtx').offset;
  const metrics = new Uint8Array(keptLongMetrics * 4 + (count - keptLongMetrics) * 2);
  for (const id of used) {
    if (id < keptLongMetrics) metrics.set(font.subarray(hmtx + id * 4, hmtx + id * 4 + 4), id * 4);
    else {
      const from = hmtx + longMetrics * 4 + (id - keptLongMetrics) * 2;
      metrics.set(font.subarray(from, from + 2), keptLongMetrics * 4 + (id - keptLongMetrics) * 2);
    }
  }
  out.set('hmtx', metrics);
  const name = tables.get('name');
  if (name) out.set('name', essentialNames(font.subarray(name.offset, name.offset + name.length)));
  const post = out.get('post');
  if (post && post.length >= 32) {
    // post format 3: no glyph names (60 KB in DejaVu Sans), which no PDF viewer needs.
    const header = post.slice(0, 32);
    new DataView(header.buffer).setUint32(0, 0x00030000);
    out.set('post', header);
  }
  return assemble(out);
}

/** Names that identify the font (Windows platform): copyright, family, style, full and PostScript name. */
const ESSENTIAL_NAME_IDS = new Set([0, 1, 2, 4, 6]);

/** The 'name' table with only the essential records (DejaVu's is 15 KB, mostly licence text twice over). */
function essentialNames(table: Uint8Array): Uint8Array {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  if (view.getUint16(0) !== 0) return table.slice();
  const count = view.getUint16(2);
  const storage = view.getUint16(4);
  const records: { header: Uint8Array; text: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    if (view.getUint16(at) !== 3 || !ESSENTIAL_NAME_IDS.has(view.getUint16(at + 6))) continue;
    const length = view.getUint16(at + 8);
    const offset = storage + view.getUint16(at + 10);
    records.push({ header: table.slice(at, at + 12), text: table.slice(offset, offset + length) });
  }
  const headerSize = 6 + records.length * 12;
  const out = new Uint8Array(headerSize + records.reduce((sum, r) => sum + r.text.length, 0));
  const outView = new DataView(out.buffer);
  outView.setUint16(2, records.length);
  outView.setUint16(4, headerSize);
  let textOffset = 0;
  records.forEach((record, i) => {
    out.set(record.header, 6 + i * 12);
    outView.setUint16(6 + i * 12 + 10, textOffset);
    out.set(record.text, headerSize + textOffset);
    textOffset += record.text.length;
  });
  return out;
}

/** A Unicode 'cmap' (format 4) for the glyphs kept, so no entry points past the last glyph. */
function characterMap(source: SubsetSource, used: ReadonlySet<number>): Uint8Array {
  const pairs: [number, number][] = [];
  for (const glyph of used) {
    for (const code of source.codesByGlyph.get(glyph) ?? []) if (code < 0xffff) pairs.push([code, glyph]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const segments = [...pairs, [0xffff, 0] as [number, number]];
  const segCount = segments.length;
  const entrySelector = Math.floor(Math.log2(segCount));
  const searchRange = 2 ** entrySelector * 2;
  const subtableLength = 16 + segCount * 8;
  const bytes = new Uint8Array(12 + subtableLength);
  const out = new DataView(bytes.buffer);
  out.setUint16(2, 1); // one encoding record
  out.setUint16(4, 3); // platform: Windows
  out.setUint16(6, 1); // encoding: Unicode BMP
  out.setUint32(8, 12);
  const at = 12;
  out.setUint16(at, 4);
  out.setUint16(at + 2, subtableLength);
  out.setUint16(at + 6, segCount * 2);
  out.setUint16(at + 8, searchRange);
  out.setUint16(at + 10, entrySelector);
  out.setUint16(at + 12, segCount * 2 - searchRange);
  segments.forEach(([code, glyph], i) => {
    out.setUint16(at + 14 + i * 2, code); // endCode
    out.setUint16(at + 16 + segCount * 2 + i * 2, code); // startCode
    out.setUint16(at + 16 + segCount * 4 + i * 2, code === 0xffff ? 1 : (glyph - code) & 0xffff); // idDelta
  }); // idRangeOffset stays 0
  return bytes;
}

function assemble(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const entrySelector = Math.floor(Math.log2(count));
  const searchRange = 2 ** entrySelector * 16;
  let size = 12 + count * 16;
  for (const tag of tags) size += (tables.get(tag)!.length + 3) & ~3;
  const result = new Uint8Array(size);
  const view = new DataView(result.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, count * 16 - searchRange);
  let offset = 12 + count * 16;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const at = 12 + i * 16;
    for (let c = 0; c < 4; c++) result[at + c] = tag.charCodeAt(c);
    view.setUint32(at + 4, checksum(data));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, data.length);
    result.set(data, offset);
    if (tag === 'head') headOffset = offset;
    offset += (data.length + 3) & ~3;
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(result)) >>> 0);
  return result;
}

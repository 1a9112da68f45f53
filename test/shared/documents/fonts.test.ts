import { describe, expect, it } from 'vitest';
import { buildLetterPdf } from '../../../shared/documents';
import type { AffectedPerson } from '../../../shared/documents';
import { prepareSubsetSource, subsetTrueType } from '../../../shared/documents/pdf/ttfSubset';
import { PdfWriter } from '../../../shared/documents/pdf/writer';
import { sampleLetterInput as letterInputOf, samplePeople as peopleOf, sampleRecord } from '../../../shared/documents/sample';
import { digest } from '../incident/fixtures';
import { flatText, pdfFonts, renderErrors, shippedFonts } from './pdf';

// The embedded font: Latin Extended-A so Sámi, Polish and every Norwegian name prints, and a
// ToUnicode map so the text copies and searches as the letters it shows.

const fonts = shippedFonts();
const sample = await sampleRecord(digest);
const sampleLetterInput = letterInputOf(sample);
const samplePeople = peopleOf(sample);
const LATIN = 'æøå ÆØÅ áÁ čČ đĐ ŋŊ šŠ ŧŦ žŽ łŁ śŚ ńŃ ąĄ ęĘ żŻ źŹ ćĆ őŐ ğĞ ı ß é è ü ö ä';

function page(text: string): Uint8Array {
  const writer = new PdfWriter(fonts, {
    title: 'Test',
    lang: 'nb',
    createdAt: new Date('2026-03-27T12:00:00Z'),
  });
  writer.paragraph(text);
  writer.paragraph(text, { style: 'bold' });
  return writer.finish();
}

describe('the embedded font', () => {
  it('prints Latin Extended-A in both weights and extracts as the same letters', () => {
    const text = flatText(page(LATIN));
    expect(text).toBe(`${LATIN} ${LATIN}`);
  });

  it('is embedded as a subset with a Unicode map, regular and bold', () => {
    const rows = pdfFonts(page(LATIN));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+\w+\s+yes/);
  });

  it('renders without complaint from poppler', () => {
    expect(renderErrors(buildLetterPdf(sampleLetterInput, samplePeople[0]!, fonts))).toBe('');
  });

  it('keeps a letter small: the font is cut down to the glyphs used', () => {
    const person: AffectedPerson = samplePeople[0]!;
    expect(buildLetterPdf(sampleLetterInput, person, fonts).byteLength).toBeLessThan(40_000);
  });

  it('draws the same text whether the font bytes are new or already known', () => {
    const copy = { regular: fonts.regular.slice(), bold: fonts.bold.slice() };
    const a = new PdfWriter(copy, { title: 'A', lang: 'nb', createdAt: new Date(0) });
    a.paragraph('Łukasz Øvergård');
    expect(flatText(a.finish())).toBe('Łukasz Øvergård');
  });
});

describe('the TrueType subset', () => {
  const source = prepareSubsetSource(fonts.regular, new Map([[0x10c, 206]]));

  /** The subset's glyph count and which glyphs have an outline. */
  function glyphs(subset: Uint8Array): { count: number; drawn: number[] } {
    const view = new DataView(subset.buffer);
    const tables = new Map<string, number>();
    for (let i = 0; i < view.getUint16(4); i++)
      tables.set(
        String.fromCharCode(...subset.subarray(12 + i * 16, 16 + i * 16)),
        view.getUint32(20 + i * 16),
      );
    const count = view.getUint16(tables.get('maxp')! + 4);
    const shortLoca = view.getInt16(tables.get('head')! + 50) === 0;
    const loca = (id: number): number =>
      shortLoca
        ? view.getUint16(tables.get('loca')! + id * 2) * 2
        : view.getUint32(tables.get('loca')! + id * 4);
    return {
      count,
      drawn: Array.from({ length: count }, (_, id) => id).filter((id) => loca(id + 1) > loca(id)),
    };
  }

  it('keeps glyph ids, so the PDF can map characters straight to glyphs', () => {
    const { count, drawn } = glyphs(subsetTrueType(source, [36, 68])); // 'A', 'a'
    expect(count).toBe(69);
    expect(drawn).toEqual([0, 36, 68]);
  });

  it('brings along the parts an accented letter is built from', () => {
    const { count, drawn } = glyphs(subsetTrueType(source, [206])); // 'Č' = 'C' + caron in DejaVu
    expect(drawn).toContain(206);
    expect(drawn.length).toBeGreaterThanOrEqual(3);
    expect(count).toBe(Math.max(...drawn) + 1);
  });

  it('is a fraction of the whole font', () => {
    expect(subsetTrueType(source, [36, 206]).byteLength).toBeLessThan(fonts.regular.byteLength / 10);
  });

  it('refuses what is not a TrueType font', () => {
    expect(() =>
      prepareSubsetSource(new Uint8Array([0x4f, 0x54, 0x54, 0x4f, 0, 0, 0, 0]), new Map()),
    ).toThrow(/TrueType/);
  });
});

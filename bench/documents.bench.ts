import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { letterFiles, printFileSteps } from '../shared/documents';
import type { AffectedPerson, FontBytes } from '../shared/documents';
import { letterContent } from '../shared/documents/letter/content';
import { registerFonts, FONT_FAMILY } from '../shared/documents/pdf/fonts';
import { sampleLetterInput as letterInputOf, samplePeople as peopleOf, sampleRecord } from '../shared/documents/sample';
import { subjectsCsvSteps } from '../shared/subjects';

// One phase of the documents benchmark, run in its own process by bench/documents.bench.mjs so each
// phase's peak memory is its own. Prints one JSON line.

const root = join(import.meta.dirname, '..');
const fonts: FontBytes = {
  regular: new Uint8Array(readFileSync(join(root, 'assets/fonts/DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(root, 'assets/fonts/DejaVuSans-Bold.ttf'))),
};

// The sample incident, recorded through the app's change functions (shared/documents/sample).
const recorded = await sampleRecord((data) => crypto.subtle.digest('SHA-256', data));
const sampleLetterInput = letterInputOf(recorded);
const samplePeople = peopleOf(recorded);

function people(count: number): AffectedPerson[] {
  return Array.from({ length: count }, (_, i) => ({
    ...samplePeople[i % samplePeople.length]!,
    id: `p${i}`,
    language: i % 2 ? 'en' : 'nb',
  }));
}

let peak = 0;
function sample(): void {
  peak = Math.max(peak, process.memoryUsage().rss);
}

type Line = { text: string; bold: boolean };

/** Every word the letter prints, made before timing: the floor writes the same text, headings bold. */
function letterText(person: AffectedPerson): { lines: Line[]; footer: string } {
  const lang = person.language === 'en' ? 'en' : 'nb';
  const input = sampleLetterInput;
  const c = letterContent(input, person, lang);
  const t = lang === 'nb' ? { date: 'Dato', ref: 'Vår referanse' } : { date: 'Date', ref: 'Our reference' };
  const plain = (text: string): Line => ({ text, bold: false });
  const bold = (text: string): Line => ({ text, bold: true });
  const blocks = c.sections.flatMap((s) => [
    bold(s.heading),
    ...s.blocks.flatMap((b) =>
      (b.kind === 'bullets' ? b.items : b.kind === 'field' ? [`${b.label}: ${b.value}`] : [b.text]).map(
        plain,
      ),
    ),
  ]);
  const address = [person.name, person.address ?? '', `${person.postalCode ?? ''} ${person.city ?? ''}`];
  const lines = [
    bold(input.organisation.name),
    ...(input.organisation.address ?? '').split('\n').map(plain),
    plain(`${t.date}: 30. mars 2026`),
    plain(`${t.ref}: ${input.incident.ref}/0001`),
    ...address.map(plain),
    bold(c.subject),
    plain(c.greeting),
    plain(c.intro),
    ...blocks,
    ...c.closing.map(plain),
    plain(c.legal),
  ];
  return { lines, footer: `${input.organisation.name} · ${t.ref} ${input.incident.ref}/0001 · ` };
}

/** Raw jsPDF: a new document, the font, the text wrapped and written, page breaks and footers, the bytes. */
function rawLetter(
  text: { lines: readonly Line[]; footer: string },
  addFont: (doc: jsPDF) => void,
): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  addFont(doc);
  doc.setFontSize(10);
  let y = 60;
  for (const paragraph of text.lines) {
    doc.setFont(FONT_FAMILY, paragraph.bold ? 'bold' : 'normal');
    for (const line of doc.splitTextToSize(paragraph.text, 470) as string[]) {
      if (y > 780) {
        doc.addPage();
        y = 60;
      }
      doc.text(line, 62, y);
      y += 13;
    }
    y += 5;
  }
  const pages = doc.getNumberOfPages();
  doc.setFont(FONT_FAMILY, 'normal');
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.text(`${text.footer}Side ${page} av ${pages}`, 62, 810);
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

const binary = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
};
const stockFont = { regular: binary(fonts.regular), bold: binary(fonts.bold) };
/** jsPDF's own way to add a TrueType font: parse and subset it again for every document. */
function stockAddFont(doc: jsPDF): void {
  doc.addFileToVFS('DejaVuSans.ttf', stockFont.regular);
  doc.addFont('DejaVuSans.ttf', FONT_FAMILY, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', stockFont.bold);
  doc.addFont('DejaVuSans-Bold.ttf', FONT_FAMILY, 'bold');
}

/** CPU milliseconds of this process: steadier than wall time on a busy machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function run(phase: string, count: number): Record<string, number | string> {
  const list = people(count);
  if (phase === 'compare') {
    // Builder and floor in alternating batches of 100, so a busy machine slows both alike.
    const texts = list.map(letterText);
    const addFont = (doc: jsPDF): void => registerFonts(doc, fonts);
    let builder = 0;
    let floor = 0;
    // Warm up both (JIT, the font cache, subsets) before timing either.
    for (const letter of letterFiles(sampleLetterInput, list.slice(0, 100), fonts)) void letter;
    for (const text of texts.slice(0, 100)) rawLetter(text, addFont);
    for (let from = 0; from < count; from += 100) {
      const batch = list.slice(from, from + 100);
      let t = cpuMs();
      for (const letter of letterFiles(sampleLetterInput, batch, fonts)) void letter;
      builder += cpuMs() - t;
      t = cpuMs();
      for (const text of texts.slice(from, from + 100)) rawLetter(text, addFont);
      floor += cpuMs() - t;
      sample();
    }
    return { ms: builder, builderCpuMs: builder, floorCpuMs: floor, bytes: 0 };
  }
  if (phase === 'letters') {
    let bytes = 0;
    const start = performance.now();
    for (const letter of letterFiles(sampleLetterInput, list, fonts)) {
      bytes += letter.pdf.byteLength;
      if (letter.index % 100 === 0) sample();
    }
    return { ms: performance.now() - start, bytes };
  }
  if (phase === 'floor-cached-font' || phase === 'floor-stock-font') {
    const texts = list.map(letterText);
    const addFont = phase === 'floor-stock-font' ? stockAddFont : (doc: jsPDF) => registerFonts(doc, fonts);
    let bytes = 0;
    const start = performance.now();
    texts.forEach((text, i) => {
      bytes += rawLetter(text, addFont).byteLength;
      if (i % 100 === 0) sample();
    });
    return { ms: performance.now() - start, bytes };
  }
  if (phase === 'print-file') {
    // All the letters in one print file, as the letters screen asks for.
    let bytes = 0;
    let files = 0;
    const start = performance.now();
    for (const step of printFileSteps(sampleLetterInput, list, fonts)) {
      if (step.volume) {
        bytes += step.volume.pdf.byteLength;
        files++;
      }
      if (step.done % 100 === 0) sample();
    }
    return { ms: performance.now() - start, bytes, files };
  }
  if (phase === 'csv') {
    const text = [
      'Navn;Adresse;Postnummer;Poststed;E-post;Språk',
      ...Array.from(
        { length: count },
        (_, i) => `Person ${i} Ødegård;Gate ${i};0150;Oslo;p${i}@example.no;${i % 2 ? 'nb' : 'en'}`,
      ),
    ].join('\r\n');
    const bytes = new TextEncoder().encode(text);
    const start = performance.now();
    const steps = subjectsCsvSteps(bytes);
    let chunks = 0;
    for (let step = steps.next(); ; step = steps.next(), chunks++) {
      sample();
      if (step.done)
        return {
          ms: performance.now() - start,
          bytes: bytes.byteLength,
          rows: step.value.subjects.length,
          chunks,
        };
    }
  }
  throw new Error(`unknown phase ${phase}`);
}

export function main(phase: string, count: number): void {
  sample();
  const before = peak;
  const result = run(phase, count);
  sample();
  console.log(
    JSON.stringify({
      phase,
      count,
      ...result,
      peakRssMB: Math.round(peak / 1e6),
      baseRssMB: Math.round(before / 1e6),
    }),
  );
}

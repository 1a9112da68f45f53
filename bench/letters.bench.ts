import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { jsPDF } from 'jspdf';
import { letterFiles, letterZipSteps, printFileSteps } from '../shared/documents';
import type { AffectedPerson, FontBytes } from '../shared/documents';
import { LETTERS_PER_PART } from '../shared/documents/letter/batch';
import { registerFonts } from '../shared/documents/pdf/fonts';
import {
  sampleLetterInput as letterInputOf,
  samplePeople as peopleOf,
  sampleRecord,
} from '../shared/documents/sample';
import { subjectsCsvSteps } from '../shared/subjects';
import { letterText, rawLetters, stockFontLoader } from './letters-floor';

// One phase of the letters benchmark, run in its own process by bench/letters.bench.mjs so each
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
  // maxRSS: the true peak of the process so far (kilobytes), not only at the moments sampled.
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
}

/** CPU milliseconds of this process: steadier than wall time on a busy machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const ourFontLoading = (doc: jsPDF): void => registerFonts(doc, fonts);

function run(phase: string, count: number): Record<string, number | string> {
  const list = people(count);
  if (phase === 'compare') {
    // Builder and floor in alternating batches of 100, so a busy machine slows both alike.
    const texts = list.map((person) => letterText(sampleLetterInput, person));
    let builder = 0;
    let floor = 0;
    // Warm up both (JIT, the font cache, subsets) before timing either.
    for (const letter of letterFiles(sampleLetterInput, list.slice(0, 100), fonts)) void letter;
    for (const text of texts.slice(0, 100)) rawLetters([text], ourFontLoading);
    for (let from = 0; from < count; from += 100) {
      const batch = list.slice(from, from + 100);
      let t = cpuMs();
      for (const letter of letterFiles(sampleLetterInput, batch, fonts)) void letter;
      builder += cpuMs() - t;
      t = cpuMs();
      for (const text of texts.slice(from, from + 100)) rawLetters([text], ourFontLoading);
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
    const texts = list.map((person) => letterText(sampleLetterInput, person));
    const addFont = phase === 'floor-stock-font' ? stockFontLoader(fonts) : ourFontLoading;
    let bytes = 0;
    const start = performance.now();
    texts.forEach((text, i) => {
      bytes += rawLetters([text], addFont).byteLength;
      if (i % 100 === 0) sample();
    });
    return { ms: performance.now() - start, bytes };
  }
  if (phase === 'print-file') {
    // All the letters in one print file, as the letters screen asks for.
    let bytes = 0;
    const start = performance.now();
    for (const step of printFileSteps(sampleLetterInput, list, fonts)) {
      if (step.pdf) bytes = step.pdf.byteLength;
      if (step.done % 100 === 0) sample();
    }
    return { ms: performance.now() - start, bytes };
  }
  if (phase === 'print-compare') {
    // The print file and its floor part by part, alternating, so a busy machine slows both alike.
    const texts = list.map((person) => letterText(sampleLetterInput, person));
    for (const step of printFileSteps(sampleLetterInput, list.slice(0, LETTERS_PER_PART), fonts)) void step;
    rawLetters(texts.slice(0, LETTERS_PER_PART), ourFontLoading);
    const steps = printFileSteps(sampleLetterInput, list, fonts);
    let builder = 0;
    let floor = 0;
    for (let from = 0; from < count; from += LETTERS_PER_PART) {
      const to = Math.min(count, from + LETTERS_PER_PART);
      let t = cpuMs();
      for (let step = steps.next(); !step.done; step = steps.next())
        if (step.value.done >= to && (to < count || step.value.pdf)) break;
      builder += cpuMs() - t;
      t = cpuMs();
      rawLetters(texts.slice(from, to), ourFontLoading);
      floor += cpuMs() - t;
      sample();
    }
    return { ms: builder, builderCpuMs: builder, floorCpuMs: floor, bytes: 0 };
  }
  if (phase === 'print-floor' || phase === 'print-floor-one-document') {
    // Raw jsPDF writing the same pages: in documents of as many letters as the print file's parts
    // (the floor), or all in one jsPDF document (what the print file was before it was joined).
    const texts = list.map((person) => letterText(sampleLetterInput, person));
    const perDocument = phase === 'print-floor' ? LETTERS_PER_PART : count;
    let bytes = 0;
    const start = performance.now();
    for (let from = 0; from < count; from += perDocument) {
      bytes += rawLetters(texts.slice(from, from + perDocument), ourFontLoading).byteLength;
      sample();
    }
    return { ms: performance.now() - start, bytes };
  }
  if (phase === 'zip') {
    // One PDF per person in one zip, as a browser saves them: the bytes are let go as they come.
    let bytes = 0;
    const start = performance.now();
    for (const step of letterZipSteps(sampleLetterInput, list, fonts)) {
      bytes += step.bytes.byteLength;
      if (step.done % 100 === 0) sample();
    }
    return { ms: performance.now() - start, bytes };
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
  const cpuBefore = cpuMs();
  const result = run(phase, count);
  const cpu = cpuMs() - cpuBefore;
  sample();
  console.log(
    JSON.stringify({
      phase,
      count,
      cpuMs: cpu,
      ...result,
      peakRssMB: Math.round(peak / 1e6),
      baseRssMB: Math.round(before / 1e6),
    }),
  );
}

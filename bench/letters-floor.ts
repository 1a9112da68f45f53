import { jsPDF } from 'jspdf';
import type { AffectedPerson, FontBytes, LetterDocumentInput } from '../shared/documents';
import { letterContent } from '../shared/documents/letter/content';
import { FONT_FAMILY } from '../shared/documents/pdf/fonts';

// The floor of the letters benchmark: raw jsPDF writing the same words as our letters, with the
// same font and headings bold, wrapped, paged and footed — what any PDF of these letters costs
// before our layout, cleaning and joining.

type Line = { text: string; bold: boolean };
export type LetterText = { lines: Line[]; footer: string };

/** Every word the letter prints, made before timing. */
export function letterText(input: LetterDocumentInput, person: AffectedPerson): LetterText {
  const lang = person.language === 'en' ? 'en' : 'nb';
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

/**
 * Raw jsPDF: one document holding these letters, each from a new page with its own page numbers
 * in the footer; the bytes.
 */
export function rawLetters(texts: readonly LetterText[], addFont: (doc: jsPDF) => void): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  addFont(doc);
  doc.setFontSize(10);
  const starts: number[] = [];
  texts.forEach((text, i) => {
    if (i > 0) doc.addPage();
    starts.push(doc.getNumberOfPages());
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
  });
  const pages = doc.getNumberOfPages();
  doc.setFont(FONT_FAMILY, 'normal');
  texts.forEach((text, i) => {
    const last = i + 1 < starts.length ? starts[i + 1]! - 1 : pages;
    for (let page = starts[i]!; page <= last; page++) {
      doc.setPage(page);
      doc.text(`${text.footer}Side ${page - starts[i]! + 1} av ${last - starts[i]! + 1}`, 62, 810);
    }
  });
  return new Uint8Array(doc.output('arraybuffer'));
}

const binary = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
};

/** jsPDF's own way to add a TrueType font: parse and subset it again for every document. */
export function stockFontLoader(fonts: FontBytes): (doc: jsPDF) => void {
  const stock = { regular: binary(fonts.regular), bold: binary(fonts.bold) };
  return (doc) => {
    doc.addFileToVFS('DejaVuSans.ttf', stock.regular);
    doc.addFont('DejaVuSans.ttf', FONT_FAMILY, 'normal');
    doc.addFileToVFS('DejaVuSans-Bold.ttf', stock.bold);
    doc.addFont('DejaVuSans-Bold.ttf', FONT_FAMILY, 'bold');
  };
}

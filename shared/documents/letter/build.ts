import { longDate, organisationLines, requireDate } from '../format';
import type { FontBytes } from '../pdf/fonts';
import { COLORS, PdfWriter } from '../pdf/writer';
import { renderBlocks } from '../sections';
import { PAGE } from '../text/common';
import { LETTER } from '../text/letter';
import type { AffectedPerson, LetterDocumentInput } from '../types';
import { letterContent } from './content';
import type { Lang } from '../../i18n/lang';

// The letter's layout on A4: sender at the top, the recipient where a Norwegian window envelope
// (C5/C4, window on the left) shows it, date and reference on the right, then the text.

const RECIPIENT_TOP = 128; // ≈ 45 mm from the top edge
const RECIPIENT_LEFT = 62; // ≈ 22 mm from the left edge

export interface LetterOptions {
  /** The letter's number in its batch, printed in the reference ("AVV-2026-007/0042"). */
  sequence?: number;
}

/** "AVV-2026-007/0042", or the incident's reference alone. */
export function letterReference(ref: string, sequence?: number): string {
  return sequence === undefined ? ref : `${ref}/${String(sequence).padStart(4, '0')}`;
}

export function letterLanguages(person: AffectedPerson): Lang[] {
  return person.language === 'both' ? ['nb', 'en'] : [person.language];
}

const TRANSLITERATION: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ŋ: 'n',
  ŧ: 't',
  ß: 'ss',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
};

/** "AVV-2026-007-0042-maret-cuovga.pdf": a file name in plain ASCII, safe on every system. */
export function letterFileName(ref: string, sequence: number, person: AffectedPerson): string {
  const slug = person.name
    .toLowerCase()
    .replace(/[æøłđŋŧßœþð]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${ref}-${String(sequence).padStart(4, '0')}${slug ? `-${slug}` : ''}.pdf`;
}

function recipientLines(person: AffectedPerson): string[] {
  const place = [person.postalCode, person.city].filter(Boolean).join(' ');
  return [person.name, ...(person.address ?? '').split('\n'), place]
    .map((line) => line.trim())
    .filter(Boolean);
}

function writeHead(
  writer: PdfWriter,
  input: LetterDocumentInput,
  person: AffectedPerson,
  reference: string,
  lang: Lang,
  first: boolean,
): void {
  const t = LETTER[lang];
  const top = writer.margin.top;
  const [name, ...address] = organisationLines(input.organisation);
  writer.font('bold', 11, COLORS.accent);
  writer.lineAt(name ?? '', writer.left, top, 11);
  writer.font('normal', 8.5, COLORS.muted);
  address.forEach((line, i) => writer.lineAt(line, writer.left, top + 15 + i * 11, 8.5));

  const right = writer.left + writer.contentWidth;
  const date = longDate(input.now, lang, input.timeZone);
  writer.font('normal', 9, COLORS.text);
  writer.lineAt(`${t.date}: ${date}`, right, top, 9, 'right');
  writer.lineAt(`${t.ref}: ${reference}`, right, top + 12, 9, 'right');

  if (first) {
    writer.font('normal', 10.5);
    const lines = recipientLines(person);
    lines.forEach((line, i) => writer.lineAt(line, RECIPIENT_LEFT, RECIPIENT_TOP + i * 14, 10.5));
    writer.y = RECIPIENT_TOP + Math.max(lines.length, 4) * 14 + 34;
  } else {
    writer.y = top + 15 + Math.max(address.length, 2) * 11 + 24;
    writer.paragraph(t.versionHeading, { size: 9, style: 'bold', color: COLORS.muted, after: 6 });
  }
}

/** The first page (counted within the letter, from 1) of each language of a letter. */
export type LetterPages = { lang: Lang; from: number }[];

/** Writes one person's letter from the top of the current page (all its languages). */
export function writeLetter(
  writer: PdfWriter,
  input: LetterDocumentInput,
  person: AffectedPerson,
  reference: string,
): LetterPages {
  const languages = letterLanguages(person);
  const first = writer.pageCount;
  const pages: LetterPages = [];
  languages.forEach((lang, i) => {
    if (i > 0) writer.newPage(false);
    pages.push({ lang, from: writer.pageCount - first + 1 });
    const content = letterContent(input, person, lang);
    writeHead(writer, input, person, reference, lang, i === 0);
    if (languages.length > 1)
      writer.paragraph(LETTER[lang].otherLanguage, { size: 8.5, color: COLORS.muted, after: 6 });
    writer.paragraph(content.subject, { size: 13, style: 'bold', color: COLORS.accent, after: 10 });
    writer.paragraph(content.greeting, { after: 6 });
    writer.paragraph(content.intro, { after: 4 });
    for (const section of content.sections) {
      writer.space(4);
      writer.subheading(section.heading);
      renderBlocks(writer, section.blocks);
    }
    writer.ensureSpace(writer.lineHeight(10) * 4);
    writer.space(6);
    writer.lines(content.closing, { after: 10 });
    writer.paragraph(content.legal, { size: 8, color: COLORS.muted });
  });
  return pages;
}

/** Each page's footer in the language of the page: a letter in both languages has both. */
export function letterFooter(
  input: LetterDocumentInput,
  reference: string,
  pages: LetterPages,
): (page: number, total: number) => string {
  return (page, total) => {
    const lang = pages.filter((p) => p.from <= page).at(-1)?.lang ?? pages[0]?.lang ?? 'nb';
    return `${input.organisation.name} · ${LETTER[lang].ref} ${reference} · ${PAGE[lang](page, total)}`;
  };
}

export function newLetterWriter(
  input: LetterDocumentInput,
  fonts: FontBytes,
  person: AffectedPerson | null,
  alwaysCharacters?: string,
): PdfWriter {
  const lang: Lang = person ? letterLanguages(person)[0]! : 'nb';
  return new PdfWriter(fonts, {
    title: LETTER[lang].subject(input.organisation.name),
    subject: input.incident.ref,
    author: input.organisation.name,
    lang,
    createdAt: requireDate(input.now, 'now'),
    alwaysCharacters,
  });
}

/** One person's letter as a PDF (Art. 34). */
export function buildLetterPdf(
  input: LetterDocumentInput,
  person: AffectedPerson,
  fonts: FontBytes,
  options: LetterOptions = {},
): Uint8Array {
  const reference = letterReference(input.incident.ref, options.sequence);
  const writer = newLetterWriter(input, fonts, person);
  const pages = writeLetter(writer, input, person, reference);
  return writer.finish(letterFooter(input, reference, pages));
}

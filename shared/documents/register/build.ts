import { approxCount, instant, number, pick, requireDate, shortDate } from '../format';
import type { FontBytes } from '../pdf/fonts';
import { COLORS, PdfWriter } from '../pdf/writer';
import {
  BREACH_TYPE_SHORT,
  DATA_CATEGORY,
  EXCEPTION,
  NONE_RECORDED,
  NOT_KNOWN,
  PAGE,
  RISK_SHORT,
  SEVERITY,
} from '../text/common';
import { assessmentStatements } from '../text/statements';
import { REGISTER } from '../text/timeline';
import type { RegisterDocumentInput, RegisterDocumentRow } from '../types';
import type { Lang } from '../../i18n/lang';

// Art. 33(5): "the controller shall document any personal data breaches, comprising the facts
// relating to the personal data breach, its effects and the remedial action taken". The register
// lists every incident, notified or not, with the reasoning, as a landscape table.

const WIDTHS = [88, 84, 34, 100, 46, 70, 74, 74]; // the last column (reasons) takes the rest
const SIZE = 6.8;
const LINE = 8.4;
const PAD = 3;

function cia(row: RegisterDocumentRow, lang: Lang): string {
  const short = BREACH_TYPE_SHORT[lang];
  const mark = { yes: lang === 'nb' ? 'ja' : 'yes', no: lang === 'nb' ? 'nei' : 'no', unknown: '?' };
  return [
    `${short.confidentiality}: ${mark[row.facts.confidentiality]}`,
    `${short.integrity}: ${mark[row.facts.integrity]}`,
    `${short.availability}: ${mark[row.facts.availability]}`,
  ].join('\n');
}

/** Art. 33(5): the organisation's reasoning where it decided not to notify, else the assessment, stated. */
function reasons(row: RegisterDocumentRow, lang: Lang): string {
  const t = REGISTER[lang];
  const own = pick(row.reasonNotNotified, lang);
  const delay = pick(row.delayReason, lang);
  const assessed = assessmentStatements(row.assessment, lang).join('\n');
  return (
    [own ? `${t.notNotifiedBecause}: ${own}` : assessed, delay ? `${t.delay}: ${delay}` : '']
      .filter(Boolean)
      .join('\n') || NOT_KNOWN[lang]
  );
}

/** Art. 33(5): the facts, the effects and the remedial action, in words, under the row. */
export function registerDetails(row: RegisterDocumentRow, lang: Lang): string {
  const t = REGISTER[lang];
  const actions = row.remedialActions.map((m) => pick(m, lang)).filter((m): m is string => m !== null);
  return [
    `${t.facts}: ${pick(row.description, lang) ?? NOT_KNOWN[lang]}`,
    `${t.effects}: ${pick(row.consequences, lang) ?? NOT_KNOWN[lang]}`,
    `${t.remedial}: ${actions.length ? actions.join(' · ') : NONE_RECORDED[lang]}`,
  ].join('\n');
}

export function registerCells(row: RegisterDocumentRow, input: RegisterDocumentInput): string[] {
  const { lang, timeZone } = input;
  const t = REGISTER[lang];
  const a = row.assessment;
  const occurred = row.occurredFrom
    ? `${shortDate(row.occurredFrom, lang, timeZone)}${row.occurredTo ? `–${shortDate(row.occurredTo, lang, timeZone)}` : ''}`
    : NOT_KNOWN[lang];
  const categories = row.facts.dataCategories.map((c) => DATA_CATEGORY[lang][c].replace(/ \(.*\)$/, ''));
  const notified = row.notifiedAuthorityAt
    ? [instant(row.notifiedAuthorityAt, lang, timeZone), row.authorityReference ?? '']
        .filter(Boolean)
        .join('\n')
    : `${t.notNotified} (${a.notifyAuthority ? t.required : t.notRequired})`;
  const informed = row.notifiedSubjectsAt
    ? instant(row.notifiedSubjectsAt, lang, timeZone)
    : `${t.notInformed} (${a.notifySubjects ? t.required : t.notRequired})${a.subjectException ? `\n${EXCEPTION[lang][a.subjectException].split(':')[0]}` : ''}`;
  return [
    `${row.ref}\n${row.title}`,
    `${t.occurred}: ${occurred}\n${t.aware}: ${instant(row.awareAt, lang, timeZone)}`,
    cia(row, lang),
    categories.length ? categories.join(', ') : NOT_KNOWN[lang],
    approxCount(row.facts.subjectCount, lang),
    `${RISK_SHORT[lang][a.risk]}\nENISA: ${SEVERITY[lang][a.severity.level].toLowerCase()} (${number(a.severity.score, lang)})`,
    notified,
    informed,
    reasons(row, lang),
  ];
}

function drawRow(
  writer: PdfWriter,
  cells: readonly string[],
  widths: readonly number[],
  style: 'bold' | 'normal',
  fill: boolean,
): void {
  writer.font(style, SIZE);
  const wrapped = cells.map((cell, i) => writer.wrap(cell, widths[i]! - 2 * PAD));
  const height = Math.max(...wrapped.map((lines) => lines.length)) * LINE + 2 * PAD;
  if (fill) {
    writer.doc.setFillColor(...COLORS.light);
    writer.doc.rect(writer.left, writer.y, writer.contentWidth, height, 'F');
  }
  let x = writer.left;
  wrapped.forEach((lines, i) => {
    // The reference line of each row is bold: it is what people look for.
    lines.forEach((line, j) => {
      writer.font(style === 'bold' || (i === 0 && j === 0) ? 'bold' : 'normal', SIZE);
      writer.lineAt(line, x + PAD, writer.y + PAD + j * LINE, SIZE);
    });
    x += widths[i]!;
  });
  writer.y += height;
  writer.doc.setDrawColor(...COLORS.rule);
  writer.doc.setLineWidth(0.4);
  writer.doc.line(writer.left, writer.y, writer.left + writer.contentWidth, writer.y);
}

function rowHeight(writer: PdfWriter, cells: readonly string[], widths: readonly number[]): number {
  writer.font('normal', SIZE);
  return Math.max(...cells.map((cell, i) => writer.wrap(cell, widths[i]! - 2 * PAD).length)) * LINE + 2 * PAD;
}

/** The words under a row, across the whole width (from the second column on, under the reference). */
function detailLines(writer: PdfWriter, details: string, widths: readonly number[]): string[] {
  writer.font('normal', SIZE);
  return writer.wrap(details, writer.contentWidth - widths[0]! - 2 * PAD);
}

function drawDetails(writer: PdfWriter, lines: readonly string[], widths: readonly number[], fill: boolean): void {
  const height = lines.length * LINE + 2 * PAD;
  // The row above drew its rule; the details belong to the row, so cover it.
  const [r, g, b] = fill ? COLORS.light : [255, 255, 255];
  writer.doc.setFillColor(r, g, b);
  writer.doc.rect(writer.left, writer.y - 0.5, writer.contentWidth, height + 0.5, 'F');
  lines.forEach((line, j) => {
    writer.font('normal', SIZE, COLORS.muted);
    writer.lineAt(line, writer.left + widths[0]! + PAD, writer.y + j * LINE, SIZE);
  });
  writer.y += height - PAD;
  writer.doc.setDrawColor(...COLORS.rule);
  writer.doc.setLineWidth(0.4);
  writer.doc.line(writer.left, writer.y, writer.left + writer.contentWidth, writer.y);
}

/** The breach register (Art. 33(5)) as a landscape PDF report. */
export function buildRegisterPdf(input: RegisterDocumentInput, fonts: FontBytes): Uint8Array {
  const { lang, timeZone } = input;
  const t = REGISTER[lang];
  const now = requireDate(input.now, 'now');
  const writer = new PdfWriter(fonts, {
    title: t.title,
    subject: t.subtitle,
    author: input.organisation.name,
    lang,
    createdAt: now,
    orientation: 'landscape',
  });
  const widths = [...WIDTHS, writer.contentWidth - WIDTHS.reduce((sum, w) => sum + w, 0)];

  writer.title(`${t.title}: ${input.organisation.name}`, t.subtitle);
  writer.paragraph(t.asOf(instant(now, lang, timeZone)), { size: 9, after: 2 });
  if (input.period) {
    writer.paragraph(
      t.period(shortDate(input.period.from, lang, timeZone), shortDate(input.period.to, lang, timeZone)),
      { size: 9, after: 2 },
    );
  }
  const notified = input.rows.filter((r) => r.notifiedAuthorityAt).length;
  const informed = input.rows.filter((r) => r.notifiedSubjectsAt).length;
  writer.paragraph(t.summary(input.rows.length, notified, informed), { size: 9, style: 'bold', after: 8 });

  const header = (): void => drawRow(writer, t.columns, widths, 'bold', true);
  writer.onPageBreak = header;
  header();
  if (input.rows.length === 0) writer.paragraph(t.empty, { size: 9 });
  input.rows.forEach((row, i) => {
    const cells = registerCells(row, input);
    const details = detailLines(writer, registerDetails(row, lang), widths);
    if (writer.y + rowHeight(writer, cells, widths) + details.length * LINE + PAD > writer.bottom) writer.newPage();
    drawRow(writer, cells, widths, 'normal', i % 2 === 1);
    drawDetails(writer, details, widths, i % 2 === 1);
  });
  return writer.finish(
    (page, total) => `${input.organisation.name} · ${t.footer} · ${PAGE[lang](page, total)}`,
  );
}

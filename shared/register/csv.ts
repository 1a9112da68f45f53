import { textFor } from '../incident/text';
import { wallTimeAt } from '../time/zoned';
import { answerLabels, categoryLabels, exceptionLabels, riskLabels, roleLabels, statusLabels } from './labels';
import type { NoticeSummary, RegisterRow } from './rows';
import type { Lang } from '../i18n/lang';

// The register as a CSV file that Excel opens correctly with Norwegian settings: semicolon
// separated (the comma is the decimal sign there), UTF-8 with a byte order mark (or æøå break),
// CRLF line ends, every field quoted. A cell that Excel would run as a formula is neutralised.

const BOM = '\uFEFF';

/** =, +, -, @, tab, CR, LF and their full-width forms start a formula or a DDE payload. */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One quoted, formula-safe CSV field. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvCell).join(';');
}

/** "2026-11-25 08:30" in the zone: a form Excel reads as a date and time. */
export function csvInstant(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  const w = wallTimeAt(new Date(iso), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)}`;
}

interface Column {
  nb: string;
  en: string;
  value: (row: RegisterRow, lang: Lang, timeZone: string) => string;
  /** Shown in the configured zone, which the header names. */
  time?: true;
}

const yesNo = (value: boolean | null, lang: Lang): string => (value === null ? '' : answerLabels[value ? 'yes' : 'no'][lang]);
const sent = (notice: NoticeSummary, lang: Lang): string => answerLabels[notice.count > 0 ? 'yes' : 'no'][lang];
const when = (key: keyof RegisterRow) => (row: RegisterRow, _lang: Lang, zone: string) => csvInstant(row[key] as string | null, zone);

const COLUMNS: Column[] = [
  { nb: 'Referanse', en: 'Reference', value: (r) => r.ref },
  { nb: 'Hendelse', en: 'Incident', value: (r) => r.title },
  { nb: 'Status', en: 'Status', value: (r, l) => statusLabels[r.status][l] },
  { nb: 'Rolle', en: 'Role', value: (r, l) => roleLabels[r.role][l] },
  { nb: 'Bruddet startet', en: 'Breach began', value: when('occurredFrom'), time: true },
  { nb: 'Bruddet sluttet', en: 'Breach ended', value: when('occurredTo'), time: true },
  { nb: 'Oppdaget', en: 'Detected', value: when('discoveredAt'), time: true },
  { nb: 'Fikk kjennskap', en: 'Became aware', value: when('awareAt'), time: true },
  { nb: 'Lukket', en: 'Closed', value: when('closedAt'), time: true },
  { nb: 'Konfidensialitet', en: 'Confidentiality', value: (r, l) => answerLabels[r.breach.confidentiality][l] },
  { nb: 'Integritet', en: 'Integrity', value: (r, l) => answerLabels[r.breach.integrity][l] },
  { nb: 'Tilgjengelighet', en: 'Availability', value: (r, l) => answerLabels[r.breach.availability][l] },
  { nb: 'Kategorier av personopplysninger', en: 'Categories of personal data', value: (r, l) => r.categories.map((c) => categoryLabels[c][l]).join(', ') },
  { nb: 'Antall registrerte', en: 'People affected', value: (r) => (r.subjectCount === null ? '' : String(r.subjectCount)) },
  // Art. 33(5): the facts, the effects and the remedial action, in words.
  { nb: 'Hva som skjedde', en: 'What happened', value: (r, l) => textFor(r.description, l) },
  { nb: 'Sannsynlige konsekvenser', en: 'Likely consequences', value: (r, l) => textFor(r.consequences, l) },
  { nb: 'Tiltak som er gjort', en: 'Remedial action taken', value: (r, l) => r.remedialActions.map((m) => textFor(m, l)).filter(Boolean).join('; ') },
  { nb: 'Risiko', en: 'Risk', value: (r, l) => riskLabels[r.risk][l] },
  { nb: 'Besluttet meldt til Datatilsynet', en: 'Decided to notify Datatilsynet', value: (r, l) => yesNo(r.authority.decided, l) },
  { nb: 'Meldt til Datatilsynet', en: 'Notified Datatilsynet', value: (r, l) => sent(r.authority, l) },
  { nb: 'Meldt dato', en: 'Notified at', value: (r, _l, z) => csvInstant(r.authority.firstSentAt, z), time: true },
  { nb: 'Meldt etter fristen', en: 'Notified late', value: (r, l) => yesNo(r.authority.late, l) },
  { nb: 'Referanse (Altinn)', en: 'Reference (Altinn)', value: (r) => r.authority.references.join(', ') },
  { nb: 'Meldt til behandlingsansvarlig', en: 'Controller notified at', value: (r, _l, z) => csvInstant(r.controller.firstSentAt, z), time: true },
  { nb: 'Besluttet underretning av de registrerte', en: 'Decided to inform the people affected', value: (r, l) => yesNo(r.subjects.decided, l) },
  { nb: 'De registrerte underrettet', en: 'People affected informed', value: (r, l) => sent(r.subjects, l) },
  { nb: 'Underrettet dato', en: 'Informed at', value: (r, _l, z) => csvInstant(r.subjects.firstSentAt, z), time: true },
  { nb: 'Unntak', en: 'Exception', value: (r, l) => (r.subjects.exception ? (exceptionLabels[r.subjects.exception]?.[l] ?? r.subjects.exception) : '') },
  { nb: 'Begrunnelse for ikke å melde', en: 'Reason for not notifying', value: (r, l) => (r.reasonNotNotified ? textFor(r.reasonNotNotified, l) : '') },
  { nb: 'Årsak til forsinkelse', en: 'Reason for delay', value: (r, l) => (r.delayReason ? textFor(r.delayReason, l) : '') },
  { nb: 'Historikk verifisert', en: 'History verified', value: (r, l) => yesNo(r.historyVerified, l) },
];

/** The register as CSV text (with its BOM); write it as UTF-8. Times are shown in `timeZone`. */
export function registerCsv(rows: readonly RegisterRow[], lang: Lang, timeZone: string): string {
  const header = COLUMNS.map((c) => (c.time ? `${c[lang]} (${timeZone})` : c[lang]));
  const lines = [csvLine(header), ...rows.map((row) => csvLine(COLUMNS.map((c) => c.value(row, lang, timeZone))))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

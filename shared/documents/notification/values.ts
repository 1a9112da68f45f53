import type { BreachFacts, DataCategory } from '../../assessment';
import type { DetailField } from '../../incident/details';
import { capitalise, count, freeText, hours, instant, joinList, pick } from '../format';
import {
  ANSWER,
  BREACH_TYPE,
  CAUSE,
  DATA_CATEGORY,
  DETECTION,
  NONE_RECORDED,
  NOT_KNOWN,
  PROTECTION,
  RECIPIENT,
  SUBJECT_CATEGORY,
} from '../text/common';
import { INCIDENT_TYPE, OTHER_AUTHORITY, PARTY_ROLE, POLICE_STATUS, SECURITY_MEASURE } from '../text/record';
import { NOTIFICATION } from '../text/notification';
import type { NotificationDocumentInput } from '../types';
import type { Lang } from '../../i18n/lang';

// Every field of the record as the notification prints it: its label and its value, once. The
// sections print them in the form's order; a follow-up's «Nytt siden forrige melding» prints the
// same label and value for what changed, so the two never disagree.

/** A fact of the assessment's vocabulary or a detail field of the record. */
export type RecordKey = keyof BreachFacts | DetailField;

export interface Printed {
  label: string;
  value: string;
}

const SPECIAL: readonly DataCategory[] = ['health', 'special-category', 'criminal'];

const listed = (items: readonly string[], input: NotificationDocumentInput): string =>
  items.length ? capitalise(joinList(items, input.lang)) : NOT_KNOWN[input.lang];

type Printer = (input: NotificationDocumentInput) => Printed[];

function when(input: NotificationDocumentInput, at: string | null): string {
  return instant(at, input.lang, input.timeZone);
}

function detection(input: NotificationDocumentInput): Printed[] {
  const { lang, incident } = input;
  const text = [incident.detection ? DETECTION[lang][incident.detection] : null, pick(incident.detectionDetail, lang)]
    .filter(Boolean)
    .join('. ');
  return [{ label: NOTIFICATION[lang].fields.detection, value: text || NOT_KNOWN[lang] }];
}

function subjects(input: NotificationDocumentInput): Printed[] {
  const { lang, facts, incident } = input;
  return [{ label: NOTIFICATION[lang].fields.subjects, value: count(facts.subjectCount, incident.subjectCountPrecision, lang) }];
}

function records(input: NotificationDocumentInput): Printed[] {
  const { lang, facts, incident } = input;
  return [{ label: NOTIFICATION[lang].fields.records, value: count(facts.recordCount, incident.recordCountPrecision, lang) }];
}

function categories(input: NotificationDocumentInput): Printed[] {
  const { lang, facts } = input;
  const f = NOTIFICATION[lang].fields;
  const known = facts.dataCategories.length > 0;
  return [
    { label: f.categories, value: listed(facts.dataCategories.map((c) => DATA_CATEGORY[lang][c]), input) },
    { label: f.special, value: known ? ANSWER[lang][facts.dataCategories.some((c) => SPECIAL.includes(c)) ? 'yes' : 'no'] : NOT_KNOWN[lang] },
  ];
}

function measuresInPlace(input: NotificationDocumentInput): Printed[] {
  const { lang, measures } = input;
  const named = measures.inPlace.map((m) => SECURITY_MEASURE[lang][m]);
  const value = [named.length ? `${capitalise(joinList(named, lang))}.` : '', pick(measures.inPlaceDetail, lang) ?? ''].filter(Boolean).join(' ');
  return [{ label: NOTIFICATION[lang].fields.inPlace, value: value || NOT_KNOWN[lang] }];
}

function otherParties(input: NotificationDocumentInput): Printed[] {
  const { lang } = input;
  const lines = input.otherParties.map((party) => {
    const detail = pick(party.detail, lang);
    return `${capitalise(PARTY_ROLE[lang][party.role])}: ${party.name}${party.contact ? ` (${party.contact})` : ''}${detail ? `. ${detail}` : ''}`;
  });
  // "No one else" is an answer; an empty list that nobody answered is only "none recorded".
  const empty = input.otherPartiesInvolved === 'no' ? ANSWER[lang].no : NONE_RECORDED[lang];
  return [{ label: NOTIFICATION[lang].fields.otherParties, value: lines.join('\n') || empty }];
}

function police(input: NotificationDocumentInput): Printed[] {
  const { lang } = input;
  const f = NOTIFICATION[lang].fields;
  const { status, reportedAt, caseNumber } = input.authorities.police;
  if (status === null) return [{ label: f.police, value: NOT_KNOWN[lang] }];
  // "Ja, anmeldt 28.03.2026 09:20 CET", "Planlagt, 30.03.2026 …".
  const date = reportedAt && status !== 'no' ? `${status === 'yes' ? ' ' : ', '}${when(input, reportedAt)}` : '';
  const head = `${POLICE_STATUS[lang][status]}${date}`;
  return [{ label: f.police, value: [head, caseNumber ? `${f.caseNumber} ${caseNumber}` : ''].filter(Boolean).join(', ') }];
}

function authorities(input: NotificationDocumentInput): Printed[] {
  const { lang } = input;
  const f = NOTIFICATION[lang].fields;
  const lines = input.authorities.others.map((a) => {
    const name = a.kind === 'foreign-dpa' || a.kind === 'other' ? (a.name ?? OTHER_AUTHORITY[lang][a.kind]) : OTHER_AUTHORITY[lang][a.kind];
    const at = a.notifiedAt ? `${f.notifiedAt} ${when(input, a.notifiedAt)}` : '';
    return [capitalise(name), at, a.reference ? `${f.reference} ${a.reference}` : ''].filter(Boolean).join(', ');
  });
  const empty = input.authorities.othersNotified === 'no' ? ANSWER[lang].no : NONE_RECORDED[lang];
  return [{ label: f.others, value: lines.join('\n') || empty }];
}

function crossBorder(input: NotificationDocumentInput): Printed[] {
  const { lang } = input;
  const f = NOTIFICATION[lang].fields;
  const { status, leadAuthority, countries } = input.authorities.crossBorder;
  if (status === null) return [{ label: f.crossBorder, value: NOT_KNOWN[lang] }];
  if (status === 'no') return [{ label: f.crossBorder, value: ANSWER[lang].no }];
  const value = [
    f.crossBorderYes,
    `${f.leadAuthority}: ${leadAuthority ?? NOT_KNOWN[lang]}`,
    `${f.countries}: ${countries.length ? countries.join(', ') : NOT_KNOWN[lang]}`,
  ].join('\n');
  return [{ label: f.crossBorder, value }];
}

const fact =
  (label: (f: (typeof NOTIFICATION)['nb']['fields'], lang: Lang) => string, value: (input: NotificationDocumentInput) => string): Printer =>
  (input) => [{ label: label(NOTIFICATION[input.lang].fields, input.lang), value: value(input) }];

const answer = (key: 'malicious' | 'vulnerableSubjects' | 'dataRecovered' | 'misuseObserved' | 'highRiskNeutralised' | 'disproportionateEffort' | 'personalData' | 'confidentiality' | 'integrity' | 'availability') =>
  (input: NotificationDocumentInput) => ANSWER[input.lang][input.facts[key]];

const text = (pickText: (input: NotificationDocumentInput) => Parameters<typeof freeText>[0]) => (input: NotificationDocumentInput) =>
  freeText(pickText(input), input.lang);

const PRINTERS: Partial<Record<RecordKey, Printer>> = {
  // Facts.
  personalData: fact((f) => f.personalData, answer('personalData')),
  confidentiality: fact((_, lang) => BREACH_TYPE[lang].confidentiality, answer('confidentiality')),
  integrity: fact((_, lang) => BREACH_TYPE[lang].integrity, answer('integrity')),
  availability: fact((_, lang) => BREACH_TYPE[lang].availability, answer('availability')),
  cause: fact((f) => f.cause, (i) => CAUSE[i.lang][i.facts.cause]),
  malicious: fact((f) => f.malicious, answer('malicious')),
  dataCategories: categories,
  subjectCount: subjects,
  recordCount: records,
  vulnerableSubjects: fact((f) => f.vulnerable, answer('vulnerableSubjects')),
  protection: fact((f) => f.protection, (i) => PROTECTION[i.lang][i.facts.protection]),
  recipient: fact((f) => f.recipient, (i) => RECIPIENT[i.lang][i.facts.recipient]),
  dataRecovered: fact((f) => f.recovered, answer('dataRecovered')),
  // An outage only matters for a breach of availability.
  outageHours: (i) => (i.facts.availability === 'no' ? [] : [{ label: NOTIFICATION[i.lang].fields.outage, value: hours(i.facts.outageHours, i.lang) }]),
  misuseObserved: fact((f) => f.misuse, answer('misuseObserved')),
  highRiskNeutralised: fact((f) => f.neutralised, answer('highRiskNeutralised')),
  disproportionateEffort: fact((f) => f.disproportionate, answer('disproportionateEffort')),
  // Details.
  title: fact((_, lang) => NOTIFICATION[lang].notice.title, (i) => i.incident.title),
  awareAt: fact((_, lang) => NOTIFICATION[lang].notice.awareAt, (i) => when(i, i.incident.awareAt)),
  occurredFrom: fact((f) => f.from, (i) => when(i, i.incident.occurredFrom)),
  occurredTo: fact((f) => f.to, (i) => when(i, i.incident.occurredTo)),
  discoveredAt: fact((f) => f.discoveredAt, (i) => when(i, i.incident.discoveredAt)),
  description: fact((f) => f.description, text((i) => i.incident.description)),
  howItHappened: fact((f) => f.how, text((i) => i.incident.howItHappened)),
  mainCause: fact((f) => f.causeDetail, text((i) => i.incident.mainCause)),
  incidentTypes: fact((f) => f.incidentTypes, (i) => listed(i.incident.incidentTypes.map((k) => INCIDENT_TYPE[i.lang][k]), i)),
  detectionMethod: detection,
  detectionDetail: detection,
  subjectCategories: fact((f) => f.subjectCategories, (i) => listed(i.incident.subjectCategories.map((c) => SUBJECT_CATEGORY[i.lang][c]), i)),
  relationship: fact((f) => f.relationship, text((i) => i.incident.relationship)),
  subjectCountPrecision: subjects,
  recordCountPrecision: records,
  measuresInPlace,
  measuresInPlaceDetail: measuresInPlace,
  consequences: fact((f) => f.consequences, text((i) => i.incident.consequences)),
  systems: fact((f) => f.systems, (i) => (i.incident.systems.length ? i.incident.systems.join(', ') : NOT_KNOWN[i.lang])),
  dataLocation: fact((f) => f.whereNow, text((i) => i.incident.dataLocationNow)),
  otherParties,
  police,
  otherAuthorities: authorities,
  crossBorder,
  // plainWhatHappened, plainWhatItMeans, plainAdvice: the letters' words, not the notification's.
  // controller: a processor's controller, printed in the processor's notice.
};

/** The field(s) the notification prints for a fact or detail; empty when the notification has none. */
export function printed(input: NotificationDocumentInput, key: RecordKey): Printed[] {
  return PRINTERS[key]?.(input) ?? [];
}

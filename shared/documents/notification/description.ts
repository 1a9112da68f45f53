import type { BreachFacts, DataCategory } from '../../assessment';
import { capitalise, count, freeText, hours, instant, joinList, pick } from '../format';
import { INCIDENT_TYPE } from '../text/record';
import { field, subheading } from '../sections';
import {
  ANSWER,
  BREACH_TYPE,
  CAUSE,
  DATA_CATEGORY,
  DETECTION,
  NOT_KNOWN,
  PROTECTION,
  RECIPIENT,
  SUBJECT_CATEGORY,
} from '../text/common';
import { NOTIFICATION } from '../text/notification';
import type { Block, NotificationDocumentInput, Section } from '../types';

// «Beskrivelse av avviket»: Datatilsynet's nine sub-points, in its order, each carrying the EDPB
// template fields that belong to it (timeline, C/I/A, cause, categories and numbers, measures in
// place).

const SPECIAL: readonly DataCategory[] = ['health', 'special-category', 'criminal'];

function categories(facts: BreachFacts, input: NotificationDocumentInput): string {
  const { lang } = input;
  if (facts.dataCategories.length === 0) return NOT_KNOWN[lang];
  return capitalise(
    joinList(
      facts.dataCategories.map((c) => DATA_CATEGORY[lang][c]),
      lang,
    ),
  );
}

function specialCategories(facts: BreachFacts, input: NotificationDocumentInput): string {
  const { lang } = input;
  if (facts.dataCategories.length === 0) return NOT_KNOWN[lang];
  return ANSWER[lang][facts.dataCategories.some((c) => SPECIAL.includes(c)) ? 'yes' : 'no'];
}

function textOr(text: string | null, fallback: string): string {
  return text ?? fallback;
}

export function descriptionSection(input: NotificationDocumentInput): Section {
  const { lang, timeZone, incident, facts, measures } = input;
  const t = NOTIFICATION[lang];
  const f = t.fields;
  const p = t.points;
  const known = (text: string | null): string => textOr(text, NOT_KNOWN[lang]);

  const causeText = pick(incident.mainCause, lang);
  const detection = [
    incident.detection ? DETECTION[lang][incident.detection] : null,
    pick(incident.detectionDetail, lang),
  ]
    .filter(Boolean)
    .join('. ');
  const subjectCategories = incident.subjectCategories.map((c) => SUBJECT_CATEGORY[lang][c]);

  const blocks: Block[] = [
    subheading(p.cause),
    field(f.cause, CAUSE[lang][facts.cause]),
    field(f.malicious, ANSWER[lang][facts.malicious]),
    ...(causeText ? [field(f.causeDetail, causeText)] : []),

    subheading(p.period),
    field(f.from, instant(incident.occurredFrom, lang, timeZone)),
    field(f.to, instant(incident.occurredTo, lang, timeZone)),

    subheading(p.discovered),
    field(f.discoveredAt, instant(incident.discoveredAt, lang, timeZone)),
    field(f.detection, known(detection || null)),
    field(t.notice.awareAt, instant(incident.awareAt, lang, timeZone)),

    subheading(p.count),
    field(f.subjects, count(facts.subjectCount, incident.subjectCountPrecision, lang)),
    field(f.records, count(facts.recordCount, incident.recordCountPrecision, lang)),

    subheading(p.what),
    field(f.incidentTypes, incident.incidentTypes.length ? capitalise(joinList(incident.incidentTypes.map((k) => INCIDENT_TYPE[lang][k]), lang)) : NOT_KNOWN[lang]),
    field(f.description, freeText(incident.description, lang)),
    field(BREACH_TYPE[lang].confidentiality, ANSWER[lang][facts.confidentiality]),
    field(BREACH_TYPE[lang].integrity, ANSWER[lang][facts.integrity]),
    field(BREACH_TYPE[lang].availability, ANSWER[lang][facts.availability]),
    ...(facts.availability === 'no' ? [] : [field(f.outage, hours(facts.outageHours, lang))]),

    subheading(p.how),
    field(f.how, freeText(incident.howItHappened, lang)),
    field(f.systems, freeText(incident.systems, lang)),

    subheading(p.data),
    field(f.categories, categories(facts, input)),
    field(f.special, specialCategories(facts, input)),

    subheading(p.relationship),
    field(f.relationship, freeText(incident.relationship, lang)),
    field(
      f.subjectCategories,
      subjectCategories.length ? capitalise(joinList(subjectCategories, lang)) : NOT_KNOWN[lang],
    ),
    field(f.vulnerable, ANSWER[lang][facts.vulnerableSubjects]),

    subheading(p.whereNow),
    field(f.whereNow, freeText(incident.dataLocationNow, lang)),
    field(f.recipient, RECIPIENT[lang][facts.recipient]),
    field(f.recovered, ANSWER[lang][facts.dataRecovered]),
    field(f.misuse, ANSWER[lang][facts.misuseObserved]),

    subheading(p.inPlace),
    field(f.protection, PROTECTION[lang][facts.protection]),
    field(f.otherMeasures, freeText(measures.inPlace, lang)),
  ];
  return { heading: t.headings.description, blocks };
}

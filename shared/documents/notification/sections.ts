import { authorityDeadline, delayReasonRequired, formatDurationWords } from '../../deadline';
import { translate, type MessageKey } from '../../i18n';
import { capitalise, freeText, instant, joinList, number, orNotKnown, pick, toDate } from '../format';
import { bullets, field, paragraph, sectionToPlain, subheading } from '../sections';
import { ANSWER, CONTACT_LABELS, EXCEPTION, INFORMED, NONE_RECORDED, NOT_KNOWN, RISK, SEVERITY } from '../text/common';
import { harmLabels } from '../text/harms';
import { NOTIFICATION } from '../text/notification';
import { assessmentStatements, factorStatements } from '../text/statements';
import type { Block, ContactPerson, FreeText, NotificationDocumentInput, PlainSection, Section } from '../types';
import { DESCRIPTION_POINTS, descriptionSection, fieldsOf } from './description';
import type { RecordKey } from './values';
import type { Lang } from '../../i18n/lang';

// The notification to Datatilsynet as sections: «Om meldingen» (EDPB template §1 and the 72-hour
// clock), in a follow-up what is new since the last notice, then the Altinn form's own headings in
// its order. The PDF and the copy-to-Altinn text are both made from these.

/** Art. 33(4): the facts still open, by their short names. */
function unknownNames(input: NotificationDocumentInput): string {
  const names = input.assessment.unknowns.map((u) => translate(input.lang, `incident.factName.${u.fact}` as MessageKey));
  return joinList(names, input.lang);
}

function noticeSection(input: NotificationDocumentInput): Section {
  const { lang, timeZone, incident, notice } = input;
  const t = NOTIFICATION[lang].notice;
  const awareAt = toDate(incident.awareAt);
  const now = toDate(input.now);
  const deadline = awareAt ? authorityDeadline(awareAt) : null;
  const blocks: Block[] = [
    field(t.type, notice.type === 'new' ? t.new : t.followUp),
    field(t.phase, notice.phase === 'phased' ? t.phased : t.complete),
  ];
  // Datatilsynet: the first notice "must state that it is staged"; say why, and that more follows.
  if (notice.phase === 'phased') {
    blocks.push(paragraph(input.assessment.unknowns.length > 0 ? t.phasedBecause(unknownNames(input)) : t.phasedMore));
  }
  blocks.push(
    field(t.earlierReference, notice.type === 'new' ? t.notApplicable : orNotKnown(notice.earlierReference, lang)),
    field(t.ref, incident.ref),
    field(t.title, incident.title),
    field(t.awareAt, instant(awareAt, lang, timeZone)),
    field(t.deadline, instant(deadline, lang, timeZone)),
    field(t.date, instant(now, lang, timeZone)),
  );
  // The 72 hours concern the first notice; a follow-up is never late for them.
  if (awareAt && now && deadline && notice.type === 'new') {
    const late = delayReasonRequired(awareAt, now);
    const gap = formatDurationWords(deadline.getTime() - now.getTime(), lang);
    blocks.push(field(t.onTime, late ? t.onTimeNo(gap) : t.onTimeYes(gap)));
    // Art. 33(1): a notification after 72 hours "shall be accompanied by reasons for the delay".
    if (late) blocks.push(field(t.delay, pick(notice.reasonsForDelay, lang) ?? t.delayMissing));
  }
  return { heading: NOTIFICATION[lang].headings.notice, blocks };
}

/** Every record key the notification prints, in the order it prints them. */
const PRINT_ORDER: readonly RecordKey[] = [
  'title',
  ...DESCRIPTION_POINTS.flatMap(([, keys]) => keys),
  'consequences',
  'highRiskNeutralised',
  'disproportionateEffort',
  'otherParties',
  'police',
  'otherAuthorities',
  'crossBorder',
];

/** Art. 33(4): in a follow-up, what is new since the last notice, as the fields below print it. */
function sinceSection(input: NotificationDocumentInput): Section | null {
  const { lang, timeZone, notice } = input;
  if (notice.type !== 'follow-up') return null;
  const t = NOTIFICATION[lang].since;
  const heading = NOTIFICATION[lang].headings.since;
  const since = notice.sinceLastNotice;
  if (!since) return { heading, blocks: [paragraph(t.unknownHistory)] };
  const sent = instant(since.sentAt, lang, timeZone);
  const changed = new Set<RecordKey>([...since.facts, ...since.details]);
  const fields = fieldsOf(input, PRINT_ORDER.filter((key) => changed.has(key)));
  const measures = since.measures.map((m) => pick(m, lang)).filter((m): m is string => m !== null);
  const blocks: Block[] = [
    ...fields,
    ...(measures.length ? [subheading(t.measures), bullets(measures)] : []),
    ...(since.attachments.length ? [subheading(t.attachments), bullets(since.attachments)] : []),
    ...(since.decision ? [paragraph(t.decision)] : []),
    ...(since.delayReason ? [paragraph(t.delayReason)] : []),
  ];
  if (blocks.length === 0) return { heading, blocks: [paragraph(t.nothing(sent, since.reference))] };
  return { heading, blocks: [paragraph(t.intro(sent, since.reference)), ...blocks] };
}

function severityText(input: NotificationDocumentInput): string {
  const { lang } = input;
  const s = input.assessment.severity;
  const n = (value: number): string => number(value, lang);
  return `${SEVERITY[lang][s.level]}: SE ${n(s.score)} = DPC ${n(s.dpc)} × EI ${n(s.ei)} + CB ${n(s.cb)}`;
}


function consequencesSection(input: NotificationDocumentInput): Section {
  const { lang, assessment } = input;
  const f = NOTIFICATION[lang].fields;
  const harms = harmLabels(input.facts, lang);
  const factors = factorStatements(assessment, lang);
  return {
    heading: NOTIFICATION[lang].headings.consequences,
    blocks: [
      ...fieldsOf(input, ['consequences']),
      subheading(f.harms),
      harms.length > 0 ? bullets(harms.map(capitalise)) : paragraph(capitalise(NOT_KNOWN[lang])),
      field(f.risk, RISK[lang][assessment.risk]),
      subheading(f.assessment),
      ...assessmentStatements(assessment, lang).map(paragraph),
      ...(factors.length ? [subheading(f.reasons), bullets(factors)] : []),
      field(f.severity, severityText(input)),
      paragraph(f.severityNote),
    ],
  };
}

function measureList(label: string, items: readonly FreeText[], lang: Lang): Block[] {
  const texts = items.map((m) => pick(m, lang)).filter((m): m is string => m !== null);
  return [subheading(label), texts.length ? bullets(texts) : paragraph(NONE_RECORDED[lang])];
}

function measuresSection(input: NotificationDocumentInput): Section {
  const { lang, measures } = input;
  const f = NOTIFICATION[lang].fields;
  return {
    heading: NOTIFICATION[lang].headings.measures,
    blocks: [
      ...measureList(f.taken, measures.taken, lang),
      ...measureList(f.planned, measures.planned, lang),
      ...measureList(f.prevention, measures.prevention, lang),
    ],
  };
}

function informationSection(input: NotificationDocumentInput): Section {
  const { lang, timeZone, assessment, subjectsInformed: informed } = input;
  const f = NOTIFICATION[lang].fields;
  const status = informed.status;
  const blocks: Block[] = [field(f.informed, status ? INFORMED[lang][status] : NOT_KNOWN[lang])];
  if (status === null || status === 'yes' || status === 'planned' || status === 'not-decided') {
    blocks.push(field(f.informedAt, instant(informed.at, lang, timeZone)), field(f.channel, freeText(informed.channel, lang)));
  }
  blocks.push(
    field(f.duty, ANSWER[lang][assessment.notifySubjects ? 'yes' : 'no']),
    field(f.exception, assessment.subjectException ? EXCEPTION[lang][assessment.subjectException] : f.noException),
    ...fieldsOf(input, ['highRiskNeutralised', 'disproportionateEffort']),
  );
  const comment = pick(informed.explanation, lang);
  if (comment) blocks.push(field(f.comment, comment));
  return { heading: NOTIFICATION[lang].headings.information, blocks };
}

function personFields(person: ContactPerson, lang: Lang): Block[] {
  const l = CONTACT_LABELS[lang];
  return [
    field(l.name, orNotKnown(person.name, lang)),
    ...(person.role !== undefined ? [field(l.role, orNotKnown(pick(person.role, lang), lang))] : []),
    field(l.phone, orNotKnown(person.phone, lang)),
    field(l.email, orNotKnown(person.email, lang)),
  ];
}

function contactSection(input: NotificationDocumentInput): Section {
  const { lang, organisation: org, dpo, contactPoint } = input;
  const f = NOTIFICATION[lang].fields;
  const l = CONTACT_LABELS[lang];
  const blocks: Block[] = [
    subheading(f.organisation),
    field(l.name, orNotKnown(org.name, lang)),
    field(l.orgNumber, orNotKnown(org.orgNumber, lang)),
    field(l.address, orNotKnown(org.address, lang)),
    field(l.phone, orNotKnown(org.phone, lang)),
    field(l.email, orNotKnown(org.email, lang)),
    subheading(f.reporter),
    ...personFields(input.reporter, lang),
    subheading(f.dpo),
    ...(dpo ? personFields(dpo, lang) : [paragraph(f.noDpo)]),
    subheading(f.contactPoint),
    ...(contactPoint ? personFields(contactPoint, lang) : [paragraph(dpo ? f.sameAsDpo : f.sameAsReporter)]),
    ...fieldsOf(input, ['otherParties']),
  ];
  return { heading: NOTIFICATION[lang].headings.contact, blocks };
}

function authoritiesSection(input: NotificationDocumentInput): Section {
  return {
    heading: NOTIFICATION[input.lang].headings.authorities,
    blocks: fieldsOf(input, ['police', 'otherAuthorities', 'crossBorder']),
  };
}

/** EDPB template 125–126: the files sent with the notification, each with its SHA-256. */
function attachmentsSection(input: NotificationDocumentInput): Section {
  const { lang } = input;
  const { attachments } = input.incident;
  const kb = (size: number) => `${number(Math.max(1, Math.round(size / 1024)), lang, 0)} kB`;
  return {
    heading: NOTIFICATION[lang].headings.attachments,
    blocks: [
      subheading(NOTIFICATION[lang].fields.attachments),
      attachments.length
        ? bullets(attachments.map((a) => `${a.name} (${kb(a.size)}${a.note ? `, ${a.note}` : ''}) SHA-256 ${a.sha256}`))
        : paragraph(NONE_RECORDED[lang]),
    ],
  };
}

/** The notification's content, section by section, in the order of Datatilsynet's form. */
export function notificationContent(input: NotificationDocumentInput): Section[] {
  const since = sinceSection(input);
  return [
    noticeSection(input),
    ...(since ? [since] : []),
    descriptionSection(input),
    consequencesSection(input),
    measuresSection(input),
    informationSection(input),
    contactSection(input),
    authoritiesSection(input),
    attachmentsSection(input),
  ];
}

/** The notification as plain text per section, for copying into the Altinn form field by field. */
export function notificationSections(input: NotificationDocumentInput): PlainSection[] {
  return notificationContent(input).map(sectionToPlain);
}

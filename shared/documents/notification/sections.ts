import { authorityDeadline, delayReasonRequired, formatDuration } from '../../deadline';
import { capitalise, freeText, instant, number, orNotKnown, pick, toDate } from '../format';
import { bullets, field, paragraph, sectionToPlain, subheading } from '../sections';
import { ANSWER, CONTACT_LABELS, EXCEPTION, INFORMED, NOT_KNOWN, RISK, SEVERITY } from '../text/common';
import { harmLabels } from '../text/harms';
import { POLICE_STATUS } from '../text/record';
import { NOTIFICATION } from '../text/notification';
import type { Block, ContactPerson, Lang, NotificationDocumentInput, PlainSection, Section } from '../types';
import { descriptionSection } from './description';

// The notification to Datatilsynet as sections: «Om meldingen» (EDPB template §1 and the 72-hour
// clock), then the Altinn form's own headings in its order. The PDF and the copy-to-Altinn text are
// both made from these.

function noticeSection(input: NotificationDocumentInput): Section {
  const { lang, timeZone, incident, notice } = input;
  const t = NOTIFICATION[lang].notice;
  const awareAt = toDate(incident.awareAt);
  const now = toDate(input.now);
  const deadline = awareAt ? authorityDeadline(awareAt) : null;
  const blocks: Block[] = [
    field(t.type, notice.type === 'new' ? t.new : t.followUp),
    field(t.phase, notice.phase === 'phased' ? t.phased : t.complete),
    field(
      t.earlierReference,
      notice.type === 'new' ? t.notApplicable : orNotKnown(notice.earlierReference, lang),
    ),
    field(t.ref, incident.ref),
    field(t.title, incident.title),
    field(t.awareAt, instant(awareAt, lang, timeZone)),
    field(t.deadline, instant(deadline, lang, timeZone)),
    field(t.date, instant(now, lang, timeZone)),
  ];
  if (awareAt && now && deadline) {
    const late = delayReasonRequired(awareAt, now);
    const gap = formatDuration(deadline.getTime() - now.getTime(), lang);
    blocks.push(field(t.onTime, late ? t.onTimeNo(gap) : t.onTimeYes(gap)));
    // Art. 33(1): a notification after 72 hours "shall be accompanied by reasons for the delay".
    if (late && notice.type === 'new')
      blocks.push(field(t.delay, pick(notice.reasonsForDelay, lang) ?? t.delayMissing));
  }
  return { heading: NOTIFICATION[lang].headings.notice, blocks };
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
  const blocks: Block[] = [
    field(f.consequences, freeText(input.incident.consequences, lang)),
    subheading(f.harms),
    harms.length > 0 ? bullets(harms.map(capitalise)) : paragraph(NOT_KNOWN[lang]),
    field(f.risk, RISK[lang][assessment.risk]),
    field(f.severity, severityText(input)),
    paragraph(f.severityNote),
    subheading(f.reasons),
    // The organisation's own assessment, stated to the authority, not the advice shown to the DPO.
    bullets(assessment.reasons.map((r) => `${r.statement[lang]}.`)),
  ];
  if (assessment.unknowns.length > 0) {
    blocks.push(subheading(f.unknowns), bullets(assessment.unknowns.map((u) => u.why[lang])));
  }
  return { heading: NOTIFICATION[lang].headings.consequences, blocks };
}

function measuresSection(input: NotificationDocumentInput): Section {
  const { lang, measures } = input;
  const f = NOTIFICATION[lang].fields;
  return {
    heading: NOTIFICATION[lang].headings.measures,
    blocks: [
      field(f.taken, freeText(measures.taken, lang)),
      field(f.planned, freeText(measures.planned, lang)),
      field(f.prevention, freeText(measures.prevention, lang)),
    ],
  };
}

function informationSection(input: NotificationDocumentInput): Section {
  const { lang, timeZone, assessment, subjectsInformed: informed } = input;
  const f = NOTIFICATION[lang].fields;
  const status = informed.status;
  const blocks: Block[] = [field(f.informed, status ? INFORMED[lang][status] : NOT_KNOWN[lang])];
  if (status === null || status === 'yes' || status === 'planned' || status === 'not-decided') {
    blocks.push(
      field(f.informedAt, instant(informed.at, lang, timeZone)),
      field(f.channel, freeText(informed.channel, lang)),
    );
  }
  blocks.push(
    field(f.duty, ANSWER[lang][assessment.notifySubjects ? 'yes' : 'no']),
    field(
      f.exception,
      assessment.subjectException ? EXCEPTION[lang][assessment.subjectException] : f.noException,
    ),
  );
  const comment = pick(informed.explanation, lang);
  if (comment) blocks.push(field(f.comment, comment));
  return { heading: NOTIFICATION[lang].headings.information, blocks };
}

function personFields(person: ContactPerson, lang: Lang): Block[] {
  const l = CONTACT_LABELS[lang];
  return [
    field(l.name, orNotKnown(person.name, lang)),
    ...(person.role !== undefined ? [field(l.role, orNotKnown(person.role, lang))] : []),
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
    field(l.name, org.name),
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
    field(f.otherParties, freeText(input.otherParties, lang)),
  ];
  return { heading: NOTIFICATION[lang].headings.contact, blocks };
}

function authoritiesSection(input: NotificationDocumentInput): Section {
  const { lang, authorities } = input;
  const f = NOTIFICATION[lang].fields;
  const detail = pick(authorities.policeDetail, lang);
  const police = authorities.police === null ? NOT_KNOWN[lang] : POLICE_STATUS[lang][authorities.police] + (detail ? `, ${detail}` : '');
  return {
    heading: NOTIFICATION[lang].headings.authorities,
    blocks: [
      field(f.police, police),
      field(f.others, freeText(authorities.others, lang)),
      field(f.crossBorder, freeText(authorities.crossBorder, lang)),
    ],
  };
}

/** EDPB template 125–126: the files sent with the notification, each with its SHA-256. */
function attachmentsSection(input: NotificationDocumentInput): Section | null {
  const { lang } = input;
  const { attachments } = input.incident;
  if (attachments.length === 0) return null;
  const kb = (size: number) => `${number(Math.max(1, Math.round(size / 1024)), lang, 0)} kB`;
  return {
    heading: NOTIFICATION[lang].headings.attachments,
    blocks: [bullets(attachments.map((a) => `${a.name} (${kb(a.size)}${a.note ? `, ${a.note}` : ''}) SHA-256 ${a.sha256}`))],
  };
}

/** The notification's content, section by section, in the order of Datatilsynet's form. */
export function notificationContent(input: NotificationDocumentInput): Section[] {
  return [
    noticeSection(input),
    descriptionSection(input),
    consequencesSection(input),
    measuresSection(input),
    informationSection(input),
    contactSection(input),
    authoritiesSection(input),
    ...(attachmentsSection(input) ? [attachmentsSection(input)!] : []),
  ];
}

/** The notification as plain text per section, for copying into the Altinn form field by field. */
export function notificationSections(input: NotificationDocumentInput): PlainSection[] {
  return notificationContent(input).map(sectionToPlain);
}

import { authorityDeadline, controllerNoticeDeadline, DEFAULT_CONTROLLER_NOTICE_HOURS } from '../../deadline';
import {
  capitalise,
  contactLines,
  count,
  freeText,
  hours,
  instant,
  joinList,
  organisationLines,
  pick,
  requireDate,
} from '../format';
import type { FontBytes } from '../pdf/fonts';
import { COLORS, PdfWriter } from '../pdf/writer';
import { bullets, field, paragraph, renderSections, sectionToPlain } from '../sections';
import {
  ANSWER,
  BREACH_TYPE,
  CAUSE,
  DATA_CATEGORY,
  DETECTION,
  NONE_RECORDED,
  NOT_KNOWN,
  PAGE,
  PROTECTION,
  RECIPIENT,
  SUBJECT_CATEGORY,
} from '../text/common';
import { NOTIFICATION } from '../text/notification';
import { PROCESSOR } from '../text/processor';
import { SECURITY_MEASURE } from '../text/record';
import type { Block, FreeText, PlainSection, ProcessorNoticeDocumentInput, Section } from '../types';

// Art. 33(2): a processor tells its controller "without undue delay after becoming aware". It
// does not judge the risk; it gives the controller what it needs to, and shows the controller's
// own 72 hours, which normally start when this notice arrives.

function deadlines(input: ProcessorNoticeDocumentInput): Section {
  const { lang, timeZone } = input;
  const t = PROCESSOR[lang];
  const noticeHours = input.noticeHours ?? DEFAULT_CONTROLLER_NOTICE_HOURS;
  const awareAt = requireDate(input.incident.awareAt, 'incident.awareAt');
  const now = requireDate(input.now, 'now');
  const ours = controllerNoticeDeadline(awareAt, noticeHours);
  return {
    heading: t.headings.deadlines,
    blocks: [
      field(t.awareAt, instant(awareAt, lang, timeZone)),
      field(t.ourDeadline(hours(noticeHours, lang)), instant(ours, lang, timeZone)),
      field(t.sentAt, instant(now, lang, timeZone)),
      field(t.onTime, ANSWER[lang][now.getTime() <= ours.getTime() ? 'yes' : 'no']),
      field(t.yourDeadline, instant(authorityDeadline(now), lang, timeZone)),
      paragraph(t.yourDeadlineNote),
    ],
  };
}

function what(input: ProcessorNoticeDocumentInput): Section {
  const { lang, timeZone, incident, facts } = input;
  const f = NOTIFICATION[lang].fields;
  const cause = [CAUSE[lang][facts.cause], pick(incident.mainCause, lang)]
    .filter((c) => c && c !== NOT_KNOWN[lang])
    .join('. ');
  const detection = [
    incident.detection ? DETECTION[lang][incident.detection] : null,
    pick(incident.detectionDetail, lang),
  ]
    .filter(Boolean)
    .join('. ');
  return {
    heading: PROCESSOR[lang].headings.what,
    blocks: [
      field(f.description, freeText(incident.description, lang)),
      field(f.how, freeText(incident.howItHappened, lang)),
      field(f.cause, cause || NOT_KNOWN[lang]),
      field(f.malicious, ANSWER[lang][facts.malicious]),
      field(f.from, instant(incident.occurredFrom, lang, timeZone)),
      field(f.to, instant(incident.occurredTo, lang, timeZone)),
      field(f.discoveredAt, instant(incident.discoveredAt, lang, timeZone)),
      field(f.detection, detection || NOT_KNOWN[lang]),
      field(f.systems, incident.systems.length ? incident.systems.join(', ') : NOT_KNOWN[lang]),
      field(
        PROCESSOR[lang].subProcessor,
        input.subProcessors
          .map((p) => [p.name, p.contact, pick(p.detail, lang)].filter(Boolean).join(', '))
          .join('\n') || NONE_RECORDED[lang],
      ),
    ],
  };
}

function data(input: ProcessorNoticeDocumentInput): Section {
  const { lang, incident, facts } = input;
  const f = NOTIFICATION[lang].fields;
  const categories = facts.dataCategories.map((c) => DATA_CATEGORY[lang][c]);
  const subjects = incident.subjectCategories.map((c) => SUBJECT_CATEGORY[lang][c]);
  const blocks: Block[] = [
    field(BREACH_TYPE[lang].confidentiality, ANSWER[lang][facts.confidentiality]),
    field(BREACH_TYPE[lang].integrity, ANSWER[lang][facts.integrity]),
    field(BREACH_TYPE[lang].availability, ANSWER[lang][facts.availability]),
    ...(facts.availability === 'no' ? [] : [field(f.outage, hours(facts.outageHours, lang))]),
    field(f.categories, categories.length ? capitalise(joinList(categories, lang)) : NOT_KNOWN[lang]),
    field(f.subjects, count(facts.subjectCount, incident.subjectCountPrecision, lang)),
    field(f.records, count(facts.recordCount, incident.recordCountPrecision, lang)),
    field(f.subjectCategories, subjects.length ? capitalise(joinList(subjects, lang)) : NOT_KNOWN[lang]),
    field(f.vulnerable, ANSWER[lang][facts.vulnerableSubjects]),
    field(f.protection, PROTECTION[lang][facts.protection]),
    field(f.recipient, RECIPIENT[lang][facts.recipient]),
    field(f.whereNow, freeText(incident.dataLocationNow, lang)),
    field(f.recovered, ANSWER[lang][facts.dataRecovered]),
    field(f.misuse, ANSWER[lang][facts.misuseObserved]),
  ];
  return { heading: PROCESSOR[lang].headings.data, blocks };
}

function measures(input: ProcessorNoticeDocumentInput): Section {
  const { lang, measures: m } = input;
  const f = NOTIFICATION[lang].fields;
  const inPlace = [
    m.inPlace.length ? `${capitalise(joinList(m.inPlace.map((k) => SECURITY_MEASURE[lang][k]), lang))}.` : '',
    pick(m.inPlaceDetail, lang) ?? '',
  ].filter(Boolean);
  const list = (items: readonly FreeText[]): string =>
    items.map((item) => pick(item, lang)).filter(Boolean).join('\n') || NONE_RECORDED[lang];
  return {
    heading: PROCESSOR[lang].headings.measures,
    blocks: [
      field(f.inPlace, inPlace.join(' ') || NOT_KNOWN[lang]),
      field(f.taken, list(m.taken)),
      field(f.planned, list(m.planned)),
      field(f.prevention, list(m.prevention)),
    ],
  };
}

function contact(input: ProcessorNoticeDocumentInput): Section {
  const { lang } = input;
  const f = NOTIFICATION[lang].fields;
  const lines = (person: Parameters<typeof contactLines>[0]): string =>
    contactLines(person, lang).join('\n') || NOT_KNOWN[lang];
  return {
    heading: PROCESSOR[lang].headings.contact,
    blocks: [
      field(PROCESSOR[lang].ourContact, lines(input.contactPoint)),
      input.dpo ? field(f.dpo, lines(input.dpo)) : paragraph(f.noDpo),
    ],
  };
}

/** The processor's notice as sections; the PDF shows the same. */
export function processorNoticeContent(input: ProcessorNoticeDocumentInput): Section[] {
  const next: Section = {
    heading: PROCESSOR[input.lang].headings.next,
    blocks: [bullets([...PROCESSOR[input.lang].next])],
  };
  return [deadlines(input), what(input), data(input), measures(input), next, contact(input)];
}

export function processorNoticeSections(input: ProcessorNoticeDocumentInput): PlainSection[] {
  return processorNoticeContent(input).map(sectionToPlain);
}

/** Art. 33(2): the processor's notice to the controller, as a PDF. */
export function buildProcessorNoticePdf(input: ProcessorNoticeDocumentInput, fonts: FontBytes): Uint8Array {
  const { lang, processor, controller, incident } = input;
  const t = PROCESSOR[lang];
  const writer = new PdfWriter(fonts, {
    title: `${t.title}: ${incident.ref}`,
    subject: incident.title,
    author: processor.name,
    lang,
    createdAt: requireDate(input.now, 'now'),
  });
  writer.title(t.title, t.subtitle);
  const to = [...organisationLines(controller), ...contactLines(input.controllerContact, lang)].join('\n');
  const from = organisationLines(processor).join('\n');
  writer.field(t.to, to);
  writer.field(t.from, from);
  writer.field(t.ref, incident.ref);
  writer.field(t.agreement, input.agreementReference ?? NOT_KNOWN[lang]);
  writer.field(NOTIFICATION[lang].notice.title, incident.title);
  writer.space(4);
  writer.paragraph(t.intro(controller.name), { color: COLORS.text });
  renderSections(writer, processorNoticeContent(input));
  return writer.finish(
    (page, total) => `${processor.name} · ${incident.ref} · ${t.footer} · ${PAGE[lang](page, total)}`,
  );
}

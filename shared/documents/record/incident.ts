import { assessBreach, type Assessment } from '../../assessment';
import { incidentDuty } from '../../duty';
import type { Incident, Measure } from '../../incident/model';
import type { Notification, NotificationChannel } from '../../incident/notifications';
import { isBlank, type Bilingual } from '../../incident/text';
import type { FreeText, IncidentDetails, InformedStatus, Measures, OtherAuthorities, PartyInvolved, SubjectsInformed } from '../types';

// An incident as the documents tell it, from the record alone: the app, the sample command and the
// tests take this one path from record to document. What the record does not know is null, and
// the documents print "not known yet".

/** How something was sent, in both languages (a FreeText the documents pick from). */
export const CHANNEL_LABELS: Record<NotificationChannel, { nb: string; en: string }> = {
  altinn: { nb: 'Altinn', en: 'Altinn' },
  email: { nb: 'e-post', en: 'e-mail' },
  letter: { nb: 'brev', en: 'letter' },
  phone: { nb: 'telefon', en: 'phone' },
  other: { nb: 'annen kanal', en: 'other channel' },
  website: { nb: 'nettsiden', en: 'the website' },
  press: { nb: 'pressen', en: 'the press' },
  'social-media': { nb: 'sosiale medier', en: 'social media' },
};

/** A text of the record for a document: null when nothing is written, otherwise each language given. */
export function freeText(text: Bilingual): FreeText {
  if (isBlank(text)) return null;
  return { nb: text.nb.trim() || null, en: text.en.trim() || null };
}

export function incidentDetails(incident: Incident): IncidentDetails {
  return {
    ref: incident.ref,
    title: incident.title,
    description: freeText(incident.description),
    howItHappened: freeText(incident.howItHappened),
    mainCause: freeText(incident.mainCause),
    incidentTypes: incident.incidentTypes,
    systems: incident.systems,
    dataLocationNow: freeText(incident.dataLocation),
    relationship: freeText(incident.relationship),
    subjectCategories: incident.subjectCategories,
    subjectCountPrecision: incident.subjectCountPrecision,
    recordCountPrecision: incident.recordCountPrecision,
    consequences: freeText(incident.consequences),
    occurredFrom: incident.occurredFrom,
    occurredTo: incident.occurredTo,
    discoveredAt: incident.discoveredAt,
    awareAt: incident.awareAt,
    detection: incident.detectionMethod,
    detectionDetail: freeText(incident.detectionDetail),
    attachments: incident.attachments.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256, note: a.note || null })),
  };
}

const texts = (measures: readonly Measure[]): FreeText[] => measures.map((m) => freeText(m.text)).filter((t) => t !== null);

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** EDPB template 38–41: processors, joint controllers and others involved. */
export function partiesInvolved(incident: Incident): PartyInvolved[] {
  return incident.otherParties.map((party) => ({
    role: party.role,
    name: party.name,
    contact: orNull(party.contact),
    detail: freeText(party.detail),
  }));
}

/** Art. 33(3)(d): measures done are "taken", measures without a date are "planned". */
export function incidentMeasures(incident: Incident): Measures {
  const handling = incident.measures.filter((m) => m.kind !== 'prevention');
  return {
    inPlace: incident.measuresInPlace,
    inPlaceDetail: freeText(incident.measuresInPlaceDetail),
    taken: texts(handling.filter((m) => m.doneAt !== null)),
    planned: texts(handling.filter((m) => m.doneAt === null)),
    prevention: texts(incident.measures.filter((m) => m.kind === 'prevention')),
  };
}

/** EDPB template 109–118: the police, other authorities and cross-border processing, as recorded. */
export function otherAuthorities(incident: Incident): OtherAuthorities {
  const { police, crossBorder } = incident;
  return {
    police: { status: police.status, reportedAt: police.reportedAt, caseNumber: orNull(police.caseNumber) },
    others: incident.otherAuthorities.map((a) => ({ kind: a.kind, name: orNull(a.name), notifiedAt: a.notifiedAt, reference: orNull(a.reference) })),
    othersNotified: incident.otherAuthoritiesNotified,
    crossBorder: { status: crossBorder.status, leadAuthority: orNull(crossBorder.leadAuthority), countries: crossBorder.countries },
  };
}

/**
 * The assessment a document states: the engine's reading of the facts as they are now, so the
 * document never pairs today's facts with yesterday's conclusion. Pure: the same facts give the
 * same assessment the incident screen shows.
 */
export function currentAssessment(incident: Incident): Assessment {
  return assessBreach(incident.facts);
}

/** The notices of one kind, earliest sent first. */
/** EDPB template field 97: have the people been told, and if not, why not (the duty model decides). */
export function subjectsInformed(incident: Incident, notifications: readonly Notification[]): SubjectsInformed {
  const letters = incidentDuty(incident, notifications, 'subjects');
  const publicNotice = incidentDuty(incident, notifications, 'public');
  const first = [...letters.notices, ...publicNotice.notices].sort((a, b) => a.sentAt.localeCompare(b.sentAt))[0];
  if (first) {
    // Art. 34(3)(c): a public communication is told by where it was published.
    const where = first.recipient === 'public' && first.reference ? `: ${first.reference}` : '';
    const channel = { nb: `${CHANNEL_LABELS[first.channel].nb}${where}`, en: `${CHANNEL_LABELS[first.channel].en}${where}` };
    return { status: 'yes', at: first.sentAt, channel, explanation: null };
  }
  const decision = incident.decision;
  let status: InformedStatus | null = null;
  if (decision?.notifySubjects === true) status = 'planned';
  else if (decision?.notifySubjects === false) status = decision.subjectException ? 'no-exception' : 'no-not-high-risk';
  return {
    status,
    at: null,
    channel: null,
    explanation: decision && !decision.notifySubjects ? freeText(decision.rationale) : null,
  };
}

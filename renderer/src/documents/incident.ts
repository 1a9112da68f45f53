import { assessBreach, type Assessment } from '../../../shared/assessment';
import type { IncidentDetails, InformedStatus, Measures, SubjectsInformed } from '../../../shared/documents';
import type { Incident, Measure } from '../../../shared/incident/model';
import type { Notification, NotificationRecipient } from '../../../shared/incident/notifications';

// An incident as the documents tell it. What the record does not hold (how it was detected, the
// relationship to the people …) is null, and the documents print "not yet known".

/** How something was sent, in both languages (a FreeText the documents pick from). */
export const CHANNEL_LABELS: Record<Notification['channel'], { nb: string; en: string }> = {
  altinn: { nb: 'Altinn', en: 'Altinn' },
  email: { nb: 'e-post', en: 'e-mail' },
  letter: { nb: 'brev', en: 'letter' },
  phone: { nb: 'telefon', en: 'phone' },
  other: { nb: 'annen kanal', en: 'other channel' },
};

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function incidentDetails(incident: Incident): IncidentDetails {
  return {
    ref: incident.ref,
    title: incident.title,
    description: orNull(incident.description),
    howItHappened: null,
    mainCause: null,
    systems: incident.systems.length > 0 ? incident.systems.join(', ') : null,
    dataLocationNow: orNull(incident.dataLocation),
    relationship: null,
    subjectCategories: [],
    consequences: orNull(incident.consequences),
    occurredFrom: incident.occurredFrom,
    occurredTo: incident.occurredTo,
    discoveredAt: incident.discoveredAt,
    awareAt: incident.awareAt,
    detection: null,
    detectionDetail: null,
  };
}

const lines = (measures: readonly Measure[]): string | null =>
  measures.length === 0 ? null : measures.map((m) => m.text).join('\n');

/** Art. 33(3)(d): measures done are "taken", measures without a date are "planned". */
export function incidentMeasures(incident: Incident): Measures {
  const handling = incident.measures.filter((m) => m.kind !== 'prevention');
  return {
    inPlace: null,
    taken: lines(handling.filter((m) => m.doneAt !== null)),
    planned: lines(handling.filter((m) => m.doneAt === null)),
    prevention: lines(incident.measures.filter((m) => m.kind === 'prevention')),
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

export function sentTo(
  notifications: readonly Notification[],
  incidentId: string,
  recipient: NotificationRecipient,
): Notification[] {
  return notifications
    .filter((n) => n.incidentId === incidentId && n.recipient === recipient)
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt));
}

/** EDPB template field 97: have the people been told, and if not, why not. */
export function subjectsInformed(
  incident: Incident,
  notifications: readonly Notification[],
): SubjectsInformed {
  const told = sentTo(notifications, incident.id, 'subjects');
  const first = told[0];
  if (first)
    return { status: 'yes', at: first.sentAt, channel: CHANNEL_LABELS[first.channel], explanation: null };
  const decision = incident.decision;
  let status: InformedStatus | null = null;
  if (decision?.notifySubjects === true) status = 'planned';
  else if (decision?.notifySubjects === false)
    status = decision.subjectException ? 'no-exception' : 'no-not-high-risk';
  return {
    status,
    at: null,
    channel: null,
    explanation: decision && !decision.notifySubjects ? decision.rationale : null,
  };
}

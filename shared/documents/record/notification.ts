import type { ChangesSinceNotice, NotificationDocumentInput, ProcessorNoticeDocumentInput } from '../types';
import type { Incident } from '../../incident/model';
import type { Notification } from '../../incident/notifications';
import type { Settings } from '../../incident/settings';
import type { TimelineEvent } from '../../incident/events';
import { currentAssessment, freeText, incidentDetails, incidentMeasures, otherAuthorities, partiesInvolved, subjectsInformed } from './incident';
import { incidentDuty } from '../../duty';
import { contactOf, dpoOf, organisationOf, reporterOf } from './people';
import { changesSinceLastNotice } from './since';
import type { Lang } from '../../i18n/lang';

// The notification to Datatilsynet and the processor's notice, from the record and the settings.

export interface DocumentMoment {
  lang: Lang;
  timeZone: string;
  now: Date;
}

/** Art. 33(4): phased ("trinnvis") when more will follow, complete otherwise. */
export type NoticePhase = 'complete' | 'phased';

/**
 * Art. 33(4): while facts that could change the conclusion are unknown, the notice is phased by
 * default ("trinnvis"): what is known goes now, the rest follows without undue further delay.
 */
export function defaultPhase(incident: Incident): NoticePhase {
  return currentAssessment(incident).unknowns.length === 0 ? 'complete' : 'phased';
}

/** Art. 33(4): what a follow-up says is new, from the history up to the last notice sent. */
function sinceLastNotice(incident: Incident, notifications: readonly Notification[], events: readonly TimelineEvent[]): ChangesSinceNotice | null {
  const since = changesSinceLastNotice(events, incident, notifications, 'authority');
  if (!since) return null;
  const { changes, notice } = since;
  return {
    sentAt: notice.sentAt,
    reference: notice.reference,
    facts: changes.facts,
    details: changes.details,
    measures: changes.measures.map((m) => freeText(m.text)).filter((t) => t !== null),
    attachments: changes.attachments.map((a) => a.name),
    decision: changes.decision,
    delayReason: changes.delayReason,
  };
}

/** The notification to Datatilsynet; `events` is the incident's history, for what a follow-up adds. */
export function notificationInput(
  incident: Incident,
  settings: Settings | undefined,
  notifications: readonly Notification[],
  events: readonly TimelineEvent[],
  moment: DocumentMoment,
  phase: NoticePhase,
): NotificationDocumentInput {
  // The notices already sent to Datatilsynet, in the order sent (the one duty model).
  const earlier = incidentDuty(incident, notifications, 'authority').notices;
  const dpo = dpoOf(settings);
  return {
    lang: moment.lang,
    timeZone: moment.timeZone,
    now: moment.now.toISOString(),
    organisation: organisationOf(settings),
    reporter: reporterOf(settings),
    dpo,
    // Without a DPO the contact person is the contact point (Art. 33(3)(b)).
    contactPoint: dpo ? null : contactOf(settings),
    otherParties: partiesInvolved(incident),
    otherPartiesInvolved: incident.otherPartiesInvolved,
    incident: incidentDetails(incident),
    notice: {
      type: earlier.length > 0 ? 'follow-up' : 'new',
      phase,
      earlierReference: earlier.find((n) => n.reference)?.reference ?? null,
      reasonsForDelay: incident.delayReason ? freeText(incident.delayReason) : null,
      sinceLastNotice: earlier.length > 0 ? sinceLastNotice(incident, notifications, events) : null,
    },
    facts: incident.facts,
    assessment: currentAssessment(incident),
    measures: incidentMeasures(incident),
    subjectsInformed: subjectsInformed(incident, notifications),
    authorities: otherAuthorities(incident),
  };
}

export function processorNoticeInput(
  incident: Incident,
  settings: Settings | undefined,
  moment: DocumentMoment,
): ProcessorNoticeDocumentInput {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  // Art. 33(2): the controller we tell, as the record holds it.
  const controller = incident.controller ?? { name: '', orgNr: '', email: '', contactName: '', agreementReference: '' };
  const dpo = dpoOf(settings);
  return {
    lang: moment.lang,
    timeZone: moment.timeZone,
    now: moment.now.toISOString(),
    processor: organisationOf(settings),
    controller: {
      name: controller.name.trim(),
      orgNumber: orNull(controller.orgNr),
      address: null,
      email: orNull(controller.email),
      phone: null,
    },
    controllerContact: orNull(controller.contactName)
      ? { name: controller.contactName.trim(), email: orNull(controller.email), phone: null }
      : null,
    contactPoint: dpo ?? contactOf(settings),
    dpo,
    agreementReference: orNull(controller.agreementReference),
    noticeHours: settings?.processorDeadlineHours,
    subProcessors: partiesInvolved(incident).filter((p) => p.role === 'sub-processor'),
    incident: incidentDetails(incident),
    facts: incident.facts,
    measures: incidentMeasures(incident),
  };
}

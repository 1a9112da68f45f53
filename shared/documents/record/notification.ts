import type {
  Lang,
  NotificationDocumentInput,
  ProcessorNoticeDocumentInput,
} from '../types';
import type { Incident } from '../../incident/model';
import type { Notification } from '../../incident/notifications';
import type { Settings } from '../../incident/settings';
import { textIn } from '../../incident/text';
import { composed, currentAssessment, freeText, incidentDetails, incidentMeasures, otherAuthorities, otherPartiesText, sentTo, subjectsInformed } from './incident';
import { contactOf, dpoOf, organisationOf, reporterOf } from './people';

// The notification to Datatilsynet and the processor's notice, from the record and the settings.

export interface DocumentMoment {
  lang: Lang;
  timeZone: string;
  now: Date;
}

/** Art. 33(4): phased ("trinnvis") when more will follow, complete otherwise. */
export type NoticePhase = 'complete' | 'phased';

export function notificationInput(
  incident: Incident,
  settings: Settings | undefined,
  notifications: readonly Notification[],
  moment: DocumentMoment,
  phase: NoticePhase,
): NotificationDocumentInput {
  const earlier = sentTo(notifications, incident.id, 'authority');
  const dpo = dpoOf(settings, moment.lang);
  return {
    lang: moment.lang,
    timeZone: moment.timeZone,
    now: moment.now.toISOString(),
    organisation: organisationOf(settings),
    reporter: reporterOf(settings),
    dpo,
    // Without a DPO the contact person is the contact point (Art. 33(3)(b)).
    contactPoint: dpo ? null : contactOf(settings),
    otherParties: otherPartiesText(incident),
    incident: incidentDetails(incident),
    notice: {
      type: earlier.length > 0 ? 'follow-up' : 'new',
      phase,
      earlierReference: earlier.find((n) => n.reference)?.reference ?? null,
      reasonsForDelay: incident.delayReason ? freeText(incident.delayReason) : null,
    },
    facts: incident.facts,
    assessment: currentAssessment(incident),
    measures: incidentMeasures(incident),
    subjectsInformed: subjectsInformed(incident, notifications),
    authorities: otherAuthorities(incident, moment.timeZone),
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
  const dpo = dpoOf(settings, moment.lang);
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
    subProcessor: composed((lang) => incident.otherParties.filter((p) => p.role === 'sub-processor').map((p) => [p.name, p.contact, textIn(p.detail, lang)].filter(Boolean).join(', '))),
    incident: incidentDetails(incident),
    facts: incident.facts,
    measures: incidentMeasures(incident),
  };
}

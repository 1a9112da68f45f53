import type {
  Lang,
  NotificationDocumentInput,
  ProcessorNoticeDocumentInput,
} from '../../../shared/documents';
import type { Incident } from '../../../shared/incident/model';
import type { Notification } from '../../../shared/incident/notifications';
import type { Settings } from '../../../shared/incident/settings';
import { currentAssessment, incidentDetails, incidentMeasures, sentTo, subjectsInformed } from './incident';
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
    otherParties: null,
    incident: incidentDetails(incident),
    notice: {
      type: earlier.length > 0 ? 'follow-up' : 'new',
      phase,
      earlierReference: earlier.find((n) => n.reference)?.reference ?? null,
      reasonsForDelay: incident.delayReason,
    },
    facts: incident.facts,
    assessment: currentAssessment(incident),
    measures: incidentMeasures(incident),
    subjectsInformed: subjectsInformed(incident, notifications),
    authorities: { police: 'unknown', policeDetail: null, others: null },
  };
}

/** The controller a processor tells, as the user types it on the notification screen. */
export interface ControllerDetails {
  name: string;
  orgNr: string;
  email: string;
  contactName: string;
  agreementReference: string;
}

export function processorNoticeInput(
  incident: Incident,
  settings: Settings | undefined,
  controller: ControllerDetails,
  moment: DocumentMoment,
): ProcessorNoticeDocumentInput {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
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
    subProcessor: null,
    incident: incidentDetails(incident),
    facts: incident.facts,
    measures: incidentMeasures(incident),
  };
}

import {
  buildNotificationPdf,
  buildProcessorNoticePdf,
  notificationContent,
  processorNoticeContent,
  sectionToPlain,
  type FontBytes,
  type PlainSection,
  type Section,
} from '../../../../shared/documents';
import type { TimelineEvent } from '../../../../shared/incident/events';
import type { Incident } from '../../../../shared/incident/model';
import type { Notification } from '../../../../shared/incident/notifications';
import type { Settings } from '../../../../shared/incident/settings';
import {
  defaultPhase,
  notificationInput,
  processorNoticeInput,
  type DocumentMoment,
  type NoticePhase,
} from '../../../../shared/documents/record/notification';

// The document the screen shows, in one place: Datatilsynet's notification or the processor's
// notice, as sections (preview), as plain text per section (Altinn), and as PDF bytes (export).

export type NoticeKind = 'authority' | 'controller';

export interface NoticeChoices {
  kind: NoticeKind;
  phase: NoticePhase;
}

export interface NoticeDocument {
  sections: Section[];
  plain: PlainSection[];
  pdf(fonts: FontBytes): Uint8Array;
  /** For the file name and the timeline: "melding-datatilsynet" / "varsel-behandlingsansvarlig". */
  fileKind: string;
  documentKind: 'notification' | 'processor-notice';
}

export function noticeDocument(
  incident: Incident,
  settings: Settings | undefined,
  notifications: readonly Notification[],
  events: readonly TimelineEvent[],
  moment: DocumentMoment,
  choices: NoticeChoices,
): NoticeDocument {
  if (choices.kind === 'controller') {
    const input = processorNoticeInput(incident, settings, moment);
    const sections = processorNoticeContent(input);
    return {
      sections,
      plain: sections.map(sectionToPlain),
      pdf: (fonts) => buildProcessorNoticePdf(input, fonts),
      fileKind: moment.lang === 'nb' ? 'varsel-behandlingsansvarlig' : 'notice-to-controller',
      documentKind: 'processor-notice',
    };
  }
  const input = notificationInput(incident, settings, notifications, events, moment, choices.phase);
  const sections = notificationContent(input);
  return {
    sections,
    plain: sections.map(sectionToPlain),
    pdf: (fonts) => buildNotificationPdf(input, fonts),
    fileKind: moment.lang === 'nb' ? 'melding-datatilsynet' : 'notification-datatilsynet',
    documentKind: 'notification',
  };
}

/** A controller notifies Datatilsynet, a processor its controller; phased while facts are unknown (Art. 33(4)). */
export function defaultChoices(incident: Incident): NoticeChoices {
  return { kind: incident.role === 'processor' ? 'controller' : 'authority', phase: defaultPhase(incident) };
}

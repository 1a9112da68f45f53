import { unknownFacts } from '../assessment';
import type { Change, ChangeMeta } from './changes';
import { assertOpen } from './changes';
import type { Intake } from './intake';
import { newIncident, withIndexKeys, type Incident } from './model';
import type { Notification } from './notifications';

// The actions around an incident that leave a trace in its timeline: creation, what was sent,
// people imported or erased, documents exported. Pure, like changes.ts.

/** A new incident from the fast intake: every fact not known yet, the moments and description it was given. */
export function createIncidentChange(intake: Intake, ids: { id: string; ref: string }, meta: ChangeMeta): Change {
  const details = intake.details ?? {};
  const incident = withIndexKeys({
    ...newIncident({
      id: ids.id,
      ref: ids.ref,
      title: intake.title,
      role: intake.role,
      awareAt: intake.awareAt,
      now: meta.at,
      facts: unknownFacts(intake.role),
    }),
    ...details,
  });
  return {
    incident,
    event: { kind: 'incident-created', payload: { ref: incident.ref, title: incident.title, role: incident.role, awareAt: incident.awareAt, ...details } },
  };
}

const notifiedKind = {
  authority: 'authority-notified',
  controller: 'controller-notified',
  subjects: 'subjects-notified',
} as const;

/** Art. 33(1), 33(2), 34(1): a notification recorded as sent, by reference and PDF hash. */
export function recordNotificationChange(incident: Incident, notification: Notification, meta: ChangeMeta): Change {
  assertOpen(incident);
  const common = {
    notificationId: notification.id,
    phase: notification.phase,
    phased: notification.phased,
    sentAt: notification.sentAt,
    reference: notification.reference,
    pdfSha256: notification.pdfSha256,
  };
  const touched = withIndexKeys({ ...incident, updatedAt: meta.at });
  const kind = notifiedKind[notification.recipient];
  if (kind === 'subjects-notified') {
    return { incident: touched, event: { kind, payload: { ...common, subjectCount: notification.subjectCount } } };
  }
  return { incident: touched, event: { kind, payload: common } };
}

/** People added for the Art. 34 letters; the event keeps their ids and count, never their names. */
export function subjectsImportedChange(incident: Incident, subjectIds: string[], meta: ChangeMeta): Change {
  assertOpen(incident);
  return {
    incident: withIndexKeys({ ...incident, updatedAt: meta.at }),
    event: { kind: 'subjects-imported', payload: { count: subjectIds.length, subjectIds } },
  };
}

/** People's data erased (Art. 17): the timeline keeps that it happened, by id only. */
export function subjectsErasedChange(incident: Incident, subjectIds: string[], meta: ChangeMeta): Change {
  return { incident: withIndexKeys({ ...incident, updatedAt: meta.at }), event: { kind: 'subjects-erased', payload: { subjectIds } } };
}

export interface ExportedDocument {
  documentKind: string;
  name: string;
  sha256: string;
  size: number;
}

/** A document (notification PDF, letters, timeline, evidence bundle) left the app: which, and its hash. */
export function documentExportedChange(incident: Incident, document: ExportedDocument, meta: ChangeMeta): Change {
  return { incident: withIndexKeys({ ...incident, updatedAt: meta.at }), event: { kind: 'document-exported', payload: { ...document } } };
}

import { assertOpen, refuse, requiredText } from './changes';
import type { EventDraft } from './events';
import type { Intake } from './intake';
import { ATTACHMENT_MAX_BYTES, type Incident } from './model';
import { personDetailFields, type ErasureReason, type PersonDetails, type Subject } from './subjects';

// The actions around an incident that leave a trace in its history: creation, people imported or
// erased, documents exported, files attached. Pure, like changes.ts: each returns the event.

/** A new incident from the fast intake: the moments and description it was given, every fact not known yet. */
export function createIncidentChange(intake: Intake, ref: string): EventDraft {
  const { description, ...moments } = intake.details ?? {};
  return {
    kind: 'incident-created',
    payload: {
      ref,
      title: intake.title,
      role: intake.role,
      awareAt: intake.awareAt,
      ...moments,
      ...(description !== undefined && { description: intake.lang === 'en' ? { nb: '', en: description } : { nb: description, en: '' } }),
    },
  };
}

/** People added for the Art. 34 letters; the event keeps their ids and count, never their names. */
export function subjectsImportedChange(incident: Incident, subjectIds: string[]): EventDraft {
  assertOpen(incident);
  return { kind: 'subjects-imported', payload: { count: subjectIds.length, subjectIds } };
}

/** People's data erased (Art. 17): the history keeps that it happened, by id only, and why. */
export function subjectsErasedChange(subjectIds: string[], reason?: ErasureReason): EventDraft {
  return { kind: 'subjects-erased', payload: { subjectIds, ...(reason && { reason }) } };
}

/**
 * Art. 16: a person's details corrected. The event names the details that changed, never their
 * values, which stay in the subjects table (and go with an erasure). Allowed on a closed incident
 * too: the right to rectification does not end when the incident does. Null when nothing changed.
 */
export function subjectCorrectedChange(subject: Subject, next: PersonDetails): EventDraft | null {
  const fields = personDetailFields.filter((field) => subject[field] !== next[field]);
  return fields.length === 0 ? null : { kind: 'subject-corrected', payload: { subjectId: subject.id, fields } };
}

export interface ExportedDocument {
  documentKind: string;
  name: string;
  sha256: string;
  size: number;
}

/** A document (notification PDF, letters, timeline, evidence bundle) left the app: which, and its hash. */
export function documentExportedChange(document: ExportedDocument): EventDraft {
  return { kind: 'document-exported', payload: { ...document } };
}

export interface AttachmentInput {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  note: string;
}

/** EDPB template 125–126: a file to send with the notification, kept with the incident by its hash. */
export function attachmentAddedChange(incident: Incident, file: AttachmentInput): EventDraft {
  assertOpen(incident);
  const name = file.name.trim();
  if (name === '' || name.length > 255) {
    refuse('attachment-name', {}, 'attachments');
  }
  if (file.size > ATTACHMENT_MAX_BYTES) {
    refuse('attachment-too-large', { megabytes: ATTACHMENT_MAX_BYTES / 1024 / 1024 }, 'attachments');
  }
  return {
    kind: 'attachment-added',
    payload: { attachmentId: file.id, name, mediaType: file.mediaType.slice(0, 100), size: file.size, sha256: file.sha256, note: file.note.trim().slice(0, 2000) },
  };
}

export function attachmentRemovedChange(incident: Incident, attachmentId: string, reason: string): EventDraft {
  assertOpen(incident);
  if (!incident.attachments.some((a) => a.id === attachmentId)) {
    refuse('attachment-missing', {}, attachmentId);
  }
  const why = requiredText(reason, 'missing-removal-reason');
  return { kind: 'attachment-removed', payload: { attachmentId, reason: why.nb || why.en } };
}

import type { AttachmentFileRecord } from '../incident/backup/format';
import type { TimelineEvent } from '../incident/events';
import type { InstallationRecord } from '../incident/installations';
import type { Subject } from '../incident/subjects';

// What goes on the wire: each record is one CouchDB document, written once and never updated.
// - the events database: every signed event (`_id` = the event's id) and every installation's
//   self-signed public key (`_id` = "installation:" + its id);
// - the people database: each person affected and each attached file ("file:" + id). These may be
//   deleted (erasure, a file removed), never changed. A person's correction (Art. 16) is a new
//   document of its own: "subject:" + id as imported, "subject:" + id + "@" + the correction's time
//   for each version after; the newest version is the person (shared/incident/backup/merge.ts).
// The design documents (./design.ts) refuse anything else on the server; the app checks every
// document again, signatures and chains included, before it applies it (./incoming.ts).

export const DOC_TYPES = { event: 'event', installation: 'installation', subject: 'subject', file: 'file' } as const;

export interface EventDoc {
  _id: string;
  type: typeof DOC_TYPES.event;
  event: TimelineEvent;
}

export interface InstallationDoc {
  _id: string;
  type: typeof DOC_TYPES.installation;
  installation: InstallationRecord;
}

export interface SubjectDoc {
  _id: string;
  type: typeof DOC_TYPES.subject;
  subject: Subject;
}

export interface FileDoc {
  _id: string;
  type: typeof DOC_TYPES.file;
  file: AttachmentFileRecord;
}

export type RecordDoc = EventDoc | InstallationDoc;
export type PeopleDoc = SubjectDoc | FileDoc;

export const installationDocId = (installationId: string) => `installation:${installationId}`;
/** The document of one version of a person: as imported, or as corrected at `updatedAt`. */
export const subjectDocId = (subject: Pick<Subject, 'id' | 'createdAt' | 'updatedAt'>) =>
  subject.updatedAt === subject.createdAt ? `subject:${subject.id}` : `subject:${subject.id}@${subject.updatedAt}`;
/** Where every version of every person's document sorts, for a range read of their ids. */
export const SUBJECT_DOCS = { startkey: 'subject:', endkey: 'subject:\ufff0' } as const;
export const fileDocId = (fileId: string) => `file:${fileId}`;

export const eventDoc = (event: TimelineEvent): EventDoc => ({ _id: event.id, type: DOC_TYPES.event, event });
export const installationDoc = (installation: InstallationRecord): InstallationDoc => ({
  _id: installationDocId(installation.id),
  type: DOC_TYPES.installation,
  installation,
});
export const subjectDoc = (subject: Subject): SubjectDoc => ({ _id: subjectDocId(subject), type: DOC_TYPES.subject, subject });
export const fileDoc = (file: AttachmentFileRecord): FileDoc => ({ _id: fileDocId(file.id), type: DOC_TYPES.file, file });

/** What a batch of documents from the server holds, still unchecked, sorted by kind. */
export interface IncomingDocs {
  events: unknown[];
  installations: unknown[];
  subjects: unknown[];
  files: unknown[];
  /** Ids of people's documents deleted on the server (erasure, a file removed). */
  deleted: string[];
}

export const emptyIncoming = (): IncomingDocs => ({ events: [], installations: [], subjects: [], files: [], deleted: [] });

/** Sorts replicated documents by kind; documents of no kind of ours (design documents) are left out. */
export function sortIncoming(docs: readonly unknown[]): IncomingDocs {
  const sorted = emptyIncoming();
  for (const doc of docs) {
    if (typeof doc !== 'object' || doc === null) continue;
    const { _id: id, _deleted: deleted, type } = doc as { _id?: unknown; _deleted?: unknown; type?: unknown };
    if (deleted === true) {
      if (typeof id === 'string') sorted.deleted.push(id);
      continue;
    }
    const body = doc as Record<string, unknown>;
    // The `_id` must name what the document holds: a document cannot pose as another record.
    if (type === DOC_TYPES.event && sameId(id, body.event, (r) => r.id)) sorted.events.push(body.event);
    else if (type === DOC_TYPES.installation && sameId(id, body.installation, (r) => installationDocId(r.id))) sorted.installations.push(body.installation);
    else if (type === DOC_TYPES.subject && sameId(id, body.subject, subjectVersionId)) sorted.subjects.push(body.subject);
    else if (type === DOC_TYPES.file && sameId(id, body.file, (r) => fileDocId(r.id))) sorted.files.push(body.file);
  }
  return sorted;
}

function sameId(docId: unknown, record: unknown, idOf: (record: { id: string } & Record<string, unknown>) => string | null): boolean {
  if (typeof record !== 'object' || record === null) return false;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' && typeof docId === 'string' && idOf(record as { id: string }) === docId;
}

/** The `_id` a person's version must have, from what it holds (unchecked: the times may be missing). */
function subjectVersionId(subject: Record<string, unknown> & { id: string }): string | null {
  const { createdAt, updatedAt } = subject;
  return typeof createdAt === 'string' && typeof updatedAt === 'string' ? subjectDocId({ id: subject.id, createdAt, updatedAt }) : null;
}

/** The record id of a people document's `_id` ("subject:x" or "subject:x@when" → subject x), or null. */
export function peopleDocTarget(docId: string): { kind: 'subject' | 'file'; id: string } | null {
  if (docId.startsWith('subject:')) return { kind: 'subject', id: docId.slice('subject:'.length).split('@')[0]! };
  if (docId.startsWith('file:')) return { kind: 'file', id: docId.slice('file:'.length) };
  return null;
}

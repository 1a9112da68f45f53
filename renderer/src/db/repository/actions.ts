import type { AvvikDb } from '../database';
import { sha256OfBytes } from '../../../../shared/chain';
import {
  documentExportedChange,
  recordNotificationChange,
  subjectsErasedChange,
  subjectsImportedChange,
} from '../../../../shared/incident/actions';
import { RecordError } from '../../../../shared/incident/errors';
import type { Incident } from '../../../../shared/incident/model';
import { notificationSchema, type Notification } from '../../../../shared/incident/notifications';
import { subjectSchema, type Subject } from '../../../../shared/incident/subjects';
import { commitChange, type WriteContext } from './write';

// Actions that store more than the incident: the notification sent, the people imported or
// erased, a document exported. Row and event are written in the same transaction.

export type NotificationInput = Omit<Notification, 'id' | 'incidentId' | 'recordedAt' | 'actor'>;

/** Art. 33(1)/(2), 34(1): records a notification as sent, with its reference and PDF hash. */
export async function recordNotification(db: AvvikDb, incidentId: string, input: NotificationInput, ctx: WriteContext): Promise<Notification> {
  const id = ctx.newId();
  let saved: Notification | null = null;
  await commitChange(
    db,
    incidentId,
    ctx,
    (incident, meta) => {
      saved = notificationSchema.parse({ ...input, id, incidentId, recordedAt: meta.at, actor: meta.actor });
      return recordNotificationChange(incident, saved, meta);
    },
    () => ({ write: (tx) => tx.notifications.add(saved!) }),
  );
  return saved!;
}

export type PersonInput = Pick<Subject, 'name' | 'address' | 'email' | 'language'>;

/** The people affected, for the Art. 34 letters. The event records their ids, never their data. */
export async function importSubjects(db: AvvikDb, incidentId: string, people: readonly PersonInput[], ctx: WriteContext): Promise<Subject[]> {
  const at = ctx.now.toISOString();
  const subjects = people.map((person, index) => {
    const parsed = subjectSchema.safeParse({ ...person, id: ctx.newId(), incidentId, createdAt: at, updatedAt: at });
    if (!parsed.success) {
      throw new RecordError(
        'invalid-person',
        { nb: `Person nr. ${index + 1} mangler navn eller har ugyldige opplysninger. Ingen er importert.`, en: `Person no. ${index + 1} has no name or invalid details. Nobody was imported.` },
        parsed.error.issues[0]?.message ?? null,
      );
    }
    return parsed.data;
  });
  await commitChange(
    db,
    incidentId,
    ctx,
    (incident, meta) => subjectsImportedChange(incident, subjects.map((s) => s.id), meta),
    () => ({ write: (tx) => tx.subjects.bulkAdd(subjects) }),
  );
  return subjects;
}

/** Art. 17: erases people's data. The timeline keeps the fact, by id; a later import will not bring them back. */
export async function eraseSubjects(db: AvvikDb, incidentId: string, subjectIds: readonly string[], ctx: WriteContext): Promise<Incident> {
  // Only this incident's people: an id from elsewhere is not ours to erase.
  const found = await db.subjects.bulkGet([...new Set(subjectIds)]);
  const ids = found.filter((subject) => subject?.incidentId === incidentId).map((subject) => subject!.id);
  return commitChange(
    db,
    incidentId,
    ctx,
    (incident, meta) => (ids.length === 0 ? null : subjectsErasedChange(incident, ids, meta)),
    () => ({ write: (tx) => tx.subjects.bulkDelete(ids) }),
  );
}

/** Records that a document left the app, with its SHA-256, so the copy sent can be proven later. */
export async function recordDocumentExport(
  db: AvvikDb,
  incidentId: string,
  document: { documentKind: string; name: string; bytes: Uint8Array },
  ctx: WriteContext,
): Promise<{ incident: Incident; sha256: string }> {
  const sha256 = await sha256OfBytes(document.bytes, ctx.digest ?? db.deps.digest);
  const exported = { documentKind: document.documentKind, name: document.name, sha256, size: document.bytes.length };
  const incident = await commitChange(db, incidentId, ctx, (current, meta) => documentExportedChange(current, exported, meta));
  return { incident, sha256 };
}

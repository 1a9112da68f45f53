import type { AvvikDb } from '../database';
import { sha256OfBytes } from '../../../../shared/chain';
import {
  attachmentAddedChange,
  attachmentRemovedChange,
  documentExportedChange,
  subjectCorrectedChange,
  subjectsErasedChange,
  subjectsImportedChange,
} from '../../../../shared/incident/actions';
import { RecordError } from '../../../../shared/incident/errors';
import type { Incident } from '../../../../shared/incident/model';
import type { Notification } from '../../../../shared/incident/notifications';
import {
  correctNoticeChange,
  recordNoticeChange,
  retractNoticeChange,
  type NoticeCorrection,
  type NoticeInput,
} from '../../../../shared/incident/notices';
import { subjectSchema, type ErasureReason, type PersonDetails, type Subject } from '../../../../shared/incident/subjects';
import type { Bilingual } from '../../../../shared/incident/text';
import { commitChange, type WriteContext } from './write';
import { dropBackupsHolding, withErasure } from '../encryption/shred';

// Actions that store more than the incident: the notices sent (and their corrections), the people
// imported or erased, a document exported, a file attached. Event, projection and rows are written
// in the same transaction.

/**
 * Art. 33(1)/(2), 34(1), 34(3)(c): records a notice as sent, checked by the one set of notice rules
 * (shared/incident/notices). Reasons for a delay given with it are recorded in the same step.
 */
export async function recordNotification(
  db: AvvikDb,
  incidentId: string,
  input: NoticeInput,
  ctx: WriteContext,
  delayReason: Bilingual | null = null,
): Promise<Notification> {
  const notificationId = ctx.newId();
  await commitChange(db, incidentId, ctx, ({ incident, notifications }, meta) =>
    recordNoticeChange(input, { incident, notifications, now: meta.at, delayReason, notificationId }),
  );
  const saved = await db.notifications.get(notificationId);
  if (!saved) throw new RecordError('notice-not-saved', {}, notificationId);
  return saved;
}

/** A wrong entry corrected by a correcting event; the history keeps what was recorded first. */
export function correctNotification(
  db: AvvikDb,
  incidentId: string,
  notificationId: string,
  correction: NoticeCorrection,
  reason: string,
  ctx: WriteContext,
): Promise<Incident> {
  return commitChange(db, incidentId, ctx, ({ incident, notifications }, meta) =>
    correctNoticeChange(notificationId, correction, reason, { incident, notifications, now: meta.at }, meta),
  );
}

/** A notice recorded by mistake no longer counts as sent; the history says why. */
export function retractNotification(db: AvvikDb, incidentId: string, notificationId: string, reason: string, ctx: WriteContext): Promise<Incident> {
  return commitChange(db, incidentId, ctx, ({ incident, notifications }, meta) =>
    retractNoticeChange(notificationId, reason, { incident, notifications, now: meta.at }, meta),
  );
}

/** The people affected, for the Art. 34 letters. The event records their ids, never their data. */
export async function importSubjects(db: AvvikDb, incidentId: string, people: readonly PersonDetails[], ctx: WriteContext): Promise<Subject[]> {
  const at = ctx.now.toISOString();
  const subjects = people.map((person, index) => {
    const parsed = subjectSchema.safeParse({ ...person, id: ctx.newId(), incidentId, createdAt: at, updatedAt: at });
    if (!parsed.success) {
      throw new RecordError('invalid-person', { number: index + 1 }, parsed.error.issues[0]?.message ?? null);
    }
    return parsed.data;
  });
  await commitChange(
    db,
    incidentId,
    ctx,
    ({ incident }) => subjectsImportedChange(incident, subjects.map((s) => s.id)),
    () => ({ write: (tx) => tx.subjects.bulkAdd(subjects) }),
  );
  return subjects;
}

/**
 * Art. 17: erases people's data. The history keeps the fact, by id, and the reason chosen; a later
 * import will not bring them back; their rows' keys are destroyed with the erasure epoch
 * (encryption/shred.ts), so the data is gone from the disk too.
 */
export async function eraseSubjects(
  db: AvvikDb,
  incidentId: string,
  subjectIds: readonly string[],
  ctx: WriteContext,
  reason?: ErasureReason,
): Promise<Incident> {
  const [incident] = await erasePeople(db, [{ incidentId, subjectIds }], ctx, reason);
  return incident!;
}

/** Erases people of several incidents as one erasure: one event per incident, one new epoch for all. */
export async function erasePeople(
  db: AvvikDb,
  batches: readonly { incidentId: string; subjectIds: readonly string[] }[],
  ctx: WriteContext,
  reason?: ErasureReason,
): Promise<Incident[]> {
  return withErasure(db, async () => {
    const incidents: Incident[] = [];
    const erased: string[] = [];
    for (const { incidentId, subjectIds } of batches) {
      // Only this incident's people: an id from elsewhere is not ours to erase.
      const found = await db.subjects.bulkGet([...new Set(subjectIds)]);
      const ids = found.filter((subject) => subject?.incidentId === incidentId).map((subject) => subject!.id);
      erased.push(...ids);
      incidents.push(
        await commitChange(
          db,
          incidentId,
          ctx,
          () => (ids.length === 0 ? null : subjectsErasedChange(ids, reason)),
          () => ({ write: (tx) => tx.subjects.bulkDelete(ids) }),
        ),
      );
    }
    await dropBackupsHolding(db, erased);
    return incidents;
  });
}

/**
 * Art. 16: corrects a person's details. The history names which details changed, never their
 * values. Refused, with nothing saved, when the person was erased or changed meanwhile.
 */
export async function correctSubject(
  db: AvvikDb,
  incidentId: string,
  subjectId: string,
  details: PersonDetails,
  ctx: WriteContext,
): Promise<Subject> {
  const subject = await db.subjects.get(subjectId);
  if (!subject || subject.incidentId !== incidentId) throw new RecordError('person-missing', {}, subjectId);
  const parsed = subjectSchema.safeParse({ ...subject, ...details, updatedAt: ctx.now.toISOString() });
  if (!parsed.success) throw new RecordError('invalid-correction', {}, parsed.error.issues[0]?.message ?? null);
  const next = parsed.data;
  await commitChange(
    db,
    incidentId,
    ctx,
    () => subjectCorrectedChange(subject, next),
    () => ({
      write: async (tx) => {
        // In the same transaction as the event: a person erased or corrected meanwhile is not overwritten.
        if (JSON.stringify(await tx.subjects.get(subjectId)) !== JSON.stringify(subject)) throw new RecordError('person-missing', {}, subjectId);
        await tx.subjects.put(next);
      },
    }),
  );
  return next;
}

/** Records that a document left the app, with its SHA-256, so the copy sent can be proven later. */
export async function recordDocumentExport(
  db: AvvikDb,
  incidentId: string,
  document: { documentKind: string; name: string; bytes: Uint8Array },
  ctx: WriteContext,
): Promise<{ incident: Incident; sha256: string }> {
  const sha256 = await sha256OfBytes(document.bytes, ctx.digest ?? db.deps.digest);
  const incident = await recordHashedExport(db, incidentId, { documentKind: document.documentKind, name: document.name, sha256, size: document.bytes.length }, ctx);
  return { incident, sha256 };
}

/** recordDocumentExport for what was hashed as it was written (a zip, a folder of letters). */
export function recordHashedExport(
  db: AvvikDb,
  incidentId: string,
  exported: { documentKind: string; name: string; sha256: string; size: number },
  ctx: WriteContext,
): Promise<Incident> {
  return commitChange(db, incidentId, ctx, () => documentExportedChange(exported));
}

/** A file to send with the notification (EDPB template 125–126), kept with the incident by its hash. */
export async function addAttachment(
  db: AvvikDb,
  incidentId: string,
  file: { name: string; mediaType: string; bytes: Uint8Array; note?: string },
  ctx: WriteContext,
): Promise<Incident> {
  const id = ctx.newId();
  const sha256 = await sha256OfBytes(file.bytes, ctx.digest ?? db.deps.digest);
  return commitChange(
    db,
    incidentId,
    ctx,
    ({ incident }) => attachmentAddedChange(incident, { id, name: file.name, mediaType: file.mediaType, size: file.bytes.length, sha256, note: file.note ?? '' }),
    () => ({ write: (tx) => tx.attachmentFiles.add({ id, incidentId, bytes: file.bytes }) }),
  );
}

/** Removes an attached file; the history keeps its name and hash and why it was removed. */
export function removeAttachment(db: AvvikDb, incidentId: string, attachmentId: string, reason: string, ctx: WriteContext): Promise<Incident> {
  return commitChange(
    db,
    incidentId,
    ctx,
    ({ incident }) => attachmentRemovedChange(incident, attachmentId, reason),
    () => ({ write: (tx) => tx.attachmentFiles.delete(attachmentId) }),
  );
}

/** The bytes of an attached file. */
export async function attachmentBytes(db: AvvikDb, attachmentId: string): Promise<Uint8Array | undefined> {
  return (await db.attachmentFiles.get(attachmentId))?.bytes;
}

import type { AvvikDb } from './database';

// What a user has typed into a form and not saved yet, so that a reload or a crash loses nothing.
// A draft is not the record: it is never an event, never in a backup, and is deleted as soon as
// the form is saved or the user discards it. It may hold personal data, so it lives in IndexedDB
// beside the record (and is protected with it at rest), never in localStorage.

/** The forms whose drafts are kept. */
export type DraftForm = 'intake' | 'facts' | 'details' | 'decision' | 'measure' | 'close';

export interface FormDraft {
  /** `<form>` for the intake (no incident yet), `<incident id>/<form>` otherwise. */
  id: string;
  /** '' for the intake. */
  incidentId: string;
  form: DraftForm;
  value: unknown;
  /** When it was last written (UTC ISO). */
  savedAt: string;
}

export function draftId(form: DraftForm, incidentId = ''): string {
  return incidentId ? `${incidentId}/${form}` : form;
}

export function readDraft(db: AvvikDb, id: string): Promise<FormDraft | undefined> {
  return db.drafts.get(id);
}

export async function writeDraft(db: AvvikDb, draft: FormDraft): Promise<void> {
  await db.drafts.put(draft);
}

export async function deleteDraft(db: AvvikDb, id: string): Promise<void> {
  await db.drafts.delete(id);
}

/** Every draft of an incident: it is closed, nothing more will be typed into its forms. */
export async function deleteIncidentDrafts(db: AvvikDb, incidentId: string): Promise<void> {
  await db.drafts.where('incidentId').equals(incidentId).delete();
}

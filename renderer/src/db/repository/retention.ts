import type { AvvikDb } from '../database';
import { isPastRetention } from '../../../../shared/incident/retention';
import type { Incident } from '../../../../shared/incident/model';
import { erasePeople } from './actions';
import type { WriteContext } from './write';

// Art. 5(1)(e): the people of closed incidents past the organisation's retention period, found by
// the indexes alone (no person's row is opened to count them), and erased on demand.

export interface DuePeople {
  incidentId: string;
  subjectIds: string[];
}

export async function peoplePastRetention(db: AvvikDb, months: number | null | undefined, now: Date): Promise<DuePeople[]> {
  if (!months) return [];
  const closed: Incident[] = await db.incidents.where('status').equals('closed').toArray();
  const due: DuePeople[] = [];
  for (const incident of closed.filter((i) => isPastRetention(i, months, now))) {
    const subjectIds = (await db.subjects.where('incidentId').equals(incident.id).primaryKeys()).map(String);
    if (subjectIds.length > 0) due.push({ incidentId: incident.id, subjectIds });
  }
  return due;
}

/** Erases everything past the period as one erasure; returns how many people were erased. */
export async function erasePastRetention(db: AvvikDb, months: number | null | undefined, ctx: WriteContext): Promise<number> {
  const due = await peoplePastRetention(db, months, ctx.now);
  if (due.length > 0) await erasePeople(db, due, ctx);
  return due.reduce((sum, d) => sum + d.subjectIds.length, 0);
}

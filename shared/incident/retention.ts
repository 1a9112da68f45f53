import { addMonths } from 'date-fns';
import type { Incident } from './model';

// Art. 5(1)(e) storage limitation: the people affected are needed for the letters, then their data
// goes. The organisation sets a period in months after an incident is closed (Settings); what is
// past it is erased on demand, with a confirmation.

/** Whether a closed incident's people are past the retention period at `now`. An open incident never is. */
export function isPastRetention(incident: Pick<Incident, 'status' | 'closedAt'>, months: number | null | undefined, now: Date): boolean {
  if (!months || incident.status !== 'closed' || !incident.closedAt) return false;
  return addMonths(new Date(incident.closedAt), months).getTime() <= now.getTime();
}

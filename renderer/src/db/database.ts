import Dexie, { type Table } from 'dexie';
import type { Incident } from '../../../shared/incident/model';
import type { TimelineEvent } from '../../../shared/incident/events';

export const DEFAULT_DB_NAME = 'avvik';

// The database is the Art. 33(5) record. Indexes serve the screens: open incidents by awareness
// (deadline order), the timeline of one incident in time order.
export class AvvikDb extends Dexie {
  incidents!: Table<Incident, string>;
  events!: Table<TimelineEvent, string>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores({
      incidents: 'id, &ref, status, awareAt, updatedAt',
      events: 'id, incidentId, [incidentId+at], at',
    });
  }
}

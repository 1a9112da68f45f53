import { useLiveQuery } from 'dexie-react-hooks';
import type { TimelineEvent } from '../../../shared/incident/events';
import type { Incident } from '../../../shared/incident/model';
import type { Notification } from '../../../shared/incident/notifications';
import type { Subject } from '../../../shared/incident/subjects';
import { getIncident, incidentNotifications, incidentSubjects, incidentTimeline } from '../db/repository';
import { useServices } from '../services/context';

// One incident with what was sent about it and the people affected, live: a write anywhere shows
// at once on the notification and letters screens.

export interface IncidentRecord {
  incident: Incident;
  notifications: Notification[];
  subjects: Subject[];
  /** The incident's history: a follow-up notice says what is new since the last one (Art. 33(4)). */
  events: TimelineEvent[];
}

/** undefined while loading, null when there is no such incident. */
export function useIncidentRecord(incidentId: string): IncidentRecord | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const incident = await getIncident(db, incidentId);
    if (!incident) return null;
    const [notifications, subjects, events] = await Promise.all([
      incidentNotifications(db, incidentId),
      incidentSubjects(db, incidentId),
      incidentTimeline(db, incidentId),
    ]);
    return { incident, notifications, subjects, events };
  }, [db, incidentId]);
}

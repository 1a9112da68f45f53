import { useLiveQuery } from 'dexie-react-hooks';
import { deadlineDuty, type DeadlineDuty } from '../../../shared/duty';
import { compareByTimeLeft, incidentTodo, type TodoItem } from '../../../shared/incident/todo';
import type { Incident } from '../../../shared/incident/model';
import type { AvvikDb } from '../db/database';
import { getSettings, listOpenIncidents } from '../db/repository';
import { useServices } from '../services/context';

export interface DashboardRow {
  incident: Incident;
  duty: DeadlineDuty;
  todo: TodoItem[];
}

/** Open incidents with their deadline and what is still to do, the least time left first. */
export async function loadDashboardRows(db: AvvikDb): Promise<DashboardRow[]> {
  const [incidents, settings] = await Promise.all([listOpenIncidents(db), getSettings(db)]);
  const ids = incidents.map((incident) => incident.id);
  // A read, not a write: the notifications sent decide which deadlines are met.
  const notifications =
    ids.length === 0 ? [] : await db.notifications.where('incidentId').anyOf(ids).toArray();
  const options = { processorDeadlineHours: settings?.processorDeadlineHours };
  return incidents
    .map((incident) => ({
      incident,
      duty: deadlineDuty(incident, notifications, options),
      todo: incidentTodo(incident, notifications, options),
    }))
    .sort((a, b) =>
      compareByTimeLeft(
        { duty: a.duty, awareAt: a.incident.awareAt },
        { duty: b.duty, awareAt: b.incident.awareAt },
      ),
    );
}

export function useDashboardRows(): DashboardRow[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => loadDashboardRows(db), [db]);
}

import { useCallback, useSyncExternalStore } from 'react';
import { liveQuery } from 'dexie';
import { deadlineDuty, type DeadlineDuty, type DutyOptions } from '../../../shared/duty';
import { compareByTimeLeft, incidentTodo, type TodoItem } from '../../../shared/incident/todo';
import type { IncidentSummary } from '../../../shared/incident/summary';
import { byIncident } from '../../../shared/incident/byIncident';
import type { Notification } from '../../../shared/incident/notifications';
import type { AvvikDb } from '../db/database';
import { getSettings, listOpenSummaries, notificationsOf } from '../db/repository';
import { useServices } from '../services/context';

// The open incidents with their duties, read by ONE live query however many screens show them: the
// dashboard and the deadline reminders (always mounted) share it, so a write is read once, and
// both always see the same rows. The query runs while anyone listens and stops when nobody does.

export interface DashboardRow {
  /** What the dashboard shows of the incident (its summary, not the whole incident). */
  incident: IncidentSummary;
  duty: DeadlineDuty;
  /** The incident's notices, as its duty and its to-do list (todoOf) read them. */
  notices: readonly Notification[];
  options: DutyOptions;
}

// What is left to do is worked out for the rows someone looks at: the table shows a few dozen of
// thousands of open incidents, and the reminders read only the duty. A row is replaced, never
// changed, when its incident or notices change, so what was worked out for it holds while it lives.
const todos = new WeakMap<DashboardRow, TodoItem[]>();

/** What is still to do on a row's incident (shared/incident/todo), the first time it is asked. */
export function todoOf(row: DashboardRow): TodoItem[] {
  let todo = todos.get(row);
  if (!todo) todos.set(row, (todo = incidentTodo(row.incident, row.notices, row.options)));
  return todo;
}

/** Open incidents with their deadline and what is still to do, the least time left first. */
export async function loadDashboardRows(db: AvvikDb): Promise<DashboardRow[]> {
  const [incidents, settings] = await Promise.all([listOpenSummaries(db), getSettings(db)]);
  // The notifications sent decide which deadlines are met.
  const notifications = await notificationsOf(db, incidents.map((incident) => incident.id));
  const options = { processorDeadlineHours: settings?.processorDeadlineHours };
  const noticesOf = byIncident(notifications);
  return incidents
    .map((incident) => {
      const notices = noticesOf.get(incident.id) ?? [];
      return { incident, duty: deadlineDuty(incident, notices, options), notices, options };
    })
    .sort((a, b) =>
      compareByTimeLeft(
        { duty: a.duty, awareAt: a.incident.awareAt },
        { duty: b.duty, awareAt: b.incident.awareAt },
      ),
    );
}

interface Feed {
  /** Replaced, never changed, on each answer: React compares it to know when to render. */
  state: { rows: DashboardRow[] | undefined; error: unknown };
  listeners: Set<() => void>;
  stop: (() => void) | null;
  /** The read begun before any screen listened (readDashboardRowsAhead): leaves when one does. */
  ahead: (() => void) | null;
}

const feeds = new WeakMap<AvvikDb, Feed>();

function feedOf(db: AvvikDb): Feed {
  let feed = feeds.get(db);
  if (!feed) feeds.set(db, (feed = { state: { rows: undefined, error: undefined }, listeners: new Set(), stop: null, ahead: null }));
  return feed;
}

/**
 * Listens to the open incidents of `db`: the first listener starts the one live query, the last
 * one to leave stops it. `load` is the query (tests count its runs).
 */
export function subscribeDashboardRows(db: AvvikDb, listener: () => void, load = loadDashboardRows): () => void {
  const feed = feedOf(db);
  feed.listeners.add(listener);
  if (!feed.stop) {
    const subscription = liveQuery(() => load(db)).subscribe({
      next: (rows) => {
        feed.state = { rows, error: undefined };
        feed.listeners.forEach((l) => l());
      },
      error: (error: unknown) => {
        feed.state = { rows: feed.state.rows, error };
        feed.listeners.forEach((l) => l());
      },
    });
    feed.stop = () => subscription.unsubscribe();
  }
  // A screen listens: the read begun ahead has done its work, and hands over what it has read.
  if (feed.ahead && feed.listeners.size > 1) feed.ahead();
  return () => {
    if (!feed.listeners.delete(listener) || feed.listeners.size > 0) return;
    feed.stop?.();
    // Nobody listens: what was read goes, so a later listener never starts from stale rows.
    feeds.delete(db);
  };
}

/**
 * Starts the one live query as soon as the record is open, before any screen listens: the read of
 * the open incidents (the longest wait of the start) then runs while React renders the app around
 * the dashboard, not after it. It stays until the dashboard or the reminders (always shown) listen,
 * so an answer that comes before them is theirs, not read again; were nobody to come within
 * `waitMs` of the answer, it stops as any other.
 */
export function readDashboardRowsAhead(db: AvvikDb, load = loadDashboardRows, waitMs = 10_000): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const feed = feedOf(db);
  const leave = subscribeDashboardRows(
    db,
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => feed.ahead?.(), waitMs);
    },
    load,
  );
  feed.ahead = () => {
    clearTimeout(timer);
    feed.ahead = null;
    leave();
  };
}

/** The open incidents, live; undefined until first read. */
export function useDashboardRows(): DashboardRow[] | undefined {
  const { db } = useServices();
  const subscribe = useCallback((listener: () => void) => subscribeDashboardRows(db, listener), [db]);
  const { rows, error } = useSyncExternalStore(subscribe, () => feedOf(db).state);
  // As useLiveQuery does: a failed read reaches the screen's error boundary.
  if (error !== undefined) throw error;
  return rows;
}

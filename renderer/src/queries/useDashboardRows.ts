import { useCallback, useSyncExternalStore } from 'react';
import { liveQuery } from 'dexie';
import { deadlineDuty, type DeadlineDuty, type DutyOptions } from '../../../shared/duty';
import { compareByTimeLeft, incidentTodo, type TodoItem } from '../../../shared/incident/todo';
import type { IncidentSummary } from '../../../shared/incident/summary';
import type { Settings } from '../../../shared/incident/settings';
import { byIncident } from '../../../shared/incident/byIncident';
import type { Notification } from '../../../shared/incident/notifications';
import type { AvvikDb } from '../db/database';
import type { DashboardInputs } from '../db/readAhead';
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
  return rowsOf({ incidents, settings, notifications });
}

/** The rows made of what was read: the open incidents (earliest aware first), the settings, their notifications. */
export function rowsOf({ incidents, settings, notifications }: { incidents: readonly IncidentSummary[]; settings: Pick<Settings, 'processorDeadlineHours'> | undefined; notifications: readonly Notification[] }): DashboardRow[] {
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
  /**
   * Replaced, never changed, on each answer: React compares it to know when to render. `live`:
   * from the live query, not the rows read ahead (readDashboardRowsAhead) that stand in until it answers.
   */
  state: { rows: DashboardRow[] | undefined; error: unknown; live: boolean };
  listeners: Set<() => void>;
  stop: (() => void) | null;
  /** While rows read ahead are shown, the live query waits for this before it reads them again. */
  held: Promise<unknown> | null;
}

const feeds = new WeakMap<AvvikDb, Feed>();

function feedOf(db: AvvikDb): Feed {
  let feed = feeds.get(db);
  if (!feed) feeds.set(db, (feed = { state: { rows: undefined, error: undefined, live: false }, listeners: new Set(), stop: null, held: null }));
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
    let stop = () => {};
    const begin = () => {
      const subscription = liveQuery(() => load(db)).subscribe({
        next: (rows) => {
          feed.state = { rows, error: undefined, live: true };
          feed.listeners.forEach((l) => l());
        },
        error: (error: unknown) => {
          feed.state = { rows: feed.state.rows, error, live: true };
          feed.listeners.forEach((l) => l());
        },
      });
      stop = () => subscription.unsubscribe();
    };
    let stopped = false;
    if (feed.held) void feed.held.then(() => stopped || begin());
    else begin();
    feed.stop = () => {
      stopped = true;
      stop();
    };
  }
  return () => {
    feed.listeners.delete(listener);
    if (feed.listeners.size > 0) return;
    feed.stop?.();
    // Nobody listens: what was read goes, so a later listener never starts from stale rows.
    feeds.delete(db);
  };
}

/**
 * Starts the one live query as soon as the record is open, before any screen listens: the read of
 * the open incidents (the longest wait of the start) then runs while React renders the app around
 * the dashboard, not after it. The dashboard and the reminders (always shown) listen by the first
 * answer, so the starter leaves then; were nobody listening yet, the query stops as any other.
 * `ahead`: the same rows' inputs read before the record was open (db/readAhead.ts), shown until the
 * live query answers.
 */
export function readDashboardRowsAhead(db: AvvikDb, ahead?: Promise<DashboardInputs | null>, load = loadDashboardRows): void {
  const feed = feedOf(db);
  if (ahead && !feed.stop) {
    // The rows read ahead are drawn first; the live query reads them again a moment later, so that
    // second read does not hold up the first drawing. A write meanwhile is in what it reads.
    feed.held = ahead
      .then((inputs) => {
        if (!inputs || feed.state.live) return false;
        feed.state = { rows: rowsOf(inputs), error: undefined, live: false };
        feed.listeners.forEach((l) => l());
        return true;
      })
      .catch(() => false) // not read ahead: the live query reads them
      .then((shown) => shown && new Promise((resolve) => setTimeout(resolve, LIVE_AFTER_AHEAD_MS)))
      .finally(() => (feed.held = null));
  }
  const leave = subscribeDashboardRows(
    db,
    () => {
      if (feed.state.live) leave();
    },
    load,
  );
}

/** How long the rows read ahead stand before the live query reads them again (after they are drawn). */
const LIVE_AFTER_AHEAD_MS = 300;

/** The open incidents, live; undefined until first read. */
export function useDashboardRows(): DashboardRow[] | undefined {
  const { db } = useServices();
  const subscribe = useCallback((listener: () => void) => subscribeDashboardRows(db, listener), [db]);
  const { rows, error } = useSyncExternalStore(subscribe, () => feedOf(db).state);
  // As useLiveQuery does: a failed read reaches the screen's error boundary.
  if (error !== undefined) throw error;
  return rows;
}

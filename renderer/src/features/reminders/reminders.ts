import { create } from 'zustand';
import { formatInstant } from '../../../../shared/deadline';
import { translate, type Lang } from '../../../../shared/i18n';
import type { DashboardRow } from '../../queries/useDashboardRows';
import { dueReminders, type DeadlineToWatch, type Reminder } from '../../../../shared/reminders';
import { notify } from '../../platform';

// The renderer keeps the reminder schedule (it owns the data); the desktop shell shows the OS
// notification, also while the window sits in the tray. What was given is remembered across
// restarts so nobody is told twice.

const GIVEN_KEY = 'avvik.reminders.given';

export function loadGiven(storage: Pick<Storage, 'getItem'> = localStorage): Set<string> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(GIVEN_KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

export function saveGiven(given: ReadonlySet<string>, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(GIVEN_KEY, JSON.stringify([...given]));
  } catch {
    // Storage full or unavailable: at worst a reminder is repeated, never lost.
  }
}

/** An open incident's duty as the schedule sees it: done once notified, or when none is required. */
export function toWatched({ incident, duty }: DashboardRow): DeadlineToWatch {
  return {
    incidentId: incident.id,
    ref: incident.ref,
    title: incident.title,
    deadline: duty.due,
    recipient: duty.kind,
    done: incident.status === 'closed' || duty.doneAt !== null || !duty.required,
  };
}

interface ReminderState {
  active: Reminder[];
  dismiss(key: string): void;
  add(reminders: Reminder[]): void;
  /** Drops the reminders of incidents whose duty is no longer open. */
  keepOnly(openIncidents: ReadonlySet<string>): void;
}

/** Reminders shown inside the app until dismissed. */
export const useReminderBanner = create<ReminderState>((set) => ({
  active: [],
  dismiss: (key) => set((s) => ({ active: s.active.filter((r) => r.key !== key) })),
  // A newer reminder about an incident replaces the older one.
  add: (reminders) =>
    set((s) => ({
      active: [...s.active.filter((r) => !reminders.some((n) => n.incidentId === r.incidentId)), ...reminders],
    })),
  keepOnly: (openIncidents) =>
    set((s) => (s.active.every((r) => openIncidents.has(r.incidentId)) ? s : { active: s.active.filter((r) => openIncidents.has(r.incidentId)) })),
}));

export function reminderText(reminder: Reminder, lang: Lang, timeZone: string): { title: string; body: string } {
  return {
    title: translate(lang, `reminder.${reminder.kind}`, {
      ref: reminder.ref,
      to: translate(lang, `reminder.to.${reminder.recipient}`),
    }),
    body: translate(lang, 'reminder.body', {
      title: reminder.title,
      deadline: formatInstant(reminder.deadline, lang, timeZone),
    }),
  };
}

/** One pass of the schedule: show what is due, remember it, never twice. */
export async function checkReminders(
  rows: readonly DashboardRow[],
  now: Date,
  lang: Lang,
  timeZone: string,
): Promise<Reminder[]> {
  const given = loadGiven();
  const { show, markGiven } = dueReminders(rows.map(toWatched), given, now);
  if (markGiven.length === 0) return [];
  markGiven.forEach((key) => given.add(key));
  saveGiven(given);
  useReminderBanner.getState().add(show);
  await Promise.all(
    show.map((reminder) => notify({ ...reminderText(reminder, lang, timeZone), incidentId: reminder.incidentId })),
  );
  return show;
}

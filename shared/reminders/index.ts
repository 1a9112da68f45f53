// When to remind the user of a notification deadline (Art. 33(1): 72 h from awareness; a
// processor's limit to tell its controller, Art. 33(2)). Pure: the
// caller passes the clock and the reminders already given, so a restart never repeats one.

export const REMINDER_KINDS = ['24h', '6h', '1h', 'passed'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const HOUR_MS = 3_600_000;

/** How long before the deadline each reminder is due (0 = when it passes). */
export const REMINDER_LEAD_MS: Record<ReminderKind, number> = {
  '24h': 24 * HOUR_MS,
  '6h': 6 * HOUR_MS,
  '1h': HOUR_MS,
  passed: 0,
};

export interface DeadlineToWatch {
  incidentId: string;
  ref: string;
  title: string;
  deadline: Date;
  /** Who must be told: Datatilsynet (Art. 33(1)) or, for a processor, the controller (Art. 33(2)). */
  recipient: 'authority' | 'controller';
  /** True once the duty is done (authority notified or no notification needed): no reminders. */
  done: boolean;
}

export interface Reminder {
  key: string;
  incidentId: string;
  ref: string;
  title: string;
  kind: ReminderKind;
  deadline: Date;
  recipient: 'authority' | 'controller';
}

export function reminderKey(incidentId: string, kind: ReminderKind): string {
  return `${incidentId}:${kind}`;
}

/**
 * The reminders to show now. Per incident, only the most urgent reminder whose time has come is
 * shown: after a sleep or a clock jump past several marks the user gets one message, not a burst;
 * the earlier marks count as given. A clock turned back never repeats one already given.
 */
export function dueReminders(
  watched: readonly DeadlineToWatch[],
  alreadyGiven: ReadonlySet<string>,
  now: Date,
): { show: Reminder[]; markGiven: string[] } {
  const show: Reminder[] = [];
  const markGiven: string[] = [];
  for (const item of watched) {
    if (item.done) continue;
    const msLeft = item.deadline.getTime() - now.getTime();
    const reached = REMINDER_KINDS.filter((kind) => msLeft <= REMINDER_LEAD_MS[kind]);
    const latest = reached[reached.length - 1];
    if (!latest) continue;
    const pending = reached.filter((kind) => !alreadyGiven.has(reminderKey(item.incidentId, kind)));
    if (pending.length === 0) continue;
    markGiven.push(...pending.map((kind) => reminderKey(item.incidentId, kind)));
    if (pending.includes(latest)) {
      show.push({
        key: reminderKey(item.incidentId, latest),
        incidentId: item.incidentId,
        ref: item.ref,
        title: item.title,
        kind: latest,
        deadline: item.deadline,
        recipient: item.recipient,
      });
    }
  }
  return { show, markGiven };
}

/** The next instant at which `dueReminders` could return something new, or null if none. */
export function nextReminderAt(watched: readonly DeadlineToWatch[], alreadyGiven: ReadonlySet<string>): Date | null {
  let next: number | null = null;
  for (const item of watched) {
    if (item.done) continue;
    for (const kind of REMINDER_KINDS) {
      if (alreadyGiven.has(reminderKey(item.incidentId, kind))) continue;
      const at = item.deadline.getTime() - REMINDER_LEAD_MS[kind];
      next = next === null ? at : Math.min(next, at);
    }
  }
  return next === null ? null : new Date(next);
}

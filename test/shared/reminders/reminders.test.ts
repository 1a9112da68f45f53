import { describe, expect, it } from 'vitest';
import { dueReminders, nextReminderAt, reminderKey, type DeadlineToWatch } from '../../../shared/reminders';

const DEADLINE = new Date('2026-11-28T08:30:00Z');
const incident: DeadlineToWatch = { incidentId: 'a', ref: 'AVV-2026-001', title: 'Tapt PC', deadline: DEADLINE, recipient: 'authority', done: false };
const at = (hoursBefore: number) => new Date(DEADLINE.getTime() - hoursBefore * 3_600_000);

/** Runs the schedule at each instant in turn, remembering what was given, like the app does. */
function run(instants: Date[], watched: DeadlineToWatch[] = [incident], given = new Set<string>()) {
  const shown: string[] = [];
  for (const now of instants) {
    const { show, markGiven } = dueReminders(watched, given, now);
    shown.push(...show.map((r) => r.kind));
    markGiven.forEach((k) => given.add(k));
  }
  return { shown, given };
}

describe('deadline reminders', () => {
  it('reminds 24 h, 6 h and 1 h before the deadline and when it passes, once each', () => {
    const { shown } = run([at(30), at(24), at(23), at(6), at(5.5), at(1), at(0.5), at(0), at(-2)]);
    expect(shown).toEqual(['24h', '6h', '1h', 'passed']);
  });

  it('gives nothing again after a restart, because what was given is remembered', () => {
    const { given } = run([at(24), at(6)]);
    const afterRestart = run([at(5.9), at(5)], [incident], new Set(given));
    expect(afterRestart.shown).toEqual([]);
  });

  it('after a laptop slept through several marks, gives one message for the most urgent', () => {
    const { shown, given } = run([at(30), at(0.5)]);
    expect(shown).toEqual(['1h']);
    expect(given.has(reminderKey('a', '24h'))).toBe(true);
    expect(given.has(reminderKey('a', '6h'))).toBe(true);
  });

  it('does not repeat a reminder when the clock is turned back and forward again', () => {
    const { shown } = run([at(6), at(7), at(6)]);
    expect(shown).toEqual(['6h']);
  });

  it('is silent for an incident whose notification is done', () => {
    expect(run([at(1), at(-1)], [{ ...incident, done: true }]).shown).toEqual([]);
  });

  it('names the next moment to wake up for', () => {
    expect(nextReminderAt([incident], new Set())?.toISOString()).toBe(at(24).toISOString());
    expect(nextReminderAt([incident], new Set([reminderKey('a', '24h')]))?.toISOString()).toBe(at(6).toISOString());
    expect(nextReminderAt([{ ...incident, done: true }], new Set())).toBeNull();
  });

  it('keeps incidents apart', () => {
    const other = { ...incident, incidentId: 'b', deadline: new Date(DEADLINE.getTime() + 3 * 3_600_000) };
    const { show } = dueReminders([incident, other], new Set(), at(0.5));
    expect(show.map((r) => `${r.incidentId}:${r.kind}`)).toEqual(['a:1h', 'b:6h']);
  });
});

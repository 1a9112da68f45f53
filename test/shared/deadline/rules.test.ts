import { describe, expect, it } from 'vitest';
import {
  AUTHORITY_DEADLINE_HOURS,
  DEFAULT_CONTROLLER_NOTICE_HOURS,
  DUE_SOON_HOURS,
  authorityDeadline,
  controllerNoticeDeadline,
  deadlineStatus,
  delayReasonRequired,
  dutyDeadline,
  isControllerNoticeHours,
} from '../../../shared/deadline';
import { controllerNoticeHoursSchema } from '../../../shared/incident/settings';

const HOUR = 3_600_000;
const awareAt = new Date('2026-11-20T13:15:00Z');
const at = (hours: number): Date => new Date(awareAt.getTime() + hours * HOUR);

describe('the controller’s deadline to notify Datatilsynet', () => {
  it('is 72 hours after becoming aware', () => {
    expect(AUTHORITY_DEADLINE_HOURS).toBe(72);
    expect(authorityDeadline(awareAt)).toEqual(at(72));
  });

  it('needs no reason for delay when the notice goes in on the last minute', () => {
    expect(delayReasonRequired(awareAt, at(72))).toBe(false);
    expect(delayReasonRequired(awareAt, at(3))).toBe(false);
  });

  it('needs a reason for delay as soon as the 72 hours have passed', () => {
    expect(delayReasonRequired(awareAt, new Date(at(72).getTime() + 1))).toBe(true);
    expect(delayReasonRequired(awareAt, at(100))).toBe(true);
  });
});

describe('a processor’s deadline to tell its controller', () => {
  it('is 24 hours unless the settings say otherwise', () => {
    expect(DEFAULT_CONTROLLER_NOTICE_HOURS).toBe(24);
    expect(controllerNoticeDeadline(awareAt)).toEqual(at(24));
  });

  it('follows the hours in the data processing agreement', () => {
    expect(controllerNoticeDeadline(awareAt, 48)).toEqual(at(48));
    expect(controllerNoticeDeadline(awareAt, 1.5)).toEqual(at(1.5));
  });

  it('refuses a limit that is zero, negative, not a number or beyond the controller’s own 72 hours', () => {
    for (const hours of [0, -1, Number.NaN, 73, Number.POSITIVE_INFINITY]) {
      expect(() => controllerNoticeDeadline(awareAt, hours)).toThrow(RangeError);
      expect(controllerNoticeHoursSchema.safeParse(hours).success).toBe(false);
    }
    expect(controllerNoticeHoursSchema.safeParse(48).success).toBe(true);
  });

  it('checks the limit the same way as the settings’ schema does', () => {
    // The duties check the hours without zod; settings store them through the schema: the same limits.
    for (const hours of [-72, -0.5, 0, 1e-9, 0.5, 1, 24, 48, 71.99, 72, 72.0001, 73, 1e9, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(isControllerNoticeHours(hours), String(hours)).toBe(controllerNoticeHoursSchema.safeParse(hours).success);
    }
  });

  it('is the deadline that counts for an incident where we are the processor', () => {
    expect(dutyDeadline('processor', awareAt)).toEqual(at(24));
    expect(dutyDeadline('processor', awareAt, 36)).toEqual(at(36));
    expect(dutyDeadline('controller', awareAt, 36)).toEqual(at(72));
  });
});

describe('where a deadline stands', () => {
  const deadline = authorityDeadline(awareAt);

  it('is open with more than a day left', () => {
    expect(deadlineStatus(deadline, at(1))).toEqual({ state: 'open', msLeft: 71 * HOUR });
  });

  it('is due soon under 24 hours before', () => {
    expect(DUE_SOON_HOURS).toBe(24);
    expect(deadlineStatus(deadline, at(48)).state).toBe('open');
    expect(deadlineStatus(deadline, at(48.01)).state).toBe('due-soon');
  });

  it('is still due soon at the deadline itself, “not later than 72 hours”', () => {
    expect(deadlineStatus(deadline, at(72))).toEqual({ state: 'due-soon', msLeft: 0 });
  });

  it('is overdue a moment after, with the time passed as negative time left', () => {
    expect(deadlineStatus(deadline, new Date(deadline.getTime() + 1)).state).toBe('overdue');
    expect(deadlineStatus(deadline, at(75)).msLeft).toBe(-3 * HOUR);
  });

  it('is met once notified in time, whatever the clock says afterwards', () => {
    expect(deadlineStatus(deadline, at(200), at(70)).state).toBe('met');
  });

  it('is met late once notified after the deadline', () => {
    expect(deadlineStatus(deadline, at(200), at(80)).state).toBe('met-late');
  });

  it('counts elapsed hours across the March change: 48 hours after awareness, 24 are left', () => {
    const beforeSpring = new Date('2026-03-28T10:00:00Z');
    const now = new Date(beforeSpring.getTime() + 48 * HOUR);
    expect(deadlineStatus(authorityDeadline(beforeSpring), now).msLeft).toBe(24 * HOUR);
  });
});

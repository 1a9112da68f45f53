import { describe, expect, it } from 'vitest';
import { DUE_SOON_HOURS, PRESSING_HOURS, authorityDeadline, deadlineUrgency } from '../../../shared/deadline';

const HOUR = 3_600_000;
const awareAt = new Date('2026-11-20T13:15:00Z');
const deadline = authorityDeadline(awareAt);
/** `hours` before the deadline (negative: after it). */
const left = (hours: number): Date => new Date(deadline.getTime() - hours * HOUR);

describe('how pressing a deadline is', () => {
  it('is calm with more than 24 hours left', () => {
    expect(DUE_SOON_HOURS).toBe(24);
    expect(deadlineUrgency(deadline, left(72))).toBe('calm');
    expect(deadlineUrgency(deadline, left(24))).toBe('calm');
  });

  it('warns under 24 hours, down to 6', () => {
    expect(deadlineUrgency(deadline, left(23.99))).toBe('warning');
    expect(deadlineUrgency(deadline, left(6))).toBe('warning');
  });

  it('is danger under 6 hours, at the deadline instant, and once it has passed', () => {
    expect(PRESSING_HOURS).toBe(6);
    expect(deadlineUrgency(deadline, left(5.99))).toBe('danger');
    expect(deadlineUrgency(deadline, left(0))).toBe('danger');
    expect(deadlineUrgency(deadline, left(-30))).toBe('danger');
  });

  it('no longer presses once the duty is done, in time or late', () => {
    expect(deadlineUrgency(deadline, left(1), left(2))).toBe('calm');
    expect(deadlineUrgency(deadline, left(-10), left(-5))).toBe('calm');
  });
});

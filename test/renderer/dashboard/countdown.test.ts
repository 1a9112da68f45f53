import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countdownChangesAt,
  countdownState,
  countdownText,
} from '../../../renderer/src/ui/Countdown';

// Between two ticks a countdown is not recomputed until the instant countdownChangesAt names: that
// instant must be exactly when its words or state next change, never later (a frozen countdown)
// and, for a running one, never earlier than needed.

const DEADLINE = new Date('2026-11-28T08:30:00.000Z');
const words = (at: number, doneAt: Date | null = null, required = true) => {
  const status = countdownState(DEADLINE, new Date(at), doneAt, required);
  return `${status.state}: ${countdownText(status, 'nb')}`;
};

describe('when a countdown next changes', () => {
  it('keeps the same words up to that instant, and changes them at it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5 * 86_400_000, max: 5 * 86_400_000 }), (offset) => {
        const now = DEADLINE.getTime() - offset;
        const until = countdownChangesAt(DEADLINE, new Date(now), null, true);
        expect(until).toBeGreaterThan(now);
        expect(words(until - 1)).toBe(words(now));
        expect(words(until)).not.toBe(words(now));
      }),
    );
  });

  it('turns due-soon a day before, and overdue just after the deadline', () => {
    const dayBefore = DEADLINE.getTime() - 86_400_000;
    expect(words(countdownChangesAt(DEADLINE, new Date(dayBefore - 30_000), null, true))).toMatch(/^due-soon/);
    expect(words(countdownChangesAt(DEADLINE, new Date(DEADLINE.getTime() - 30_000), null, true))).toMatch(/^overdue/);
  });

  it('never changes once met or when no notice is due', () => {
    const now = new Date(DEADLINE.getTime() - 3_600_000);
    expect(countdownChangesAt(DEADLINE, now, new Date(now), true)).toBe(Number.POSITIVE_INFINITY);
    expect(countdownChangesAt(DEADLINE, now, null, false)).toBe(Number.POSITIVE_INFINITY);
  });
});

import { describe, expect, it } from 'vitest';
import { isPastRetention } from '../../../shared/incident/retention';

describe('Art. 5(1)(e): the retention period for the people affected', () => {
  const closed = { status: 'closed' as const, closedAt: '2025-01-31T12:00:00.000Z' };
  it('starts when the incident is closed, and counts calendar months', () => {
    expect(isPastRetention(closed, 6, new Date('2025-07-31T11:59:59.000Z'))).toBe(false);
    expect(isPastRetention(closed, 6, new Date('2025-07-31T12:00:00.000Z'))).toBe(true);
    // From the end of a long month to a short one: date-fns clamps to the month's last day.
    expect(isPastRetention(closed, 1, new Date('2025-02-28T12:00:00.000Z'))).toBe(true);
  });

  it('never runs for an open incident, nor without a period', () => {
    expect(isPastRetention({ status: 'investigating', closedAt: null }, 1, new Date('2030-01-01T00:00:00Z'))).toBe(false);
    expect(isPastRetention(closed, null, new Date('2030-01-01T00:00:00Z'))).toBe(false);
    expect(isPastRetention(closed, undefined, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

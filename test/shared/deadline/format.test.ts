import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIME_ZONE,
  authorityDeadline,
  formatDuration,
  formatDurationWords,
  formatInstant,
} from '../../../shared/deadline';

const HOUR = 3_600_000;

describe('the 72 hours across the March change to summer time in Oslo', () => {
  // Friday 27 March 2026, 10:00 in Oslo (CET). The clocks go forward on Sunday 29 March at 02:00.
  const awareAt = new Date('2026-03-27T09:00:00Z');
  const deadline = authorityDeadline(awareAt);

  it('is 72 elapsed hours, not 72 hours on the wall clock', () => {
    expect(deadline.getTime() - awareAt.getTime()).toBe(72 * HOUR);
    expect(deadline.toISOString()).toBe('2026-03-30T09:00:00.000Z');
  });

  it('ends at 11:00 summer time, an hour later on the wall clock than awareness, in bokmål', () => {
    expect(formatInstant(awareAt, 'nb')).toBe('27.03.2026 10:00 CET');
    expect(formatInstant(deadline, 'nb')).toBe('30.03.2026 11:00 CEST');
  });

  it('ends at 11:00 summer time in English too', () => {
    expect(formatInstant(awareAt, 'en')).toBe('27/03/2026 10:00 CET');
    expect(formatInstant(deadline, 'en')).toBe('30/03/2026 11:00 CEST');
  });

  it('shows the hour that does not exist jumping from 01:59 CET to 03:00 CEST', () => {
    expect(formatInstant(new Date('2026-03-29T00:59:00Z'), 'nb')).toBe('29.03.2026 01:59 CET');
    expect(formatInstant(new Date('2026-03-29T01:00:00Z'), 'nb')).toBe('29.03.2026 03:00 CEST');
  });
});

describe('the 72 hours across the October change back to winter time in Oslo', () => {
  // Friday 23 October 2026, 10:00 in Oslo (CEST). The clocks go back on Sunday 25 October at 03:00.
  const awareAt = new Date('2026-10-23T08:00:00Z');
  const deadline = authorityDeadline(awareAt);

  it('is 72 elapsed hours, not 72 hours on the wall clock', () => {
    expect(deadline.getTime() - awareAt.getTime()).toBe(72 * HOUR);
    expect(deadline.toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('ends at 09:00 winter time, an hour earlier on the wall clock than awareness, in bokmål', () => {
    expect(formatInstant(awareAt, 'nb')).toBe('23.10.2026 10:00 CEST');
    expect(formatInstant(deadline, 'nb')).toBe('26.10.2026 09:00 CET');
  });

  it('ends at 09:00 winter time in English too', () => {
    expect(formatInstant(awareAt, 'en')).toBe('23/10/2026 10:00 CEST');
    expect(formatInstant(deadline, 'en')).toBe('26/10/2026 09:00 CET');
  });

  it('tells the two 02:30s of the doubled hour apart by their zone abbreviation', () => {
    const firstTime = new Date('2026-10-25T00:30:00Z');
    const secondTime = new Date('2026-10-25T01:30:00Z');
    expect(formatInstant(firstTime, 'nb')).toBe('25.10.2026 02:30 CEST');
    expect(formatInstant(secondTime, 'nb')).toBe('25.10.2026 02:30 CET');
    expect(formatInstant(authorityDeadline(firstTime), 'nb')).toBe('28.10.2026 01:30 CET');
    expect(formatInstant(authorityDeadline(secondTime), 'nb')).toBe('28.10.2026 02:30 CET');
  });
});

describe('showing an instant', () => {
  it('uses Oslo unless told otherwise', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Europe/Oslo');
    expect(formatInstant(new Date('2026-11-28T13:30:00Z'), 'nb')).toBe('28.11.2026 14:30 CET');
  });

  it('shows another zone with that zone’s name', () => {
    expect(formatInstant(new Date('2026-11-28T13:30:00Z'), 'en', 'UTC')).toBe('28/11/2026 13:30 UTC');
  });

  it('shows midnight as 00:00, never 24:00', () => {
    expect(formatInstant(new Date('2026-11-27T23:00:00Z'), 'en')).toBe('28/11/2026 00:00 CET');
  });

  it('refuses a zone that does not exist', () => {
    expect(() => formatInstant(new Date('2026-11-28T13:30:00Z'), 'nb', 'Europe/Atlantis')).toThrow(
      RangeError,
    );
  });
});

describe('showing a countdown', () => {
  it('shows days, hours and minutes in bokmål and English', () => {
    expect(formatDuration(72 * HOUR, 'nb')).toBe('3 d 00 t 00 min');
    expect(formatDuration(72 * HOUR, 'en')).toBe('3 d 00 h 00 min');
    expect(formatDuration(26 * HOUR + 5 * 60_000, 'nb')).toBe('1 d 02 t 05 min');
  });

  it('leaves out the days under a day', () => {
    expect(formatDuration(90 * 60_000, 'en')).toBe('01 h 30 min');
  });

  it('shows time overdue without a sign', () => {
    expect(formatDuration(-3 * HOUR, 'nb')).toBe('03 t 00 min');
  });
});

describe('a duration in a document, in words (DOMAIN.md §3.4)', () => {
  it('says days, hours and minutes in full, joined as a sentence', () => {
    expect(formatDurationWords(2 * 24 * HOUR + 4 * HOUR + 15 * 60_000, 'nb')).toBe('2 døgn, 4 timer og 15 minutter');
    expect(formatDurationWords(2 * 24 * HOUR + 4 * HOUR + 15 * 60_000, 'en')).toBe('2 days, 4 hours and 15 minutes');
  });

  it('uses the singular for one and leaves out what is zero', () => {
    expect(formatDurationWords(24 * HOUR + HOUR + 60_000, 'nb')).toBe('1 døgn, 1 time og 1 minutt');
    expect(formatDurationWords(18 * HOUR + 30 * 60_000, 'en')).toBe('18 hours and 30 minutes');
    expect(formatDurationWords(72 * HOUR, 'nb')).toBe('3 døgn');
  });

  it('says 0 minutes under a minute, and ignores the sign', () => {
    expect(formatDurationWords(30_000, 'nb')).toBe('0 minutter');
    expect(formatDurationWords(-3 * HOUR, 'en')).toBe('3 hours');
  });
});

import { describe, expect, it } from 'vitest';
import {
  instantFromWallTime,
  isValidTimeZone,
  parseLocalInput,
  toLocalInput,
  zoneOffsetMs,
} from '../../../shared/time/zoned';

const OSLO = 'Europe/Oslo';
const wall = (s: string) => parseLocalInput(s)!;

describe('reading a typed local time as an instant in Oslo', () => {
  it('reads winter time as UTC+1 and summer time as UTC+2', () => {
    expect(instantFromWallTime(wall('2026-01-15T12:00'), OSLO).toISOString()).toBe('2026-01-15T11:00:00.000Z');
    expect(instantFromWallTime(wall('2026-07-15T12:00'), OSLO).toISOString()).toBe('2026-07-15T10:00:00.000Z');
  });

  it('reads a time in the spring gap (02:30 on 29 March 2026 never shows) as 03:30 summer time', () => {
    expect(instantFromWallTime(wall('2026-03-29T02:30'), OSLO).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('reads the autumn hour that happens twice as its earlier instant, the cautious one', () => {
    // 02:30 on 25 October 2026 is first 00:30Z (CEST), then 01:30Z (CET).
    expect(instantFromWallTime(wall('2026-10-25T02:30'), OSLO).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips through the form value', () => {
    for (const iso of ['2026-03-29T00:59:00Z', '2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-12-31T23:59:00Z']) {
      const instant = new Date(iso);
      expect(instantFromWallTime(wall(toLocalInput(instant, OSLO)), OSLO).getTime()).toBeLessThanOrEqual(instant.getTime());
    }
    expect(toLocalInput(new Date('2026-11-25T07:30:00Z'), OSLO)).toBe('2026-11-25T08:30');
  });

  it('knows the offset on both sides of a change', () => {
    expect(zoneOffsetMs(new Date('2026-03-29T00:59:00Z'), OSLO)).toBe(3_600_000);
    expect(zoneOffsetMs(new Date('2026-03-29T01:00:00Z'), OSLO)).toBe(7_200_000);
  });
});

describe('parsing what the user typed', () => {
  it.each([
    ['2026-02-30T10:00', 'a day February does not have'],
    ['2026-13-01T10:00', 'a thirteenth month'],
    ['2026-11-25T24:00', 'hour 24'],
    ['2026-11-25T10:60', 'minute 60'],
    ['i går kveld', 'free text'],
    ['25.11.2026 10:00', 'a format the field does not give'],
    ['', 'nothing'],
  ])('refuses %s (%s)', (value) => {
    expect(parseLocalInput(value)).toBeNull();
  });

  it('accepts 29 February in a leap year only', () => {
    expect(parseLocalInput('2028-02-29T10:00')).not.toBeNull();
    expect(parseLocalInput('2026-02-29T10:00')).toBeNull();
  });

  it('tells a real zone from a made-up one', () => {
    expect(isValidTimeZone('Europe/Oslo')).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { layoutTimeline, textWidth } from '../../../renderer/src/features/timeline/geometry';
import type { TimelineMark } from '../../../shared/documents/timeline/marks';

const HOUR = 3_600_000;
// Aware on Friday 27 March 2026 14:30 in Oslo (CET); the 72 hours end on Monday in summer time.
const AWARE = Date.parse('2026-03-27T13:30:00Z');
const DEADLINE = AWARE + 72 * HOUR;

const marks = (n: number, every = HOUR): TimelineMark[] =>
  Array.from({ length: n }, (_, i) => ({
    at: AWARE + i * every,
    label: `Hendelse nummer ${i + 1}`,
    kind: 'other' as const,
  }));
const words = { deadline: 'Frist 30.03.2026 15:30 CEST', now: 'Nå 31.03.2026 10:00 CEST', window: '72 timer' };

describe('the timeline picture', () => {
  it('shades the 72 hours from awareness to the deadline and puts now between them', () => {
    const picture = layoutTimeline(
      { awareAt: AWARE, deadline: DEADLINE, now: AWARE + 30 * HOUR, hours: 72, marks: marks(2) },
      'Europe/Oslo',
      'nb',
      words,
    );
    expect(picture.window.x0).toBeLessThan(picture.now.x);
    expect(picture.now.x).toBeLessThan(picture.deadline.x);
    expect(picture.window.x1).toBe(picture.deadline.x);
    // Linear in elapsed time: 30 of 72 hours, whatever the clocks did on Sunday morning.
    expect((picture.now.x - picture.window.x0) / (picture.deadline.x - picture.window.x0)).toBeCloseTo(
      30 / 72,
      6,
    );
  });

  it('keeps everything inside the drawing, even a deadline long past', () => {
    const picture = layoutTimeline(
      { awareAt: AWARE, deadline: DEADLINE, now: DEADLINE + 240 * HOUR, hours: 72, marks: marks(3) },
      'Europe/Oslo',
      'en',
      words,
    );
    for (const x of [picture.window.x0, picture.deadline.x, picture.now.x, ...picture.marks.map((m) => m.x)]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(picture.width);
    }
  });

  it('numbers the marks in time order and writes their time in the display zone', () => {
    const shuffled = [...marks(3)].reverse();
    const picture = layoutTimeline(
      { awareAt: AWARE, deadline: DEADLINE, now: AWARE, hours: 72, marks: shuffled },
      'Europe/Oslo',
      'nb',
      words,
    );
    expect(picture.marks.map((m) => m.number)).toEqual([1, 2, 3]);
    expect(picture.marks[0]!.time).toBe('27.03.2026 14:30 CET');
    expect(picture.marks.map((m) => m.label)).toEqual([
      'Hendelse nummer 1',
      'Hendelse nummer 2',
      'Hendelse nummer 3',
    ]);
  });

  it('names every mark with a label, none overlapping another, none outside the drawing', () => {
    const picture = layoutTimeline(
      { awareAt: AWARE, deadline: DEADLINE, now: AWARE, hours: 72, marks: marks(30, 2 * HOUR) },
      'Europe/Oslo',
      'nb',
      words,
    );
    expect(picture.labels.flatMap((l) => l.numbers).sort((a, b) => a - b)).toEqual(picture.marks.map((m) => m.number));
    for (const a of picture.labels) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.left + a.width).toBeLessThanOrEqual(picture.width);
      expect(a.top).toBeGreaterThan(0);
      expect(a.top + a.height).toBeLessThan(picture.height);
      for (const line of a.lines) expect(textWidth(line)).toBeLessThanOrEqual(a.width - 10);
      for (const b of picture.labels) {
        if (a === b) continue;
        const apart = a.left + a.width <= b.left || b.left + b.width <= a.left || a.top + a.height <= b.top || b.top + b.height <= a.top;
        expect(apart).toBe(true);
      }
    }
  });

  it('keeps the names of the deadline and now inside the drawing, even at its right edge', () => {
    const picture = layoutTimeline(
      { awareAt: AWARE, deadline: DEADLINE, now: DEADLINE + 2 * HOUR, hours: 72, marks: marks(2) },
      'Europe/Oslo',
      'nb',
      words,
    );
    expect(picture.now.labelX + textWidth(words.now)).toBeLessThanOrEqual(picture.width);
    expect(picture.deadline.labelX + textWidth(words.deadline)).toBeLessThanOrEqual(picture.width);
    expect(picture.now.labelY).toBeGreaterThan(picture.axisY);
    expect(picture.deadline.labelY).toBeLessThan(picture.axisY);
  });

  it('ticks follow the Oslo wall clock across the change to summer time', () => {
    const picture = layoutTimeline(
      { awareAt: AWARE, deadline: DEADLINE, now: AWARE, hours: 72, marks: [] },
      'Europe/Oslo',
      'nb',
      words,
    );
    const x = (label: string) => picture.ticks.find((t) => t.label?.text === label)!.x;
    expect(picture.ticks.map((t) => t.label?.text)).toEqual(
      expect.arrayContaining(['29.03 00:00', '29.03 12:00', '30.03 00:00']),
    );
    // Sunday 29 March has 23 hours: its morning (00:00 → 12:00) is 11 hours long, the evening 12.
    expect((x('29.03 12:00') - x('29.03 00:00')) / (x('30.03 00:00') - x('29.03 12:00'))).toBeCloseTo(
      11 / 12,
      6,
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  LABEL_WIDTH,
  layoutTimeline,
  wrapWords,
  type PictureMark,
} from '../../../renderer/src/features/timeline/geometry';

const HOUR = 3_600_000;
// Aware on Friday 27 March 2026 14:30 in Oslo (CET); the 72 hours end on Monday in summer time.
const AWARE = Date.parse('2026-03-27T13:30:00Z');
const DEADLINE = AWARE + 72 * HOUR;

const marks = (n: number, every = HOUR): PictureMark[] =>
  Array.from({ length: n }, (_, i) => ({
    at: AWARE + i * every,
    label: `Hendelse nummer ${i + 1}`,
    tone: 'event' as const,
  }));

describe('the timeline picture', () => {
  it('shades the 72 hours from awareness to the deadline and puts now between them', () => {
    const picture = layoutTimeline(
      { awareAt: AWARE, deadline: DEADLINE, now: AWARE + 30 * HOUR, marks: marks(2) },
      'Europe/Oslo',
      'nb',
    );
    expect(picture.window.x0).toBeLessThan(picture.nowX);
    expect(picture.nowX).toBeLessThan(picture.deadlineX);
    expect(picture.window.x1).toBe(picture.deadlineX);
    // Linear in elapsed time: 30 of 72 hours, whatever the clocks did on Sunday morning.
    expect((picture.nowX - picture.window.x0) / (picture.deadlineX - picture.window.x0)).toBeCloseTo(
      30 / 72,
      6,
    );
  });

  it('keeps everything inside the drawing, even a deadline long past', () => {
    const picture = layoutTimeline(
      { awareAt: AWARE, deadline: DEADLINE, now: DEADLINE + 240 * HOUR, marks: marks(3) },
      'Europe/Oslo',
      'en',
    );
    for (const x of [picture.window.x0, picture.deadlineX, picture.nowX, ...picture.marks.map((m) => m.x)]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(picture.width);
    }
  });

  it('numbers the marks in time order and writes their time in the display zone', () => {
    const shuffled = [...marks(3)].reverse();
    const picture = layoutTimeline(
      { awareAt: AWARE, deadline: DEADLINE, now: AWARE, marks: shuffled },
      'Europe/Oslo',
      'nb',
    );
    expect(picture.marks.map((m) => m.number)).toEqual([1, 2, 3]);
    expect(picture.marks[0]!.time).toBe('27.03.2026 14:30 CET');
    expect(picture.marks.map((m) => m.label)).toEqual([
      'Hendelse nummer 1',
      'Hendelse nummer 2',
      'Hendelse nummer 3',
    ]);
  });

  it('never lets two labels overlap; those without room are left to the list', () => {
    const picture = layoutTimeline(
      { awareAt: AWARE, deadline: DEADLINE, now: AWARE, marks: marks(30, 2 * HOUR) },
      'Europe/Oslo',
      'nb',
    );
    const boxes = picture.marks.flatMap((m) => (m.box ? [m.box] : []));
    expect(boxes.length).toBeGreaterThan(3);
    expect(boxes.length).toBeLessThan(30);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b || a.top !== b.top) continue;
        expect(a.left + LABEL_WIDTH <= b.left || b.left + LABEL_WIDTH <= a.left).toBe(true);
      }
    }
  });

  it('ticks follow the Oslo wall clock across the change to summer time', () => {
    const picture = layoutTimeline(
      { awareAt: AWARE, deadline: DEADLINE, now: AWARE, marks: [] },
      'Europe/Oslo',
      'nb',
    );
    const x = (label: string) => picture.ticks.find((t) => t.label === label)!.x;
    expect(picture.ticks.map((t) => t.label)).toEqual(
      expect.arrayContaining(['29.03 00:00', '29.03 12:00', '30.03 00:00']),
    );
    // Sunday 29 March has 23 hours: its morning (00:00 → 12:00) is 11 hours long, the evening 12.
    expect((x('29.03 12:00') - x('29.03 00:00')) / (x('30.03 00:00') - x('29.03 12:00'))).toBeCloseTo(
      11 / 12,
      6,
    );
  });
});

describe('label text', () => {
  it('wraps words onto two lines and marks what was cut', () => {
    expect(wrapWords('Meldt til Datatilsynet, AR123456789', 26)).toEqual([
      'Meldt til Datatilsynet,',
      'AR123456789',
    ]);
    const cut = wrapWords(
      'Tiltak (begrensning): alle passord er nullstilt og tilgangen til arkivet er stengt',
      26,
    );
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });
});

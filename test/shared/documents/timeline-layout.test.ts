import { describe, expect, it } from 'vitest';
import { fitLine, labelLeft, layoutMarks, placeTicks, wrapText, type LayoutGeometry, type PlacedLabel } from '../../../shared/documents/timeline/layout';
import { timelineMarks } from '../../../shared/documents/timeline/marks';
import { ticks, timeScale, xOf } from '../../../shared/documents/timeline/axis';
import type { TimelineDocumentInput } from '../../../shared/documents';

// Where the timeline's labels go, for the screen and the PDF: every mark named by exactly one
// label, close marks sharing one, nothing overlapping, nothing outside the drawing or the axis.

const HOUR = 3_600_000;
const AWARE = Date.parse('2026-03-27T13:30:00Z');
const DEADLINE = AWARE + 72 * HOUR;
/** Six units a character: a measure the test can reason about. */
const measure = (text: string) => text.length * 6;

const geometry = (over: Partial<LayoutGeometry> = {}): LayoutGeometry => ({
  x0: 20,
  x1: 980,
  minX: 4,
  maxX: 996,
  labelWidth: 170,
  lineHeight: 14,
  padding: 5,
  gap: 6,
  offset: { above: 30, below: 36 },
  room: { above: 240, below: 240 },
  groupWithin: 14,
  linesForOne: 2,
  measure,
  time: (at) => `t${Math.round((at - AWARE) / HOUR)}`,
  more: (count, first, last) => `${first}–${last}: ${count} more`,
  ...over,
});

const marks = (n: number, every = HOUR, start = AWARE) =>
  Array.from({ length: n }, (_, i) => ({ at: start + i * every, label: `Event ${i + 1}` }));

type Box = { left: number; right: number; near: number; far: number; side: string };
const box = (l: PlacedLabel): Box => ({ left: l.left, right: l.left + l.width, near: l.distance, far: l.distance + l.height, side: l.side });
const apart = (a: Box, b: Box) => a.side !== b.side || a.right <= b.left || b.right <= a.left || a.far <= b.near || b.far <= a.near;

function expectSound(layout: ReturnType<typeof layoutMarks>, g: LayoutGeometry) {
  // Every mark is named by exactly one label.
  const named = layout.labels.flatMap((l) => l.numbers).sort((a, b) => a - b);
  expect(named).toEqual(layout.marks.map((m) => m.number));
  const boxes = layout.labels.map(box);
  boxes.forEach((a, i) =>
    boxes.forEach((b, j) => {
      if (i !== j) expect(apart(a, b), `labels ${i} and ${j} overlap`).toBe(true);
    }),
  );
  for (const label of layout.labels) {
    expect(label.left).toBeGreaterThanOrEqual(g.minX);
    expect(label.left + label.width).toBeLessThanOrEqual(g.maxX);
    expect(label.distance + label.height).toBeLessThanOrEqual(g.room[label.side]);
    for (const line of label.lines) expect(measure(line)).toBeLessThanOrEqual(label.width - 2 * g.padding);
    // No other label on its side sits across its leader line (from the axis to the label).
    const middle = (label.from + label.to) / 2;
    for (const other of layout.labels) {
      if (other === label || other.side !== label.side) continue;
      const crosses = other.left < Math.max(label.to, middle) && Math.min(label.from, middle) < other.left + other.width && other.distance < label.distance;
      expect(crosses, `label ${other.numbers[0]} crosses the leader of ${label.numbers[0]}`).toBe(false);
    }
  }
  for (const mark of layout.marks) {
    expect(mark.x).toBeGreaterThan(g.x0);
    expect(mark.x).toBeLessThan(g.x1);
  }
}

describe('the labels of the timeline', () => {
  it('gives each mark far from the others a label of its own, with its number, time and words', () => {
    const g = geometry();
    const layout = layoutMarks(marks(3, 30 * HOUR), [AWARE, DEADLINE], g);
    expect(layout.labels.map((l) => l.numbers)).toEqual([[1], [2], [3]]);
    expect(layout.labels[0]!.lines).toEqual(['1  t0', 'Event 1']);
    expect(layout.labels[1]!.lines).toEqual(['2  t30', 'Event 2']);
    expectSound(layout, g);
  });

  it('numbers the marks in time order, whatever order they came in', () => {
    const layout = layoutMarks([...marks(3, 10 * HOUR)].reverse(), [AWARE], geometry());
    expect(layout.marks.map((m) => [m.number, m.label])).toEqual([
      [1, 'Event 1'],
      [2, 'Event 2'],
      [3, 'Event 3'],
    ]);
  });

  it('lets marks whose dots would touch share one label that names each of them', () => {
    const g = geometry();
    // Two minutes apart on a span of days: the same spot on the axis.
    const layout = layoutMarks([...marks(2, 2 * 60_000), { at: AWARE + 40 * HOUR, label: 'Later' }], [AWARE, DEADLINE], g);
    expect(layout.labels[0]!.numbers).toEqual([1, 2]);
    expect(layout.labels[0]!.lines).toEqual(['1–2  t0', '1 Event 1', '2 Event 2']);
    // The leader spans the dots it names.
    expect(layout.labels[0]!.from).toBe(layout.marks[0]!.x);
    expect(layout.labels[0]!.to).toBe(layout.marks[1]!.x);
    expectSound(layout, g);
  });

  it('names all of forty crowded events without overlap, grouping more the less room there is', () => {
    const g = geometry();
    const crowded = marks(40, 20 * 60_000);
    const layout = layoutMarks(crowded, [AWARE, DEADLINE, DEADLINE + 24 * HOUR], g);
    expectSound(layout, g);
    expect(layout.labels.length).toBeLessThan(40);
    const small = geometry({ room: { above: 120, below: 120 } });
    const tight = layoutMarks(crowded, [AWARE, DEADLINE, DEADLINE + 24 * HOUR], small);
    expectSound(tight, small);
    expect(tight.labels.length).toBeLessThanOrEqual(layout.labels.length);
  });

  it('says how many a full label leaves to the list when a group has more marks than lines', () => {
    const g = geometry({ room: { above: 100, below: 100 } });
    const layout = layoutMarks(marks(12, 60_000), [AWARE, DEADLINE], g);
    expectSound(layout, g);
    const lines = layout.labels.flatMap((l) => l.lines);
    expect(lines.some((line) => /^\d+–12: \d+ more$/.test(line))).toBe(true);
  });

  it('keeps a label at the edge inside the drawing and never cuts the axis', () => {
    const g = geometry();
    const layout = layoutMarks(marks(2, 200 * HOUR), [AWARE - 300 * HOUR, AWARE + 500 * HOUR], g);
    expectSound(layout, g);
    expect(xOf(layout.scale, AWARE - 300 * HOUR)).toBeGreaterThan(g.x0);
    expect(xOf(layout.scale, AWARE + 500 * HOUR)).toBeLessThan(g.x1);
  });

  it('reports how far the labels reach, so the drawing can be as tall as it needs', () => {
    const layout = layoutMarks(marks(1), [AWARE, DEADLINE], geometry());
    expect(layout.extent.above).toBe(30 + 2 * 14 + 10);
    expect(layout.extent.below).toBe(0);
  });
});

describe('label text', () => {
  it('wraps words onto the lines there are and marks what was cut', () => {
    expect(wrapText('Meldt til Datatilsynet, AR123456789', 150, 2, measure)).toEqual(['Meldt til Datatilsynet,', 'AR123456789']);
    const cut = wrapText('Tiltak (begrensning): alle passord er nullstilt og tilgangen til arkivet er stengt', 150, 2, measure);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
    for (const line of cut) expect(measure(line)).toBeLessThanOrEqual(150);
  });

  it('cuts one word too long for a line', () => {
    expect(fitLine('Personopplysningsloven', 60, measure)).toBe('Personopp…');
    expect(fitLine('Kort', 60, measure)).toBe('Kort');
  });

  it('centres a label on its point but keeps it inside the edges', () => {
    expect(labelLeft(500, 100, 0, 1000)).toBe(450);
    expect(labelLeft(10, 100, 0, 1000)).toBe(0);
    expect(labelLeft(990, 100, 0, 1000)).toBe(900);
  });
});

describe('the marks of the timeline', () => {
  const input = (over: Partial<TimelineDocumentInput> = {}): TimelineDocumentInput => ({
    lang: 'nb',
    timeZone: 'Europe/Oslo',
    now: '2026-03-31T08:00:00.000Z',
    organisation: { name: 'Eksempel AS', orgNumber: null, address: null, email: null, phone: null },
    incident: {
      ref: 'AVV-2026-001',
      title: 'Test',
      status: 'investigating',
      role: 'controller',
      occurredFrom: '2026-03-26T20:00:00.000Z',
      occurredTo: null,
      discoveredAt: '2026-03-27T12:00:00.000Z',
      awareAt: '2026-03-27T13:30:00.000Z',
    },
    events: [
      { at: '2026-03-28T09:20:00.000Z', label: 'Meldt til Datatilsynet, AR1', kind: 'notified-authority' },
      { at: '2026-03-27T15:00:00.000Z', label: 'Vurdert: høy risiko', kind: 'assessed' },
    ],
    notifiedAt: '2026-03-28T09:20:00.000Z',
    assessment: null,
    ...over,
  });

  it('holds the breach, its discovery, awareness and every event, in time order', () => {
    expect(timelineMarks(input()).map((m) => [m.kind, m.label])).toEqual([
      ['occurred', 'Bruddet startet'],
      ['discovered', 'Oppdaget'],
      ['aware', 'Fikk kjennskap: fristen starter'],
      ['assessed', 'Vurdert: høy risiko'],
      ['notified-authority', 'Meldt til Datatilsynet, AR1'],
    ]);
  });

  it('shows the duty done at its sent time when the record has no notice event for it', () => {
    const marks = timelineMarks(input({ events: [] }));
    expect(marks.at(-1)).toEqual({ at: Date.parse('2026-03-28T09:20:00.000Z'), label: 'Meldt til Datatilsynet', kind: 'notified-authority' });
  });
});

describe('the tick labels beside the deadline and now', () => {
  const g = geometry();
  /** The deadline's (or now's) dashed line through the row of tick labels, with the gap kept clear. */
  const lineBox = (x: number) => ({ left: x - g.gap, right: x + g.gap });
  const overlaps = (a: { left: number; right: number }, b: { left: number; right: number }) => a.left < b.right && b.left < a.right;

  it('never lets the deadline’s line cross a tick label, wherever the deadline falls; only a crossed label goes', () => {
    let dropped = 0;
    // Awareness every 17 minutes over two days (the deadline 72 hours later), now a day and a half in.
    for (let minutes = 0; minutes < 48 * 60; minutes += 17) {
      const aware = AWARE + minutes * 60_000;
      const deadline = aware + 72 * HOUR;
      const now = aware + 36 * HOUR;
      const scale = timeScale([aware, deadline, now], g.x0, g.x1);
      const all = ticks(scale, 'Europe/Oslo', 'nb', 8).map((tick) => ({ x: xOf(scale, tick.at), label: tick.label }));
      const lines = [xOf(scale, deadline), xOf(scale, now)];
      const placed = placeTicks(all, lines, g);
      expect(placed.map((tick) => tick.x)).toEqual(all.map((tick) => tick.x));
      placed.forEach((tick, i) => {
        const width = measure(all[i]!.label);
        const box = { left: labelLeft(tick.x, width, g.minX, g.maxX), right: labelLeft(tick.x, width, g.minX, g.maxX) + width };
        const crossed = lines.some((line) => overlaps(lineBox(line), box));
        if (tick.label) {
          expect(tick.label).toEqual({ text: all[i]!.label, left: box.left, width });
          expect(overlaps(lineBox(lines[0]!), box), `tick ${tick.label.text} under the deadline at ${minutes} min`).toBe(false);
          expect(overlaps(lineBox(lines[1]!), box)).toBe(false);
        } else {
          expect(crossed, `tick ${all[i]!.label} left out though no line crosses it`).toBe(true);
          dropped++;
        }
      });
      // Two lines cross at most two labels: the axis keeps its dates.
      expect(placed.filter((tick) => tick.label).length).toBeGreaterThanOrEqual(all.length - 2);
    }
    expect(dropped).toBeGreaterThan(0);
  });
});

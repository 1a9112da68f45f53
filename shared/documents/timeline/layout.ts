import { timeScale, xOf, type TimeScale } from './axis';

// Where every label of the management timeline goes, for the screen and the PDF alike: pure
// arithmetic over the marks and a text measure, so the two say the same thing in the same places.
//
// Every mark is named: marks too close for a label each share one label, which names each of them
// on a line of its own; when the labels do not all fit, the two groups closest together are
// joined and the placing starts again, until everything fits. No label overlaps another label or
// another label's leader line, and none leaves the drawing.

export interface AxisMark {
  /** The instant, in epoch milliseconds. */
  at: number;
  label: string;
}

export interface LayoutGeometry {
  /** Where the instants go along the axis. */
  x0: number;
  x1: number;
  /** Where labels may sit (the drawing's edges). */
  minX: number;
  maxX: number;
  labelWidth: number;
  lineHeight: number;
  /** Inside a label, above the first line and below the last. */
  padding: number;
  /** Between two labels, and between a label and a leader line. */
  gap: number;
  /** How far from the axis the first label may start, on each side (room for dots, ticks, the window's name). */
  offset: { above: number; below: number };
  /** How far from the axis a label may reach, on each side. */
  room: { above: number; below: number };
  /** Marks closer than this along the axis share a label (their dots would touch). */
  groupWithin: number;
  /** Lines for the words of a label that names one mark. */
  linesForOne: number;
  measure(text: string): number;
  /** The instant in the display zone, short ("27.03 14:30"). */
  time(at: number): string;
  /** The last line of a label with more marks than room: "12–14: 3 more, see the list". */
  more(count: number, first: number, last: number): string;
}

export type PlacedMark<M extends AxisMark = AxisMark> = M & {
  /** 1, 2, 3 … in time order: the label and the list under the drawing use the same number. */
  number: number;
  x: number;
};

export interface PlacedLabel {
  /** The numbers of the marks it names, in time order. */
  numbers: number[];
  /** Where its dots are; the leader line starts from their middle. */
  from: number;
  to: number;
  side: 'above' | 'below';
  left: number;
  /** Distance from the axis to the label's near edge. */
  distance: number;
  width: number;
  height: number;
  lines: string[];
}

export interface TimelineLayout<M extends AxisMark = AxisMark> {
  scale: TimeScale;
  marks: PlacedMark<M>[];
  labels: PlacedLabel[];
  /** How far the labels reach from the axis on each side. */
  extent: { above: number; below: number };
}

const ELLIPSIS = '…';

/** The text cut to `width`, with an ellipsis when it was cut. */
export function fitLine(text: string, width: number, measure: (text: string) => number): string {
  if (measure(text) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}${ELLIPSIS}`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}${ELLIPSIS}`;
}

/** Words into at most `maxLines` lines of `width`; an ellipsis says where text was left out. */
export function wrapText(text: string, width: number, maxLines: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = fitLine(words[i]!, width, measure);
    const joined = line ? `${line} ${word}` : word;
    if (!line || measure(joined) <= width) {
      line = joined;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      lines[maxLines - 1] = fitLine(`${lines[maxLines - 1]!} ${words.slice(i).join(' ')}`, width, measure);
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Group {
  members: PlacedMark[];
}

interface Rect {
  left: number;
  right: number;
  near: number;
  far: number;
}

const overlaps = (a: Rect, b: Rect, gap: number): boolean =>
  a.left < b.right + gap && b.left < a.right + gap && a.near < b.far + gap && b.near < a.far + gap;

/** The words of a group's label: its numbers and time, then each mark. */
function labelLines(group: Group, geometry: LayoutGeometry, maxLines: number): string[] {
  const { labelWidth, measure } = geometry;
  const width = labelWidth - 2 * geometry.padding;
  const first = group.members[0]!;
  const last = group.members.at(-1)!;
  if (group.members.length === 1) {
    return [fitLine(`${first.number}  ${geometry.time(first.at)}`, width, measure), ...wrapText(first.label, width, Math.min(geometry.linesForOne, maxLines - 1), measure)];
  }
  const header = fitLine(`${first.number}–${last.number}  ${geometry.time(first.at)}`, width, measure);
  const lines = group.members.map((mark) => fitLine(`${mark.number} ${mark.label}`, width, measure));
  if (lines.length + 1 <= maxLines) return [header, ...lines];
  const kept = Math.max(0, maxLines - 2);
  const rest = group.members.slice(kept);
  return [header, ...lines.slice(0, kept), fitLine(geometry.more(rest.length, rest[0]!.number, rest.at(-1)!.number), width, measure)];
}

type Placement = Omit<PlacedLabel, 'numbers' | 'lines'>;

function tryPlace(groups: readonly Group[], geometry: LayoutGeometry): PlacedLabel[] | null {
  const placed: Record<'above' | 'below', { boxes: Rect[]; leaders: Rect[] }> = {
    above: { boxes: [], leaders: [] },
    below: { boxes: [], leaders: [] },
  };
  const labels: PlacedLabel[] = [];
  for (const [index, group] of groups.entries()) {
    const from = group.members[0]!.x;
    const to = group.members.at(-1)!.x;
    const middle = (from + to) / 2;
    const width = geometry.labelWidth;
    const left = Math.min(Math.max(middle - width / 2, geometry.minX), geometry.maxX - width);
    const leaderSpan = { left: Math.min(from, middle) - 1, right: Math.max(to, middle) + 1 };
    const sides: ('above' | 'below')[] = index % 2 === 0 ? ['above', 'below'] : ['below', 'above'];
    let best: (Placement & { lines: string[] }) | null = null;
    for (const side of sides) {
      const maxLines = Math.floor((geometry.room[side] - geometry.offset[side] - 2 * geometry.padding) / geometry.lineHeight);
      if (maxLines < 2) continue;
      const lines = labelLines(group, geometry, maxLines);
      const height = lines.length * geometry.lineHeight + 2 * geometry.padding;
      const { boxes, leaders } = placed[side];
      const candidates = [geometry.offset[side], ...boxes.map((b) => b.far + geometry.gap)].filter((d) => d >= geometry.offset[side]).sort((a, b) => a - b);
      for (const distance of candidates) {
        if (distance + height > geometry.room[side]) break;
        const box: Rect = { left, right: left + width, near: distance, far: distance + height };
        const leader: Rect = { ...leaderSpan, near: 0, far: distance };
        const free = boxes.every((b) => !overlaps(box, b, geometry.gap) && !overlaps(leader, b, 0)) && leaders.every((l) => !overlaps(box, l, 0));
        if (!free) continue;
        if (!best || distance < best.distance) best = { from, to, side, left, distance, width, height, lines };
        break;
      }
    }
    if (!best) return null;
    placed[best.side].boxes.push({ left: best.left, right: best.left + width, near: best.distance, far: best.distance + best.height });
    placed[best.side].leaders.push({ ...leaderSpan, near: 0, far: best.distance });
    labels.push({ ...best, numbers: group.members.map((m) => m.number) });
  }
  return labels;
}

/**
 * Lays out the marks on a scale that holds them and `instants` (awareness, the deadline, now):
 * every mark inside the axis, every mark named by exactly one label.
 */
export function layoutMarks<M extends AxisMark>(marks: readonly M[], instants: readonly number[], geometry: LayoutGeometry): TimelineLayout<M> {
  const scale = timeScale([...marks.map((m) => m.at), ...instants], geometry.x0, geometry.x1);
  const placedMarks = [...marks]
    .sort((a, b) => a.at - b.at)
    .map((mark, i): PlacedMark<M> => ({ ...mark, number: i + 1, x: xOf(scale, mark.at) }));
  // Dots that would touch share a label from the start.
  let groups: Group[] = [];
  for (const mark of placedMarks) {
    const last = groups.at(-1);
    if (last && mark.x - last.members.at(-1)!.x < geometry.groupWithin) last.members.push(mark);
    else groups.push({ members: [mark] });
  }
  for (;;) {
    const labels = tryPlace(groups, geometry);
    if (labels) {
      const reach = (side: 'above' | 'below') => Math.max(0, ...labels.filter((l) => l.side === side).map((l) => l.distance + l.height));
      return { scale, marks: placedMarks, labels, extent: { above: reach('above'), below: reach('below') } };
    }
    if (groups.length <= 1) {
      // Not even one label fits: the drawing is too small to name anything (never with our sizes).
      throw new RangeError('The timeline has no room for a label.');
    }
    // Join the two groups closest together along the axis, and try again.
    let join = 0;
    for (let i = 1; i < groups.length - 1; i++) {
      const gap = (k: number) => groups[k + 1]!.members[0]!.x - groups[k]!.members.at(-1)!.x;
      if (gap(i) < gap(join)) join = i;
    }
    groups = [...groups.slice(0, join), { members: [...groups[join]!.members, ...groups[join + 1]!.members] }, ...groups.slice(join + 2)];
  }
}

/** Where a label of `width` centred on `x` starts so that it stays inside [minX, maxX]. */
export function labelLeft(x: number, width: number, minX: number, maxX: number): number {
  return Math.min(Math.max(x - width / 2, minX), maxX - width);
}

/** A tick along the axis, and its label under it unless a marker line runs there. */
export interface PlacedTick {
  x: number;
  label: { text: string; left: number; width: number } | null;
}

/**
 * The ticks' labels under the axis, each centred on its tick and kept inside [minX, maxX]. A label
 * that a marker line (the deadline, now) would cross, or pass within `gap` of, is left out and its
 * tick stays: a date struck through by a dashed line cannot be read, and the line says its own time.
 */
export function placeTicks(
  ticks: readonly { x: number; label: string }[],
  lines: readonly number[],
  geometry: Pick<LayoutGeometry, 'minX' | 'maxX' | 'gap' | 'measure'>,
): PlacedTick[] {
  const { minX, maxX, gap, measure } = geometry;
  return ticks.map((tick) => {
    const width = measure(tick.label);
    const left = labelLeft(tick.x, width, minX, maxX);
    const crossed = lines.some((line) => line > left - gap && line < left + width + gap);
    return { x: tick.x, label: crossed ? null : { text: tick.label, left, width } };
  });
}

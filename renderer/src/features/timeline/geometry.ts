import { ticks, xOf } from '../../../../shared/documents/timeline/axis';
import { labelLeft, layoutMarks, placeTicks, type PlacedLabel, type PlacedTick } from '../../../../shared/documents/timeline/layout';
import type { MarkKind, TimelineMark } from '../../../../shared/documents/timeline/marks';
import { TIMELINE } from '../../../../shared/documents/text/timeline';
import { dayAndTime } from '../../../../shared/documents/format';
import { formatInstant } from '../../../../shared/deadline';
import type { Lang } from '../../../../shared/i18n/lang';

// The management timeline as a picture: where everything sits on the SVG, computed without
// drawing. The marks, the scale, the ticks and the placing of the labels are the PDF's own
// (shared/documents/timeline), so the screen and the exported page say the same.

export type Tone = 'aware' | 'event' | 'notified' | 'closed' | 'warn';

export interface PictureMark extends TimelineMark {
  number: number;
  x: number;
  tone: Tone;
  /** In the display zone, with the zone's name. */
  time: string;
}

/** A label where the SVG draws it: `top` from the picture's top edge. */
export interface PictureLabel extends PlacedLabel {
  top: number;
}

export interface Picture {
  width: number;
  height: number;
  axisY: number;
  window: { x0: number; x1: number; labelX: number };
  deadline: { x: number; labelX: number; labelY: number };
  now: { x: number; labelX: number; labelY: number };
  /** A tick's label is left out where the deadline's or now's line runs. */
  ticks: PlacedTick[];
  marks: PictureMark[];
  labels: PictureLabel[];
}

export const WIDTH = 1000;
export const LINE_HEIGHT = 14;
export const PADDING = 5;
const MARGIN = 24;
const EDGE = 4;
/** The top row holds the deadline's name, the bottom row now's. */
const ROW = 22;
/**
 * The SVG's 11-pixel sans-serif, measured on the safe side: about 0.62 em a character, so a line
 * the layout says fits does not run out of its box.
 */
export const textWidth = (text: string): number => text.length * 6.9;

export function toneOf(kind: MarkKind): Tone {
  if (kind === 'aware') return 'aware';
  if (kind === 'occurred') return 'warn';
  if (kind === 'occurred-to' || kind === 'discovered' || kind === 'closed') return 'closed';
  if (kind.startsWith('notified') || kind === 'follow-up') return 'notified';
  return 'event';
}

export function layoutTimeline(
  input: { awareAt: number; deadline: number; now: number; hours: number; marks: readonly TimelineMark[] },
  timeZone: string,
  lang: Lang,
  labels: { deadline: string; now: string; window: string },
): Picture {
  const t = TIMELINE[lang];
  const layout = layoutMarks(input.marks, [input.awareAt, input.deadline, input.now], {
    x0: MARGIN,
    x1: WIDTH - MARGIN,
    minX: EDGE,
    maxX: WIDTH - EDGE,
    labelWidth: 176,
    lineHeight: LINE_HEIGHT,
    padding: PADDING,
    gap: 6,
    offset: { above: 30, below: 36 },
    room: { above: 360, below: 360 },
    groupWithin: 14,
    linesForOne: 2,
    measure: textWidth,
    time: (at) => dayAndTime(new Date(at), lang, timeZone),
    more: t.more,
  });
  const x = (at: number) => xOf(layout.scale, at);
  const axisY = ROW + 8 + Math.max(layout.extent.above, 30);
  const height = axisY + Math.max(layout.extent.below, 36) + 8 + ROW;
  const left = (at: number, text: string) => labelLeft(at, textWidth(text), EDGE, WIDTH - EDGE);
  return {
    width: WIDTH,
    height,
    axisY,
    window: { x0: x(input.awareAt), x1: x(input.deadline), labelX: left((x(input.awareAt) + x(input.deadline)) / 2, labels.window) },
    deadline: { x: x(input.deadline), labelX: left(x(input.deadline), labels.deadline), labelY: 15 },
    now: { x: x(input.now), labelX: left(x(input.now), labels.now), labelY: height - 7 },
    ticks: placeTicks(
      ticks(layout.scale, timeZone, lang, 8).map((tick) => ({ x: x(tick.at), label: tick.label })),
      [x(input.deadline), x(input.now)],
      { minX: EDGE, maxX: WIDTH - EDGE, gap: 4, measure: textWidth },
    ),
    marks: layout.marks.map((mark) => ({ ...mark, tone: toneOf(mark.kind), time: formatInstant(new Date(mark.at), lang, timeZone) })),
    labels: layout.labels.map((label) => ({
      ...label,
      top: label.side === 'above' ? axisY - label.distance - label.height : axisY + label.distance,
    })),
  };
}

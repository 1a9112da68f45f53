import { placeLabels, ticks, timeScale, xOf } from '../../../../shared/documents/timeline/axis';
import type { TimelineEventKind } from '../../../../shared/documents';
import { formatInstant } from '../../../../shared/deadline';
import type { Lang } from '../../../../shared/i18n/lang';

// The management timeline as a picture: where everything sits on the SVG, computed without
// drawing. The scale, ticks and label lanes are the PDF's own (shared/documents/timeline/axis), so
// the screen and the exported page agree.

export type Tone = 'aware' | 'event' | 'notified' | 'closed' | 'warn';

export interface PictureMark {
  at: number;
  label: string;
  tone: Tone;
}

export interface PlacedMark extends PictureMark {
  number: number;
  x: number;
  time: string;
  /** Where the label box sits; null when there is no room (the list under the picture has it). */
  box: { left: number; top: number; lines: string[]; above: boolean } | null;
}

export interface Picture {
  width: number;
  height: number;
  axisY: number;
  window: { x0: number; x1: number };
  deadlineX: number;
  nowX: number;
  ticks: { x: number; label: string }[];
  marks: PlacedMark[];
}

export const WIDTH = 1000;
export const LABEL_WIDTH = 168;
export const LABEL_HEIGHT = 44;
const LANES = 2;
const AXIS_Y = 40 + LANES * (LABEL_HEIGHT + 8) + 24;
const MARGIN = 24;
const CHARS_PER_LINE = 26;

export function toneOf(kind: TimelineEventKind): Tone {
  if (kind.startsWith('notified') || kind === 'follow-up') return 'notified';
  if (kind === 'closed') return 'closed';
  return 'event';
}

/** Words into at most `maxLines` lines of `width` characters; an ellipsis says when text was cut. */
export function wrapWords(text: string, width = CHARS_PER_LINE, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const piece = word.length > width ? `${word.slice(0, width - 1)}…` : word;
    if (line && line.length + 1 + piece.length > width) {
      lines.push(line);
      line = piece;
    } else line = line ? `${line} ${piece}` : piece;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, width - 1).trimEnd()}…`;
  return kept;
}

export function layoutTimeline(
  input: { awareAt: number; deadline: number; now: number; marks: readonly PictureMark[] },
  timeZone: string,
  lang: Lang,
): Picture {
  const marks = [...input.marks].sort((a, b) => a.at - b.at);
  const scale = timeScale(
    [...marks.map((m) => m.at), input.awareAt, input.deadline, input.now],
    MARGIN,
    WIDTH - MARGIN,
  );
  const x = (at: number) => xOf(scale, at);
  const placements = placeLabels(
    marks.map((m) => ({ x: x(m.at), width: LABEL_WIDTH })),
    LANES,
    MARGIN / 2,
    WIDTH - MARGIN / 2,
  );
  const placed = marks.map((mark, i): PlacedMark => {
    const place = placements[i];
    const box = place
      ? {
          left: place.left,
          top:
            place.side === 'above'
              ? AXIS_Y - 26 - LABEL_HEIGHT - place.lane * (LABEL_HEIGHT + 8)
              : AXIS_Y + 42 + place.lane * (LABEL_HEIGHT + 8),
          lines: wrapWords(mark.label),
          above: place.side === 'above',
        }
      : null;
    return {
      ...mark,
      number: i + 1,
      x: x(mark.at),
      time: formatInstant(new Date(mark.at), lang, timeZone),
      box,
    };
  });
  return {
    width: WIDTH,
    height: AXIS_Y + 42 + LANES * (LABEL_HEIGHT + 8) + 8,
    axisY: AXIS_Y,
    window: { x0: x(input.awareAt), x1: x(input.deadline) },
    deadlineX: x(input.deadline),
    nowX: x(input.now),
    ticks: ticks(scale, timeZone, lang, 8).map((tick) => ({ x: x(tick.at), label: tick.label })),
    marks: placed,
  };
}

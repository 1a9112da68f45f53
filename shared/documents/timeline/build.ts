import {
  AUTHORITY_DEADLINE_HOURS,
  DEFAULT_CONTROLLER_NOTICE_HOURS,
  dutyDeadline,
  formatInstant,
} from '../../deadline';
import { dayAndTime, requireDate, toDate } from '../format';
import type { FontBytes } from '../pdf/fonts';
import { COLORS, PdfWriter } from '../pdf/writer';
import { PAGE } from '../text/common';
import { TIMELINE } from '../text/timeline';
import type { TimelineDocumentInput } from '../types';
import { ticks, xOf } from './axis';
import { labelLeft, layoutMarks, placeTicks, type LayoutGeometry } from './layout';
import { timelineMarks } from './marks';
import { AXIS_Y, KIND_COLOR, statusBoxes, verticalLine } from './parts';

// The management timeline: a landscape page per incident. Four boxes say where things stand;
// under them every event sits on a drawn time axis, with the 72 hours shaded and the deadline and
// "now" as vertical lines; every dot is named by a label (close ones share one, shared/documents/
// timeline/layout), and the numbered list after the picture says it all in full, as the screen does.

const LABEL_SIZE = 7.5;
/** The deadline's name is written above the picture, now's under it; the labels stay between. */
const DEADLINE_LABEL_TOP = 178;
const NOW_LABEL_TOP = 504;
const PICTURE_TOP = 190;
const PICTURE_BOTTOM = 500;

function geometry(writer: PdfWriter, input: TimelineDocumentInput): LayoutGeometry {
  const t = TIMELINE[input.lang];
  return {
    x0: writer.left + 10,
    x1: writer.left + writer.contentWidth - 10,
    minX: writer.left,
    maxX: writer.left + writer.contentWidth,
    labelWidth: 118,
    lineHeight: 8.8,
    padding: 2,
    gap: 4,
    offset: { above: 24, below: 20 },
    room: { above: AXIS_Y - PICTURE_TOP, below: PICTURE_BOTTOM - AXIS_Y },
    groupWithin: 9,
    linesForOne: 3,
    // Measured in bold, the wider face, so a line fits whichever it is written in.
    measure: (text) => {
      writer.font('bold', LABEL_SIZE);
      return writer.textWidth(text);
    },
    time: (at) => dayAndTime(new Date(at), input.lang, input.timeZone),
    more: t.more,
  };
}

/** Draws one incident's timeline from the writer's current page on. */
function drawTimeline(writer: PdfWriter, input: TimelineDocumentInput): void {
  const { lang, timeZone, incident } = input;
  const t = TIMELINE[lang];
  const now = requireDate(input.now, 'now');
  const awareAt = requireDate(incident.awareAt, 'incident.awareAt');
  const hours =
    incident.role === 'controller'
      ? AUTHORITY_DEADLINE_HOURS
      : (input.controllerNoticeHours ?? DEFAULT_CONTROLLER_NOTICE_HOURS);
  const deadline = dutyDeadline(incident.role, awareAt, hours);
  const notifiedAt = toDate(input.notifiedAt);
  const { doc } = writer;

  writer.paragraph(`${t.title}: ${incident.ref} ${incident.title}`, {
    size: 15,
    style: 'bold',
    color: COLORS.accent,
    after: 1,
  });
  writer.paragraph(
    `${input.organisation.name} · ${t.asOf(formatInstant(now, lang, timeZone))} · ${timeZone}`,
    { size: 9, color: COLORS.muted, after: 8 },
  );
  statusBoxes(writer, input, deadline, now, notifiedAt);

  const marks = timelineMarks(input);
  const layout = layoutMarks(marks, [awareAt.getTime(), deadline.getTime(), now.getTime()], geometry(writer, input));
  const x = (at: number): number => xOf(layout.scale, at);
  const minX = writer.left;
  const maxX = writer.left + writer.contentWidth;

  // The window the law gives: from awareness to the deadline.
  doc.setFillColor(...COLORS.light);
  doc.rect(x(awareAt.getTime()), AXIS_Y - 8, x(deadline.getTime()) - x(awareAt.getTime()), 16, 'F');
  writer.font('bold', 7, COLORS.accent);
  const windowLabel = t.window(hours);
  const windowWidth = writer.textWidth(windowLabel);
  writer.lineAt(windowLabel, labelLeft((x(awareAt.getTime()) + x(deadline.getTime())) / 2, windowWidth, minX, maxX), AXIS_Y - 20, 7);

  doc.setDrawColor(...COLORS.text);
  doc.setLineWidth(1.2);
  doc.line(layout.scale.x0, AXIS_Y, layout.scale.x1, AXIS_Y);
  writer.font('normal', 6.5, COLORS.muted);
  const placed = placeTicks(
    ticks(layout.scale, timeZone, lang).map((tick) => ({ x: x(tick.at), label: tick.label })),
    [x(deadline.getTime()), x(now.getTime())],
    { minX, maxX, gap: 3, measure: (text) => writer.textWidth(text) },
  );
  for (const tick of placed) {
    doc.setLineWidth(0.6);
    doc.line(tick.x, AXIS_Y, tick.x, AXIS_Y + 4);
    if (tick.label) writer.lineAt(tick.label.text, tick.label.left, AXIS_Y + 6, 6.5);
  }

  verticalLine(writer, x(deadline.getTime()), COLORS.warning, `${t.deadline} ${formatInstant(deadline, lang, timeZone)}`, DEADLINE_LABEL_TOP, true);
  verticalLine(writer, x(now.getTime()), COLORS.muted, `${t.now} ${formatInstant(now, lang, timeZone)}`, NOW_LABEL_TOP, false);

  const kinds = new Map(layout.marks.map((mark) => [mark.number, mark.kind]));
  for (const label of layout.labels) {
    const above = label.side === 'above';
    const top = above ? AXIS_Y - label.distance - label.height : AXIS_Y + label.distance;
    const color = KIND_COLOR[kinds.get(label.numbers[0]!)!];
    const middle = (label.from + label.to) / 2;
    const foot = AXIS_Y + (above ? -6 : 6);
    // The leader: from the dots (a bracket over several) to the label.
    doc.setDrawColor(...(label.numbers.length === 1 ? color : COLORS.muted));
    doc.setLineWidth(0.5);
    if (label.to > label.from) doc.line(label.from, foot, label.to, foot);
    doc.line(middle, foot, middle, above ? top + label.height : top);
    doc.setFillColor(255, 255, 255);
    doc.rect(label.left, top, label.width, label.height, 'F');
    label.lines.forEach((line, i) => {
      const size = LABEL_SIZE;
      if (i === 0) writer.font('bold', size, label.numbers.length === 1 ? color : COLORS.text);
      else writer.font('normal', size, COLORS.text);
      writer.lineAt(line, label.left + 2, top + 2 + i * 8.8, size);
    });
  }
  for (const mark of layout.marks) {
    doc.setFillColor(...KIND_COLOR[kinds.get(mark.number)!]);
    doc.circle(mark.x, AXIS_Y, 3.6, 'F');
  }

  // The same numbered list as under the picture on the screen, in full, flowing to the next page.
  writer.y = NOW_LABEL_TOP + 14;
  writer.heading(t.events);
  const width = writer.contentWidth;
  writer.font('normal', 9);
  for (const mark of layout.marks) {
    writer.lines(writer.wrap(`${mark.number}.  ${formatInstant(new Date(mark.at), lang, timeZone)}  ${mark.label}`, width), { size: 9, after: 1 });
  }
}

/** The timelines of several incidents in one PDF, each from a page of its own (a management report). */
export function buildTimelinesPdf(inputs: readonly TimelineDocumentInput[], fonts: FontBytes): Uint8Array {
  const first = inputs[0];
  if (!first) throw new RangeError('A timeline needs at least one incident.');
  const t = TIMELINE[first.lang];
  const writer = new PdfWriter(fonts, {
    title: inputs.length === 1 ? `${t.title}: ${first.incident.ref}` : t.footer,
    subject: inputs.map((input) => input.incident.ref).join(', '),
    author: first.organisation.name,
    lang: first.lang,
    createdAt: requireDate(first.now, 'now'),
    orientation: 'landscape',
  });
  // Which incident each page belongs to: a long list of events runs over to the next page.
  const pageOwner: TimelineDocumentInput[] = [];
  inputs.forEach((input, i) => {
    if (i > 0) writer.newPage(false);
    const from = writer.pageCount;
    drawTimeline(writer, input);
    for (let page = from; page <= writer.pageCount; page++) pageOwner[page - 1] = input;
  });
  return writer.finish((page, total) => {
    const input = pageOwner[page - 1] ?? first;
    return `${input.organisation.name} · ${input.incident.ref} · ${t.footer} · ${PAGE[first.lang](page, total)}`;
  });
}

/** The management timeline of one incident as a PDF. */
export function buildTimelinePdf(input: TimelineDocumentInput, fonts: FontBytes): Uint8Array {
  return buildTimelinesPdf([input], fonts);
}

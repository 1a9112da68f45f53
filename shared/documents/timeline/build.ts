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
import { placeLabels, ticks, timeScale, xOf } from './axis';
import { AXIS_Y, LABEL_HEIGHT, LABEL_WIDTH, LANES, marks, statusBoxes, verticalLine } from './parts';

// The management timeline: one landscape page per incident. Four boxes say where things stand;
// under them every event sits on a drawn time axis, with the 72 hours shaded and the deadline and
// "now" as vertical lines. A picture, not a table.

/** Draws one incident's timeline on the writer's current page. */
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

  const all = marks(input, awareAt, notifiedAt);
  const scale = timeScale(
    [...all.map((m) => m.at), deadline.getTime(), now.getTime()],
    writer.left + 10,
    writer.left + writer.contentWidth - 10,
  );
  const x = (at: number): number => xOf(scale, at);

  // The window the law gives: from awareness to the deadline.
  doc.setFillColor(...COLORS.light);
  doc.rect(x(awareAt.getTime()), AXIS_Y - 8, x(deadline.getTime()) - x(awareAt.getTime()), 16, 'F');
  writer.font('bold', 7, COLORS.accent);
  writer.lineAt(
    t.window(hours),
    (x(awareAt.getTime()) + x(deadline.getTime())) / 2,
    AXIS_Y - 20,
    7,
    'center',
  );

  doc.setDrawColor(...COLORS.text);
  doc.setLineWidth(1.2);
  doc.line(scale.x0, AXIS_Y, scale.x1, AXIS_Y);
  writer.font('normal', 6.5, COLORS.muted);
  for (const tick of ticks(scale, timeZone, lang)) {
    doc.setLineWidth(0.6);
    doc.line(x(tick.at), AXIS_Y, x(tick.at), AXIS_Y + 4);
    writer.lineAt(tick.label, x(tick.at), AXIS_Y + 6, 6.5, 'center');
  }

  verticalLine(
    writer,
    x(deadline.getTime()),
    COLORS.warning,
    `${t.deadline} ${formatInstant(deadline, lang, timeZone)}`,
    178,
    true,
  );
  verticalLine(
    writer,
    x(now.getTime()),
    COLORS.muted,
    `${t.now} ${formatInstant(now, lang, timeZone)}`,
    504,
    false,
  );

  const placements = placeLabels(
    all.map((m) => ({ x: x(m.at), width: LABEL_WIDTH })),
    LANES,
    writer.left,
    writer.left + writer.contentWidth,
  );
  const overflow: string[] = [];
  const labelTop = (i: number): number => {
    const place = placements[i]!;
    return place.side === 'above'
      ? AXIS_Y - 30 - LABEL_HEIGHT - place.lane * (LABEL_HEIGHT + 6)
      : AXIS_Y + 30 + place.lane * (LABEL_HEIGHT + 6);
  };
  // Leader lines first, then the labels on white over them, so a line never runs through text.
  all.forEach((mark, i) => {
    const place = placements[i];
    if (!place) return;
    const cx = x(mark.at);
    const top = labelTop(i);
    const anchorX = Math.min(Math.max(cx, place.left + 4), place.left + LABEL_WIDTH - 4);
    doc.setDrawColor(...mark.color);
    doc.setLineWidth(0.5);
    doc.line(
      cx,
      AXIS_Y + (place.side === 'above' ? -4 : 4),
      anchorX,
      place.side === 'above' ? top + LABEL_HEIGHT : top,
    );
  });
  all.forEach((mark, i) => {
    const cx = x(mark.at);
    doc.setFillColor(...mark.color);
    doc.circle(cx, AXIS_Y, 3.6, 'F');
    writer.font('bold', 6, mark.color);
    writer.lineAt(String(i + 1), cx, AXIS_Y - 13 - (i % 2) * 7, 6, 'center');
    const when = `${i + 1}  ${dayAndTime(new Date(mark.at), lang, timeZone)}`;
    const place = placements[i];
    if (!place) {
      overflow.push(`${when}  ${mark.label}`);
      return;
    }
    const top = labelTop(i);
    doc.setFillColor(255, 255, 255);
    doc.rect(place.left, top, LABEL_WIDTH, LABEL_HEIGHT, 'F');
    writer.font('bold', 7.5, mark.color);
    writer.lineAt(when, place.left + 2, top + 2, 7.5);
    writer.font('normal', 7.5, COLORS.text);
    const lines = writer.wrap(mark.label, LABEL_WIDTH - 4);
    const shown = lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]!.slice(0, -1)}…`] : lines;
    shown.forEach((line, j) => writer.lineAt(line, place.left + 2, top + 12 + j * 8.8, 7.5));
  });

  if (overflow.length > 0) {
    // Three lines at most, so the timeline stays on one page; each event kept short, and the
    // number of those that still do not fit said at the end.
    writer.font('normal', 7, COLORS.text);
    const items = overflow.map((item) => (item.length > 64 ? `${item.slice(0, 63).trimEnd()}…` : item));
    let shown = items.length;
    const text = () => `${t.more}: ${items.slice(0, shown).join(' · ')}${shown < items.length ? ` · … (+${items.length - shown})` : ''}`;
    let lines = writer.wrap(text(), writer.contentWidth);
    while (lines.length > 3 && shown > 1) {
      shown--;
      lines = writer.wrap(text(), writer.contentWidth);
    }
    lines.forEach((line, j) => writer.lineAt(line, writer.left, 516 + j * 9, 7));
  }
}

/** The timelines of several incidents in one PDF, one page each (a management report). */
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
  inputs.forEach((input, i) => {
    if (i > 0) writer.newPage(false);
    drawTimeline(writer, input);
  });
  return writer.finish((page, total) => {
    const input = inputs[page - 1]!;
    return `${input.organisation.name} · ${input.incident.ref} · ${t.footer} · ${PAGE[first.lang](page, total)}`;
  });
}

/** The management timeline of one incident as a one-page PDF. */
export function buildTimelinePdf(input: TimelineDocumentInput, fonts: FontBytes): Uint8Array {
  return buildTimelinesPdf([input], fonts);
}

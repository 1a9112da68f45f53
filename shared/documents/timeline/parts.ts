import { deadlineStatus, formatDurationWords, formatInstant } from '../../deadline';
import { number } from '../format';
import { COLORS } from '../pdf/writer';
import type { PdfWriter, Rgb } from '../pdf/writer';
import { RISK_SHORT, SEVERITY } from '../text/common';
import { STATUS, TIMELINE } from '../text/timeline';
import type { TimelineDocumentInput } from '../types';
import type { MarkKind } from './marks';

// The pieces of a timeline page: the four status boxes, a vertical marker, the colour of a mark.

export const AXIS_Y = 345;
export const BOX_HEIGHT = 70;
export const KIND_COLOR: Record<MarkKind, Rgb> = {
  occurred: COLORS.warning,
  'occurred-to': COLORS.muted,
  discovered: COLORS.muted,
  aware: COLORS.accent,
  assessed: COLORS.accent,
  contained: COLORS.accent,
  'notified-authority': COLORS.ok,
  'notified-controller': COLORS.ok,
  'notified-subjects': COLORS.ok,
  'follow-up': COLORS.ok,
  closed: COLORS.muted,
  other: COLORS.accent,
};

export function statusBoxes(
  writer: PdfWriter,
  input: TimelineDocumentInput,
  deadline: Date,
  now: Date,
  notifiedAt: Date | null,
): void {
  const { lang, timeZone, incident, assessment } = input;
  const t = TIMELINE[lang];
  const status = deadlineStatus(deadline, now, notifiedAt);
  const gap = formatDurationWords(status.msLeft, lang);
  const standing = {
    open: t.open(gap),
    'due-soon': t.dueSoon(gap),
    overdue: t.overdue(gap),
    met: t.met(notifiedAt ? formatInstant(notifiedAt, lang, timeZone) : ''),
    'met-late': t.metLate(notifiedAt ? formatInstant(notifiedAt, lang, timeZone) : ''),
  }[status.state];
  const duties = assessment
    ? incident.role === 'controller'
      ? [
          t.duty(assessment.notifyAuthority, t.notifyAuthority),
          t.duty(assessment.notifySubjects, t.notifySubjects),
        ]
      : [t.duty(assessment.notifyController, t.notifyController)]
    : [];
  const risk = assessment
    ? `${RISK_SHORT[lang][assessment.risk]} · ENISA ${SEVERITY[lang][assessment.severity.level].toLowerCase()} (SE ${number(assessment.severity.score, lang)})`
    : t.notAssessed;
  const boxes: { label: string; lines: string[]; color: Rgb }[] = [
    { label: t.status, lines: [STATUS[lang][incident.status]], color: COLORS.text },
    {
      label: incident.role === 'controller' ? t.deadlineAuthority : t.deadlineController,
      lines: [formatInstant(deadline, lang, timeZone)],
      color: COLORS.text,
    },
    {
      label: t.standing,
      lines: [standing],
      color:
        status.state === 'overdue' || status.state === 'met-late'
          ? COLORS.warning
          : status.state === 'met'
            ? COLORS.ok
            : COLORS.text,
    },
    { label: t.risk, lines: [risk, ...duties], color: COLORS.text },
  ];
  const width = (writer.contentWidth - 3 * 10) / 4;
  const top = writer.y;
  boxes.forEach((box, i) => {
    const x = writer.left + i * (width + 10);
    writer.doc.setFillColor(...COLORS.light);
    writer.doc.rect(x, top, width, BOX_HEIGHT, 'F');
    writer.font('normal', 7.5, COLORS.muted);
    writer.lineAt(box.label, x + 7, top + 6, 7.5);
    writer.font('bold', 9.5, box.color);
    const main = writer.wrap(box.lines[0]!, width - 14).slice(0, 2);
    main.forEach((line, j) => writer.lineAt(line, x + 7, top + 19 + j * 12, 9.5));
    writer.font('normal', 8, COLORS.text);
    box.lines
      .slice(1)
      .forEach((line, j) => writer.lineAt(line, x + 7, top + 21 + main.length * 12 + j * 10.5, 8));
  });
  writer.y = top + BOX_HEIGHT;
}

export function verticalLine(
  writer: PdfWriter,
  x: number,
  color: Rgb,
  label: string,
  labelTop: number,
  bold: boolean,
): void {
  const { doc } = writer;
  doc.setDrawColor(...color);
  doc.setLineWidth(bold ? 1.2 : 0.7);
  doc.setLineDashPattern([4, 3], 0);
  doc.line(x, 190, x, 500);
  doc.setLineDashPattern([], 0);
  writer.font(bold ? 'bold' : 'normal', 8, color);
  const width = writer.textWidth(label);
  const left = Math.min(Math.max(x - width / 2, writer.left), writer.left + writer.contentWidth - width);
  writer.lineAt(label, left, labelTop, 8);
}

import { useId } from 'react';
import { formatInstant } from '../../../../shared/deadline';
import type { TimelineMark } from '../../../../shared/documents/timeline/marks';
import { useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { LINE_HEIGHT, PADDING, layoutTimeline } from './geometry';

/**
 * One incident on a time axis: the 72 hours (or the processor's hours) shaded from awareness to
 * the deadline, the deadline and now as vertical lines, and every mark named by a label (close
 * ones share one). The picture has a text twin: the numbered list under it says the same for
 * screen readers and for print, as the PDF does.
 */
export function TimelinePicture({
  incidentRef,
  awareAt,
  deadline,
  now,
  hours,
  marks,
  timeZone,
}: {
  incidentRef: string;
  awareAt: number;
  deadline: number;
  now: number;
  hours: number;
  marks: readonly TimelineMark[];
  timeZone: string;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const id = useId();
  const when = (at: number) => formatInstant(new Date(at), lang, timeZone);
  const words = {
    deadline: `${t('timeline.svg.deadline')} ${when(deadline)}`,
    now: `${t('timeline.svg.now')} ${when(now)}`,
    window: t('timeline.svg.window', { hours }),
  };
  const picture = layoutTimeline({ awareAt, deadline, now, hours, marks }, timeZone, lang, words);
  const { axisY, height, width } = picture;

  return (
    <figure className="timeline-figure">
      <svg
        className="timeline-svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        data-testid="timeline-svg"
      >
        <title id={`${id}-title`}>{t('timeline.svg.title', { ref: incidentRef })}</title>
        <desc id={`${id}-desc`}>
          {t('timeline.svg.desc', { aware: when(awareAt), deadline: when(deadline), now: when(now), count: marks.length })}
        </desc>
        <rect className="window" x={picture.window.x0} y={axisY - 9} width={Math.max(picture.window.x1 - picture.window.x0, 1)} height={18} />
        <text className="window-label" x={picture.window.labelX} y={axisY - 13}>
          {words.window}
        </text>
        <line className="axis" x1={12} x2={width - 12} y1={axisY} y2={axisY} />
        {picture.ticks.map((tick) => (
          <g key={`${tick.x}`}>
            <line className="tick" x1={tick.x} x2={tick.x} y1={axisY + 9} y2={axisY + 14} />
            {tick.label && (
              <text className="tick-label" x={tick.label.left} y={axisY + 27}>
                {tick.label.text}
              </text>
            )}
          </g>
        ))}
        <line className="deadline" x1={picture.deadline.x} x2={picture.deadline.x} y1={22} y2={height - 22} data-testid="deadline-line" />
        <text className="marker-label deadline-label" x={picture.deadline.labelX} y={picture.deadline.labelY}>
          {words.deadline}
        </text>
        <line className="now" x1={picture.now.x} x2={picture.now.x} y1={22} y2={height - 22} data-testid="now-line" />
        <text className="marker-label now-label" x={picture.now.labelX} y={picture.now.labelY}>
          {words.now}
        </text>
        {picture.labels.map((label) => {
          const middle = (label.from + label.to) / 2;
          const foot = axisY + (label.side === 'above' ? -9 : 9);
          return (
            <g key={`leader-${label.numbers[0]}`} className="leader">
              {label.to > label.from && <line x1={label.from} x2={label.to} y1={foot} y2={foot} />}
              <line x1={middle} x2={middle} y1={foot} y2={label.side === 'above' ? label.top + label.height : label.top} />
            </g>
          );
        })}
        {picture.marks.map((mark) => (
          <circle key={`dot-${mark.number}`} className={`dot dot--${mark.tone}`} cx={mark.x} cy={axisY} r={6} />
        ))}
        {picture.labels.map((label) => (
          <g key={`label-${label.numbers[0]}`} data-testid="timeline-label">
            <rect x={label.left} y={label.top} width={label.width} height={label.height} fill="#ffffff" stroke="#c9d1da" rx={3} />
            {label.lines.map((line, i) => (
              <text key={i} className={i === 0 ? 'event-time' : 'event-label'} x={label.left + PADDING} y={label.top + PADDING + (i + 1) * LINE_HEIGHT - 3}>
                {line}
              </text>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <h3>{t('timeline.events')}</h3>
        <ol className="timeline-events">
          {picture.marks.map((mark) => (
            <li key={mark.number} data-tone={mark.tone}>
              <time dateTime={new Date(mark.at).toISOString()}>{mark.time}</time>
              {mark.label}
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}

import { useId } from 'react';
import { formatInstant } from '../../../../shared/deadline';
import { useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { LABEL_HEIGHT, LABEL_WIDTH, layoutTimeline, type PictureMark } from './geometry';

/**
 * One incident on a time axis: the 72 hours (or the processor's hours) shaded from awareness to
 * the deadline, the deadline and now as vertical lines, and every mark numbered. The picture has a
 * text twin: the numbered list under it says the same for screen readers and for print.
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
  marks: readonly PictureMark[];
  timeZone: string;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const id = useId();
  const picture = layoutTimeline({ awareAt, deadline, now, marks }, timeZone, lang);
  const when = (at: number) => formatInstant(new Date(at), lang, timeZone);
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
          {t('timeline.svg.desc', {
            aware: when(awareAt),
            deadline: when(deadline),
            now: when(now),
            count: marks.length,
          })}
        </desc>
        <rect
          className="window"
          x={picture.window.x0}
          y={axisY - 9}
          width={Math.max(picture.window.x1 - picture.window.x0, 1)}
          height={18}
        />
        <text
          className="window-label"
          x={(picture.window.x0 + picture.window.x1) / 2}
          y={axisY - 13}
          textAnchor="middle"
        >
          {t('timeline.svg.window', { hours })}
        </text>
        <line className="axis" x1={12} x2={width - 12} y1={axisY} y2={axisY} />
        {picture.ticks.map((tick) => (
          <g key={`${tick.x}`}>
            <line className="tick" x1={tick.x} x2={tick.x} y1={axisY + 9} y2={axisY + 14} />
            <text className="tick-label" x={tick.x} y={axisY + 27} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
        <line
          className="deadline"
          x1={picture.deadlineX}
          x2={picture.deadlineX}
          y1={22}
          y2={height - 4}
          data-testid="deadline-line"
        />
        <text
          className="marker-label deadline-label"
          x={picture.deadlineX}
          y={16}
          textAnchor={picture.deadlineX > width - 160 ? 'end' : 'middle'}
        >
          {`${t('timeline.svg.deadline')} ${when(deadline)}`}
        </text>
        <line
          className="now"
          x1={picture.nowX}
          x2={picture.nowX}
          y1={axisY - 30}
          y2={axisY + 30}
          data-testid="now-line"
        />
        <text
          className="marker-label now-label"
          x={picture.nowX}
          y={axisY - 34}
          textAnchor={picture.nowX > width - 60 ? 'end' : 'middle'}
        >
          {t('timeline.svg.now')}
        </text>
        {picture.marks.map((mark) =>
          mark.box ? (
            <line
              key={`leader-${mark.number}`}
              className="leader"
              x1={mark.x}
              y1={axisY + (mark.box.above ? -6 : 6)}
              x2={Math.min(Math.max(mark.x, mark.box.left + 6), mark.box.left + LABEL_WIDTH - 6)}
              y2={mark.box.above ? mark.box.top + LABEL_HEIGHT : mark.box.top}
            />
          ) : null,
        )}
        {picture.marks.map((mark) => (
          <g key={`mark-${mark.number}`}>
            <circle className={`dot dot--${mark.tone}`} cx={mark.x} cy={axisY} r={6} />
            {mark.box && (
              <g>
                <rect
                  x={mark.box.left}
                  y={mark.box.top}
                  width={LABEL_WIDTH}
                  height={LABEL_HEIGHT}
                  fill="#ffffff"
                  stroke="#c9d1da"
                  rx={3}
                />
                <text className="event-time" x={mark.box.left + 5} y={mark.box.top + 13}>
                  <tspan className="event-number">{mark.number}</tspan> {mark.time}
                </text>
                {mark.box.lines.map((line, i) => (
                  <text
                    key={i}
                    className="event-label"
                    x={mark.box!.left + 5}
                    y={mark.box!.top + 27 + i * 13}
                  >
                    {line}
                  </text>
                ))}
              </g>
            )}
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

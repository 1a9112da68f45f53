import type { TimelineVerdict } from '../../../../../shared/chain';
import { formatInstant } from '../../../../../shared/deadline';
import type { TimelineEvent } from '../../../../../shared/incident/events';
import { useServices, useT } from '../../../services/context';
import { useUi } from '../../../state/ui';
import { eventWords } from './eventText';

/** Whether the hash chain verifies, and every event: when (with the zone), who, what. */
export function HistorySection({
  events,
  verdict,
}: {
  events: TimelineEvent[] | undefined;
  verdict: TimelineVerdict | undefined;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { timeZone } = useServices();
  return (
    <section aria-labelledby="history-title" className="inc-panel history" data-testid="history">
      <h2 id="history-title">{t('incident.history.title')}</h2>
      {verdict === undefined ? (
        <p className="verify verify--checking">{t('incident.history.checking')}</p>
      ) : verdict.ok ? (
        <p className="verify verify--ok" data-verified="true">
          {t('incident.history.ok', { events: verdict.events })}
        </p>
      ) : (
        <p className="verify verify--broken" data-verified="false" role="alert">
          {verdict.broken.seq === 0
            ? t('incident.history.recordBroken', {
                problem: t(`incident.history.problem.${verdict.broken.problem}`),
                fields: (verdict.broken.fields ?? []).join(', ') || '–',
              })
            : t('incident.history.broken', {
                problem: t(`incident.history.problem.${verdict.broken.problem}`),
                seq: verdict.broken.seq,
              })}
        </p>
      )}
      {events && events.length === 0 && <p>{t('incident.history.empty')}</p>}
      {events && events.length > 0 && (
        <ol className="events" reversed>
          {[...events].reverse().map((event) => {
            const words = eventWords(event, t, lang);
            return (
              <li key={event.id} data-kind={event.kind}>
                <time dateTime={event.at}>{formatInstant(new Date(event.at), lang, timeZone)}</time>{' '}
                <span className="muted">
                  {t('incident.history.by', { actor: event.actor || t('incident.unknownActor') })}
                </span>
                <div>{words.text}</div>
                {words.detail && <div className="event-detail prewrap">{words.detail}</div>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

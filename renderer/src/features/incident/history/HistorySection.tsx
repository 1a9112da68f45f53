import { useMemo } from 'react';
import type { TimelineVerdict } from '../../../../../shared/chain';
import { formatInstant } from '../../../../../shared/deadline';
import type { TimelineEvent } from '../../../../../shared/incident/events';
import type { Settings } from '../../../../../shared/incident/settings';
import { bilingual, textIn } from '../../../../../shared/incident/text';
import type { Lang } from '../../../../../shared/i18n/lang';
import { concurrentChanges, type ConcurrentChange } from '../../../../../shared/sync/concurrent';
import { useServices, useT } from '../../../services/context';
import { useUi } from '../../../state/ui';
import { useInstallationName } from '../../../ui/installationName';
import { eventWords } from './eventText';

/** Whether the hash chain verifies, and every event: when (with the zone), who from which laptop, what. */
export function HistorySection({
  events,
  verdict,
  settings,
}: {
  events: TimelineEvent[] | undefined;
  verdict: TimelineVerdict | undefined;
  /** Names each laptop by its person's profile. */
  settings: Pick<Settings, 'installationId' | 'profiles'> | undefined;
}) {
  const t = useT();
  const nameOf = useInstallationName(settings);
  const lang = useUi((s) => s.lang);
  const { timeZone } = useServices();
  // Two laptops that changed the same field while apart: the later change stands (shared/sync/concurrent.ts), and the history says so.
  const concurrent = useMemo(() => {
    const byEvent = new Map<string, ConcurrentChange[]>();
    for (const change of concurrentChanges(events ?? [])) byEvent.set(change.eventId, [...(byEvent.get(change.eventId) ?? []), change]);
    return byEvent;
  }, [events]);
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
                <span className="muted" data-testid="event-by" data-installation={event.installationId}>
                  {t('incident.history.by', { actor: event.actor || t('incident.unknownActor') })}{' '}
                  {t('sync.who.installation', { installation: nameOf(event.installationId) })}
                </span>
                <div>{words.text}</div>
                {words.detail && <div className="event-detail prewrap">{words.detail}</div>}
                {concurrent.get(event.id)?.map((change) => (
                  <p key={change.field} className="notice notice--warn" data-testid="concurrent-change">
                    {t('sync.concurrent', {
                      field: change.field,
                      actor: change.replaced.actor || t('incident.unknownActor'),
                      value: shownValue(change.replaced.value, lang),
                      at: formatInstant(new Date(change.replaced.at), lang, timeZone),
                    })}
                  </p>
                ))}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** A replaced value in words: text as written (in the reader's language when bilingual), else as stored. */
function shownValue(value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'string') return value;
  const text = bilingual.safeParse(value);
  if (text.success) return textIn(text.data, lang);
  return JSON.stringify(value);
}

import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { buildTimelinePdf } from '../../../../shared/documents';
import { deadlineStatus, formatDuration, formatInstant } from '../../../../shared/deadline';
import { deadlineDuty } from '../../../../shared/duty';
import type { Incident } from '../../../../shared/incident/model';
import type { Settings } from '../../../../shared/incident/settings';
import { riskLabels, statusLabels } from '../../../../shared/register';
import { incidentTimeline } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { documentFileName, exportDocument } from '../../documents/exportDocument';
import { loadFonts } from '../../documents/fonts';
import { capitalise } from '../../documents/text';
import { managementEvents, timelineInput } from '../../../../shared/documents/record/timeline';
import { useWriteContext } from '../../documents/useSettings';
import { hashForRoute, type Route } from '../../state/routes';
import { useUi } from '../../state/ui';
import { toneOf, type PictureMark } from './geometry';
import { TimelinePicture } from './TimelinePicture';
import { EvidenceExport } from './EvidenceExport';

type Outcome = { kind: 'busy' | 'done' | 'error'; text: string };

/** One incident for management: where it stands, and its history on a time axis. */
export function TimelineCard({
  incident,
  settings,
  timeZone,
  now,
  single,
}: {
  incident: Incident;
  settings: Settings | undefined;
  timeZone: string;
  now: Date;
  single: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const navigate = useUi((s) => s.navigate);
  const { db } = useServices();
  const writeContext = useWriteContext();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const data = useLiveQuery(
    async () => ({
      events: await incidentTimeline(db, incident.id),
      notifications: await db.notifications.where('incidentId').equals(incident.id).toArray(),
    }),
    [db, incident.id, incident.updatedAt],
  );

  // The duty of our role as every screen reads it (shared/duty).
  const duty = deadlineDuty(incident, data?.notifications ?? [], { processorDeadlineHours: settings?.processorDeadlineHours });
  const deadline = duty.due;
  const doneAt = data ? duty.doneAt : null;
  const status = deadlineStatus(deadline, now, doneAt);
  const headingId = `timeline-${incident.id}`;

  const marks: PictureMark[] = [];
  const mark = (at: string | null, label: PictureMark['label'], tone: PictureMark['tone']) =>
    at && marks.push({ at: new Date(at).getTime(), label, tone });
  mark(incident.occurredFrom, t('timeline.mark.occurredFrom'), 'warn');
  mark(incident.occurredTo, t('timeline.mark.occurredTo'), 'closed');
  mark(incident.discoveredAt, t('timeline.mark.discovered'), 'closed');
  mark(incident.awareAt, t('timeline.mark.aware'), 'aware');
  for (const entry of data ? managementEvents(data.events, data.notifications, lang) : [])
    mark(entry.at, entry.label, toneOf(entry.kind));

  async function exportPdf() {
    if (!data) return;
    setOutcome({ kind: 'busy', text: t('timeline.exporting') });
    try {
      const input = timelineInput(incident, data.events, data.notifications, settings, {
        lang,
        timeZone,
        now,
      });
      const bytes = buildTimelinePdf(input, await loadFonts());
      const name = documentFileName(incident.ref, lang === 'nb' ? 'tidslinje' : 'timeline', lang);
      const result = await exportDocument(
        db,
        { name, bytes, mimeType: 'application/pdf', incident: { id: incident.id, documentKind: 'timeline' } },
        writeContext(),
      );
      if (result.ok) setOutcome({ kind: 'done', text: t('timeline.exported', { ref: incident.ref, name }) });
      else
        setOutcome(
          result.cancelled
            ? null
            : { kind: 'error', text: t('timeline.exportFailed', { message: result.message }) },
        );
    } catch (caught) {
      setOutcome({
        kind: 'error',
        text: t('timeline.exportFailed', {
          message: caught instanceof Error ? caught.message : String(caught),
        }),
      });
    }
  }

  const link = (route: Route, label: string) => (
    <a
      href={hashForRoute(route)}
      onClick={(e) => {
        e.preventDefault();
        navigate(route);
      }}
    >
      {label}
    </a>
  );
  const duration = formatDuration(status.msLeft, lang);
  return (
    <article className="timeline-card" aria-labelledby={headingId} data-testid="timeline-card">
      <h2 id={headingId}>
        <span className="ref">{incident.ref}</span> {incident.title}
      </h2>
      <dl className="timeline-facts">
        <div>
          <dt>{t('timeline.fact.status')}</dt>
          <dd>{capitalise(statusLabels[incident.status][lang])}</dd>
        </div>
        <div>
          <dt>
            {t(
              incident.role === 'controller'
                ? 'timeline.fact.deadlineAuthority'
                : 'timeline.fact.deadlineController',
            )}
          </dt>
          <dd>{formatInstant(deadline, lang, timeZone)}</dd>
        </div>
        <div>
          <dt>{t('timeline.fact.standing')}</dt>
          <dd className={`countdown countdown--${status.state}`} data-state={status.state}>
            {t(`timeline.standing.${status.state}`, { duration })}
          </dd>
        </div>
        <div>
          <dt>{t('timeline.fact.risk')}</dt>
          <dd>{capitalise(riskLabels[incident.risk][lang])}</dd>
        </div>
      </dl>
      {data === undefined ? (
        <p>{t('timeline.loading')}</p>
      ) : (
        <TimelinePicture
          incidentRef={incident.ref}
          awareAt={Date.parse(incident.awareAt)}
          deadline={deadline.getTime()}
          now={now.getTime()}
          // The law counts elapsed hours, so the window is the deadline less awareness.
          hours={(deadline.getTime() - Date.parse(incident.awareAt)) / 3_600_000}
          marks={marks}
          timeZone={timeZone}
        />
      )}
      <div className="actions no-print">
        <button type="button" onClick={exportPdf} disabled={!data || outcome?.kind === 'busy'}>
          {t('timeline.exportPdf')}
        </button>
        {link({ name: 'incident', id: incident.id }, t('timeline.openIncident'))}
        {!single && link({ name: 'incident-timeline', id: incident.id }, t('timeline.openOne'))}
      </div>
      {single && data && (
        <EvidenceExport
          incident={incident}
          events={data.events}
          notifications={data.notifications}
          settings={settings}
          timeZone={timeZone}
        />
      )}
      <div role="status" className="no-print">
        {outcome && outcome.kind !== 'error' && (
          <p className={outcome.kind === 'done' ? 'notice notice--ok' : 'help'}>{outcome.text}</p>
        )}
      </div>
      {outcome?.kind === 'error' && (
        <p role="alert" className="form-error">
          {outcome.text}
        </p>
      )}
    </article>
  );
}

import { useId, useMemo, useState } from 'react';
import { incidentDuty } from '../../../../shared/duty';
import { useNow, useT } from '../../services/context';
import { letterInput } from '../../../../shared/documents/record/letters';
import { useIncidentRecord } from '../../documents/useIncidentRecord';
import { useDocumentSettings } from '../../documents/useSettings';
import type { Route } from '../../state/routes';
import { isBlank } from '../../../../shared/incident/text';
import { NoticePanel } from '../../ui/notice/NoticePanel';
import { PlainAccountForm } from '../../ui/record/PlainAccountForm';
import { IncidentFrame } from '../../ui/incident/IncidentFrame';
import { CsvImport } from './CsvImport';
import { ExportLetters, type ExportedLetters } from './ExportLetters';
import { LetterPreview } from './LetterPreview';
import { PeopleList } from './PeopleList';
import { PublicNotice } from './PublicNotice';
import '../../documents/screens.css';
import '../../documents/document-preview.css';

/** Art. 34: import the people affected, preview a letter, make them all, record them as sent. */
export function LettersScreen({ route }: { route: Route }) {
  const t = useT();
  const id = useId();
  const incidentId = route.name === 'letters' ? route.id : '';
  const record = useIncidentRecord(incidentId);
  const { settings, loaded, timeZone } = useDocumentSettings();
  const now = useNow(60_000);
  const [exported, setExported] = useState<ExportedLetters | null>(null);
  const input = useMemo(
    () => (record ? letterInput(record.incident, settings, record.notifications, { timeZone, now }) : null),
    [record, settings, timeZone, now],
  );

  if (record === undefined || !loaded) return <p>{t('notification.loading')}</p>;
  if (record === null || !input) return <p role="alert">{t('notification.notFound')}</p>;
  const { incident, subjects, notifications } = record;
  const required = input.required;
  // Art. 34(3)(c): the public notice where it is what the duty to inform has become, or was made.
  const publicDuty = incidentDuty(incident, notifications, 'public', { processorDeadlineHours: settings?.processorDeadlineHours });

  return (
    <IncidentFrame
      className="screen"
      incident={incident}
      notifications={notifications}
      processorHours={settings?.processorDeadlineHours}
      page="letters"
      heading={t('letters.title')}
    >
      <p>{t('letters.intro')}</p>
      {!required && <p className="ds-alert notice" data-color="warning">{t('letters.notRequired')}</p>}
      {incident.status === 'closed' && <p className="ds-alert notice" data-color="warning">{t('notification.warn.closed')}</p>}

      <PeopleList subjects={subjects} />
      {incident.status !== 'closed' && <CsvImport incidentId={incident.id} stored={subjects} />}

      <section aria-labelledby={`${id}-content`} className="panel no-print">
        <h2 id={`${id}-content`}>{t('letters.content.title')}</h2>
        {isBlank(incident.plainWhatHappened) && <p className="ds-alert notice" data-color="warning">{t('letters.content.missing')}</p>}
        <PlainAccountForm key={incident.id} incident={incident} />
      </section>

      {(publicDuty.required || publicDuty.notices.length > 0) && (
        <PublicNotice incident={incident} notifications={notifications} settings={settings} timeZone={timeZone} />
      )}

      {subjects.length > 0 && (
        <>
          <LetterPreview incident={incident} subjects={subjects} input={input} />
          <ExportLetters incident={incident} subjects={subjects} input={input} onExported={setExported} />
          <NoticePanel
            // A new export or another number of people starts the form again, so the count it
            // suggests is the list's, never one left from before.
            key={`${exported?.name ?? 'none'}:${subjects.length}`}
            incident={incident}
            notifications={notifications}
            recipient="subjects"
            document={exported?.sha256 ? { name: exported.name, sha256: exported.sha256 } : null}
            defaults={{ subjectCount: exported?.count ?? subjects.length }}
          />
        </>
      )}
    </IncidentFrame>
  );
}

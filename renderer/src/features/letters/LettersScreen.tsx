import { useId, useMemo, useState } from 'react';
import { incidentDuty } from '../../../../shared/duty';
import { useNow, useT } from '../../services/context';
import { IncidentNav } from '../../documents/IncidentNav';
import { letterInput } from '../../../../shared/documents/record/letters';
import { useIncidentRecord } from '../../documents/useIncidentRecord';
import { useDocumentSettings } from '../../documents/useSettings';
import type { Route } from '../../state/routes';
import { isBlank } from '../../../../shared/incident/text';
import { NoticePanel } from '../../ui/notice/NoticePanel';
import { PlainAccountForm } from '../../ui/record/PlainAccountForm';
import { CsvImport } from './CsvImport';
import { ErasePeople } from './ErasePeople';
import { ExportLetters, type ExportedLetters } from './ExportLetters';
import { LetterPreview } from './LetterPreview';
import { PeopleTable } from './PeopleTable';
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
    <section aria-labelledby="letters-title" className="screen">
      <h1 id="letters-title">
        {t('letters.title')}: <span className="ref">{incident.ref}</span> {incident.title}
      </h1>
      <IncidentNav incidentId={incident.id} incidentRef={incident.ref} current="letters" />
      <p>{t('letters.intro')}</p>
      {!required && <p className="notice notice--warn">{t('letters.notRequired')}</p>}
      {incident.status === 'closed' && <p className="notice notice--warn">{t('notification.warn.closed')}</p>}

      <section aria-labelledby={`${id}-people`} className="panel">
        <h2 id={`${id}-people`}>{t('letters.people.title')}</h2>
        <p data-testid="people-count">
          {subjects.length > 0
            ? t('letters.people.count', { count: subjects.length })
            : t('letters.people.none')}
        </p>
        {subjects.length > 0 && (
          <PeopleTable
            caption={t('letters.people.title')}
            people={subjects.map((s) => ({
              key: s.id,
              name: s.name,
              address: s.address ?? '',
              email: s.email,
              language: s.language,
            }))}
          />
        )}
      </section>
      {incident.status !== 'closed' && <CsvImport incidentId={incident.id} />}
      {subjects.length > 0 && <ErasePeople incidentId={incident.id} subjects={subjects} />}

      <section aria-labelledby={`${id}-content`} className="panel no-print">
        <h2 id={`${id}-content`}>{t('letters.content.title')}</h2>
        {isBlank(incident.plainWhatHappened) && <p className="notice notice--warn">{t('letters.content.missing')}</p>}
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
            key={exported?.name ?? 'none'}
            incident={incident}
            notifications={notifications}
            recipient="subjects"
            document={exported?.sha256 ? { name: exported.name, sha256: exported.sha256 } : null}
            defaults={{ subjectCount: exported?.count ?? subjects.length }}
          />
        </>
      )}
    </section>
  );
}

import { useMemo, useState } from 'react';
import type { Lang } from '../../../../shared/i18n';
import { useNow, useServices, useT } from '../../services/context';
import { Button } from '@digdir/designsystemet-react';
import { documentFileName, exportDocument, savedOrCancelled } from '../../documents/exportDocument';
import { loadFonts } from '../../documents/fonts';
import { useIncidentRecord } from '../../documents/useIncidentRecord';
import { useDocumentSettings, useWriteContext } from '../../documents/useSettings';
import type { Route } from '../../state/routes';
import { useUi } from '../../state/ui';
import { DocumentOptions } from './DocumentOptions';
import { defaultChoices, noticeDocument, type NoticeChoices } from './documentModel';
import { NoticeWarnings } from './NoticeWarnings';
import { NoticePanel, type NoticeDocument as ExportedPdf } from '../../ui/notice/NoticePanel';
import { ControllerForm } from '../../ui/record/ControllerForm';
import { SectionsPreview } from '../../ui/SectionsPreview';
import { IncidentFrame } from '../../ui/incident/IncidentFrame';
import { ActionOutcome } from '../../ui/ActionOutcome';
import { useExport } from '../../ui/useExport';
import '../../documents/screens.css';
import '../../documents/document-preview.css';

/** The notification to Datatilsynet (or a processor's notice to its controller): preview, PDF, Altinn text, record. */
export function NotificationScreen({ route }: { route: Route }) {
  const t = useT();
  const uiLang = useUi((s) => s.lang);
  const { db } = useServices();
  const incidentId = route.name === 'notification' ? route.id : '';
  const record = useIncidentRecord(incidentId);
  const { settings, loaded, timeZone } = useDocumentSettings();
  const writeContext = useWriteContext();
  const now = useNow(60_000);
  const [docLang, setDocLang] = useState<Lang>(uiLang);
  const [choices, setChoices] = useState<NoticeChoices | null>(null);
  const [exported, setExported] = useState<ExportedPdf | null>(null);
  const exporting = useExport({
    busy: t('notification.exporting'),
    failed: (message) => t('notification.exportFailed', { message }),
  });

  const incident = record?.incident;
  const defaults = useMemo(() => (incident ? defaultChoices(incident) : null), [incident]);
  const current = choices ?? defaults;
  const doc = useMemo(
    () =>
      record && current
        ? noticeDocument(
            record.incident,
            settings,
            record.notifications,
            record.events,
            { lang: docLang, timeZone, now },
            current,
          )
        : null,
    [record, current, settings, docLang, timeZone, now],
  );

  if (record === undefined || !loaded) return <p>{t('notification.loading')}</p>;
  if (record === null || !incident || !current || !doc)
    return <p role="alert">{t('notification.notFound')}</p>;
  const title = t(current.kind === 'authority' ? 'notification.title' : 'notification.titleProcessor');

  const exportPdf = () =>
    exporting.run(async () => {
      const bytes = doc.pdf(await loadFonts());
      const name = documentFileName(incident.ref, doc.fileKind, docLang);
      const saved = savedOrCancelled(
        await exportDocument(
          db,
          {
            name,
            bytes,
            mimeType: 'application/pdf',
            incident: { id: incident.id, documentKind: `${doc.documentKind}-${docLang}` },
          },
          writeContext(),
        ),
      );
      if (!saved?.sha256) return null;
      setExported({ name, sha256: saved.sha256 });
      return t('notification.exported', { name, sha: saved.sha256 });
    });

  return (
    <IncidentFrame
      className="screen"
      incident={incident}
      notifications={record.notifications}
      processorHours={settings?.processorDeadlineHours}
      page="notification"
      heading={title}
    >
      <NoticeWarnings
        incident={incident}
        settings={settings}
        notifications={record.notifications}
        kind={current.kind}
        now={now}
        timeZone={timeZone}
      />
      {current.kind === 'controller' && <ControllerForm key={incident.id} incident={incident} />}
      <DocumentOptions
        lang={docLang}
        onLang={setDocLang}
        choices={current}
        onChoices={setChoices}
        processor={incident.role === 'processor'}
      />

      <div className="actions no-print">
        <Button onClick={exportPdf} disabled={exporting.busy}>
          {t('notification.export')}
        </Button>
      </div>
      <div className="no-print">
        <p className="ds-paragraph help" data-size="sm">
          {t('notification.exportHelp')}
        </p>
        <ActionOutcome action={exporting} />
      </div>

      <NoticePanel
        key={`${current.kind}-${current.phase}`}
        incident={incident}
        notifications={record.notifications}
        recipient={current.kind}
        document={exported}
        defaults={{ phased: current.phase === 'phased' }}
      />
      <h2>{t('notification.preview')}</h2>
      <p className="help">{t('notification.previewHelp')}</p>
      <SectionsPreview sections={doc.sections} plain={doc.plain} lang={docLang} label={title} />
    </IncidentFrame>
  );
}

import { useState } from 'react';
import { buildPublicNoticePdf } from '../../../../shared/documents';
import { publicNoticeInput } from '../../../../shared/documents/record/public';
import type { Incident } from '../../../../shared/incident/model';
import type { Notification } from '../../../../shared/incident/notifications';
import type { Settings } from '../../../../shared/incident/settings';
import { useNow, useServices, useT } from '../../services/context';
import { Button } from '@digdir/designsystemet-react';
import { documentFileName, exportDocument, savedOrCancelled } from '../../documents/exportDocument';
import { loadFonts } from '../../documents/fonts';
import { useWriteContext } from '../../documents/useSettings';
import { ActionOutcome } from '../../ui/ActionOutcome';
import { useExport } from '../../ui/useExport';
import { NoticePanel, type NoticeDocument } from '../../ui/notice/NoticePanel';

/**
 * Art. 34(3)(c): the public notice in bokmål and English, saved as a PDF whose hash the history
 * records, and recorded as published (where and when) through the one notice flow.
 */
export function PublicNotice({
  incident,
  notifications,
  settings,
  timeZone,
}: {
  incident: Incident;
  notifications: readonly Notification[];
  settings: Settings | undefined;
  timeZone: string;
}) {
  const t = useT();
  const { db } = useServices();
  const now = useNow(60_000);
  const writeContext = useWriteContext();
  const [exported, setExported] = useState<NoticeDocument | null>(null);
  const exporting = useExport({
    busy: t('letters.public.exporting'),
    failed: (message) => t('letters.public.exportFailed', { message }),
  });

  const save = () =>
    exporting.run(async () => {
      const input = publicNoticeInput(incident, settings, notifications, { timeZone, now });
      const bytes = buildPublicNoticePdf(input, await loadFonts());
      const name = documentFileName(incident.ref, 'offentlig-kunngjoring');
      const saved = savedOrCancelled(
        await exportDocument(
          db,
          {
            name,
            bytes,
            mimeType: 'application/pdf',
            incident: { id: incident.id, documentKind: 'public-notice' },
          },
          writeContext(),
        ),
      );
      if (!saved?.sha256) return null;
      setExported({ name, sha256: saved.sha256 });
      return t('letters.public.exported', { name, sha: saved.sha256 });
    });

  return (
    <section
      aria-labelledby="public-notice-title"
      className="panel no-print"
      data-testid="public-notice-export"
    >
      <h2 id="public-notice-title">{t('letters.public.title')}</h2>
      <p className="help">{t('letters.public.intro')}</p>
      <div className="actions">
        <Button variant="secondary" onClick={save} disabled={exporting.busy}>
          {t('letters.public.export')}
        </Button>
      </div>
      <ActionOutcome action={exporting} />
      <NoticePanel
        key={exported?.sha256 ?? 'none'}
        incident={incident}
        notifications={notifications}
        recipient="public"
        document={exported}
        headingLevel={3}
      />
    </section>
  );
}

import { useState } from 'react';
import { buildPublicNoticePdf } from '../../../../shared/documents';
import { publicNoticeInput } from '../../../../shared/documents/record/public';
import type { Incident } from '../../../../shared/incident/model';
import type { Notification } from '../../../../shared/incident/notifications';
import type { Settings } from '../../../../shared/incident/settings';
import { useNow, useServices, useT } from '../../services/context';
import { documentFileName, exportDocument } from '../../documents/exportDocument';
import { loadFonts } from '../../documents/fonts';
import { useWriteContext } from '../../documents/useSettings';
import { ActionOutcome } from '../../ui/ActionOutcome';
import { NoticePanel, type NoticeDocument } from '../../ui/notice/NoticePanel';

type Outcome = { kind: 'busy' | 'done' | 'error'; text: string };

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
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function save() {
    setOutcome({ kind: 'busy', text: t('letters.public.exporting') });
    const failed = (message: string) => setOutcome({ kind: 'error', text: t('letters.public.exportFailed', { message }) });
    try {
      const input = publicNoticeInput(incident, settings, notifications, { timeZone, now });
      const bytes = buildPublicNoticePdf(input, await loadFonts());
      const name = documentFileName(incident.ref, 'offentlig-kunngjoring');
      const result = await exportDocument(
        db,
        { name, bytes, mimeType: 'application/pdf', incident: { id: incident.id, documentKind: 'public-notice' } },
        writeContext(),
      );
      if (result.ok && result.sha256) {
        setExported({ name, sha256: result.sha256 });
        setOutcome({ kind: 'done', text: t('letters.public.exported', { name, sha: result.sha256 }) });
      } else if (!result.ok) {
        if (result.cancelled) setOutcome(null);
        else failed(result.message);
      }
    } catch (caught) {
      failed(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <section aria-labelledby="public-notice-title" className="panel no-print" data-testid="public-notice-export">
      <h2 id="public-notice-title">{t('letters.public.title')}</h2>
      <p className="help">{t('letters.public.intro')}</p>
      <div className="actions">
        <button type="button" onClick={save} disabled={outcome?.kind === 'busy'}>
          {t('letters.public.export')}
        </button>
      </div>
      <ActionOutcome
        action={{ done: outcome && outcome.kind !== 'error' ? outcome.text : null, error: outcome?.kind === 'error' ? outcome.text : null }}
      />
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

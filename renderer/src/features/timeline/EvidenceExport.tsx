import { useState } from 'react';
import { buildTimelinePdf } from '../../../../shared/documents';
import type { Incident } from '../../../../shared/incident/model';
import type { Notification } from '../../../../shared/incident/notifications';
import type { Settings } from '../../../../shared/incident/settings';
import type { TimelineEvent } from '../../../../shared/incident/events';
import { exportEvidenceBundle } from '../../db/evidence';
import { documentFileName } from '../../documents/exportDocument';
import { loadFonts } from '../../documents/fonts';
import { timelineInput } from '../../../../shared/documents/record/timeline';
import { useWriteContext } from '../../documents/useSettings';
import { saveFile } from '../../platform';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { FileProtection, fileProtectionReady, protectedFile, useFileProtection } from '../../ui/FileProtection';

type Outcome = { kind: 'busy' | 'done' | 'error'; text: string };

/**
 * One incident's evidence for an auditor or Datatilsynet: its record, chained timeline and the
 * timeline PDF, with a manifest of hashes (docs/evidence-bundle.md). The export is itself recorded.
 */
export function EvidenceExport({
  incident,
  events,
  notifications,
  settings,
  timeZone,
}: {
  incident: Incident;
  events: TimelineEvent[];
  notifications: Notification[];
  settings: Settings | undefined;
  timeZone: string;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db, now } = useServices();
  const writeContext = useWriteContext();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const protection = useFileProtection();

  async function save() {
    if (!fileProtectionReady(protection, t)) return;
    setOutcome({ kind: 'busy', text: t('evidence.exporting') });
    try {
      const input = timelineInput(incident, events, notifications, settings, { lang, timeZone, now: now() });
      const timelinePdf = buildTimelinePdf(input, await loadFonts());
      const pdfName = documentFileName(incident.ref, lang === 'nb' ? 'tidslinje' : 'timeline', lang);
      const bundle = await exportEvidenceBundle(db, incident.id, [{ name: pdfName, bytes: timelinePdf }], { ...writeContext(), encrypted: protection.choice.encrypt });
      const saved = await saveFile(await protectedFile(protection.choice, bundle.name.replace(/\.age$/, ''), new TextEncoder().encode(bundle.text)));
      if (saved.ok) setOutcome({ kind: 'done', text: t('evidence.exported', { name: bundle.name, sha: bundle.sha256.slice(0, 16) }) });
      else setOutcome(saved.reason === 'cancelled' ? null : { kind: 'error', text: t('evidence.exportFailed', { message: saved.message }) });
    } catch (caught) {
      setOutcome({ kind: 'error', text: t('evidence.exportFailed', { message: caught instanceof Error ? caught.message : String(caught) }) });
    }
  }

  return (
    <div className="no-print">
      <FileProtection state={protection} name="evidence-protection" />
      <button type="button" onClick={save} disabled={outcome?.kind === 'busy'}>
        {t('evidence.export')}
      </button>
      <div role="status">{outcome && outcome.kind !== 'error' && <p className="help">{outcome.text}</p>}</div>
      {outcome?.kind === 'error' && (
        <p role="alert" className="form-error">
          {outcome.text}
        </p>
      )}
    </div>
  );
}

import { Button } from '@digdir/designsystemet-react';
import { exportBackup, readBackupFile } from '../../db/backup';
import { saveFile } from '../../platform';
import { useServices, useT } from '../../services/context';
import { EvidenceImport } from './EvidenceImport';
import { FileProtection, fileProtectionReady, protectedFile, useFileProtection } from '../../ui/FileProtection';
import { ImportSteps, useImportFlow } from '../../ui/import/ImportFlow';
import { ActionOutcome } from '../../ui/ActionOutcome';
import { useExport } from '../../ui/useExport';

/** The backup's text as UTF-8 bytes, chunk by chunk (no second copy of the whole file as a string). */
function utf8(chunks: readonly string[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts = chunks.map((chunk) => encoder.encode(chunk));
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/** Save everything to one JSON file; restore from one, checked whole before anything is written. */
export function BackupPanel() {
  const t = useT();
  const { db, now } = useServices();
  const exporting = useExport({
    busy: t('settings.backup.exporting'),
    failed: (message) => t('settings.backup.exportFailed', { message }),
  });
  const protection = useFileProtection();
  const restore = useImportFlow(readBackupFile, {
    busy: t('settings.backup.restoring'),
    noFile: t('settings.backup.cancelled'),
    cancelled: t('import.preview.cancelled'),
    notText: (name) => t('settings.backup.notText', { name }),
    refused: (name, message) => t('settings.backup.refused', { name, message }),
    done: (name) => t('settings.backup.restored', { name }),
  });
  const busy = exporting.busy || restore.busy;

  function save() {
    if (!fileProtectionReady(protection, t)) return;
    void exporting.run(async () => {
      const file = await exportBackup(db, { now: now() });
      const saved = await saveFile(await protectedFile(protection.choice, file.name, utf8(file.chunks)));
      if (!saved.ok && saved.reason === 'cancelled') return null;
      if (!saved.ok) throw new Error(saved.message);
      return t('settings.backup.exported', { name: file.name, incidents: file.counts.incidentIds.length, events: file.counts.events });
    });
  }

  return (
    <section aria-labelledby="backup-title" className="panel">
      <h2 id="backup-title">{t('settings.backup.legend')}</h2>
      <p>{t('settings.backup.intro')}</p>
      <FileProtection state={protection} name="backup-protection" />
      <div className="actions">
        <Button variant="secondary" onClick={save} disabled={busy}>
          {t('settings.backup.export')}
        </Button>
        <Button variant="secondary" onClick={restore.start} disabled={busy} aria-describedby="restore-help">
          {t('settings.backup.restore')}
        </Button>
      </div>
      <p id="restore-help" className="help">
        {t('settings.backup.restore.help')}
      </p>
      <EvidenceImport />
      <ActionOutcome action={exporting} />
      <ImportSteps flow={restore} errorTestId="backup-error" countsCaption={t('settings.backup.merged')} />
      {restore.step?.kind === 'done' && restore.step.report && restore.step.report.subjects.skipped > 0 && (
        <p className="help">{t('settings.backup.skippedNote')}</p>
      )}
    </section>
  );
}

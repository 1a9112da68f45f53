import { useRef, useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { readBackupFile } from '../../db/restore';
import { exportBackupFile, type ExportStep } from '../../db/backupExport';
import { formatNumber } from '../../../../shared/i18n/numbers';
import { useUi } from '../../state/ui';
import { ProgressLine } from '../../ui/ProgressLine';
import { saveBlob } from '../../platform';
import { useServices, useT } from '../../services/context';
import { EvidenceImport } from './EvidenceImport';
import { FileProtection, fileProtectionReady, useFileProtection } from '../../ui/FileProtection';
import { ImportSteps, useImportFlow } from '../../ui/import/ImportFlow';
import { ActionOutcome } from '../../ui/ActionOutcome';
import { useExport } from '../../ui/useExport';

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

  const lang = useUi((s) => s.lang);
  // The export under way, to stop when the user asks, and how far it has come.
  const exportControl = useRef<AbortController | null>(null);
  const [progress, setProgress] = useState<{ step: ExportStep; done: number; total: number } | null>(null);

  function save() {
    if (!fileProtectionReady(protection, t)) return;
    const controller = new AbortController();
    exportControl.current = controller;
    const { choice } = protection;
    void exporting.run(async () => {
      try {
        const file = await exportBackupFile(
          db,
          { now: now(), passphrase: choice.encrypt ? choice.passphrase.passphrase : null },
          { signal: controller.signal, onProgress: (step, done, total) => !controller.signal.aborted && setProgress({ step, done, total }) },
        );
        setProgress(null);
        const { suggestedName, mimeType } = file;
        const saved = await saveBlob({ suggestedName, mimeType, blob: file.file });
        if (!saved.ok && saved.reason === 'cancelled') return null;
        if (!saved.ok) throw new Error(saved.message);
        return t('settings.backup.exported', { name: suggestedName, incidents: file.incidents, events: file.events });
      } catch (caught) {
        if (controller.signal.aborted) return t('settings.backup.exportStopped');
        throw caught;
      } finally {
        setProgress(null);
        if (exportControl.current === controller) exportControl.current = null;
      }
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
      {progress && (
        <ProgressLine
          text={t(`settings.backup.progress.${progress.step}`, { done: formatNumber(lang, progress.done), total: formatNumber(lang, progress.total) })}
          done={progress.done}
          total={progress.total}
        />
      )}
      {progress && (
        <div className="actions">
          <Button variant="tertiary" onClick={() => exportControl.current?.abort()}>
            {t('settings.backup.stop')}
          </Button>
        </div>
      )}
      <ActionOutcome action={exporting} />
      <ImportSteps flow={restore} errorTestId="backup-error" countsCaption={t('settings.backup.merged')} />
      {restore.step?.kind === 'done' && restore.step.report && restore.step.report.subjects.skipped > 0 && (
        <p className="help">{t('settings.backup.skippedNote')}</p>
      )}
    </section>
  );
}

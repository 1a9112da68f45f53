import { useState } from 'react';
import { applyBackup, exportBackup, previewBackup, readBackup, type ImportReport, type ReadBackup } from '../../db/backup';
import { openFile, saveFile } from '../../platform';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { EvidenceImport } from './EvidenceImport';
import { ImportCounts, ImportPreview } from './ImportPreview';
import { isAgeFile } from '../../db/fileEncryption';
import { FileProtection, fileProtectionReady, protectedFile, useFileProtection } from '../../ui/FileProtection';
import { OpenEncryptedFile } from '../../ui/OpenEncryptedFile';

type Outcome =
  | { kind: 'busy'; text: string }
  | { kind: 'encrypted'; name: string; bytes: Uint8Array }
  | { kind: 'preview'; name: string; read: ReadBackup; report: ImportReport }
  | { kind: 'done'; text: string; summary?: ImportReport }
  | { kind: 'error'; text: string };

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
  const lang = useUi((s) => s.lang);
  const { db, now } = useServices();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const protection = useFileProtection();
  const busy = outcome?.kind === 'busy';
  const message = (caught: unknown) => (caught instanceof Error ? caught.message : String(caught));

  async function save() {
    if (!fileProtectionReady(protection, t)) return;
    setOutcome({ kind: 'busy', text: t('settings.backup.exporting') });
    try {
      const file = await exportBackup(db, { now: now() });
      const saved = await saveFile(await protectedFile(protection.choice, file.name, utf8(file.chunks)));
      if (saved.ok)
        setOutcome({
          kind: 'done',
          text: t('settings.backup.exported', {
            name: file.name,
            incidents: file.counts.incidentIds.length,
            events: file.counts.events,
          }),
        });
      else if (saved.reason === 'cancelled') setOutcome(null);
      else setOutcome({ kind: 'error', text: t('settings.backup.exportFailed', { message: saved.message }) });
    } catch (caught) {
      setOutcome({ kind: 'error', text: t('settings.backup.exportFailed', { message: message(caught) }) });
    }
  }

  async function restore() {
    setOutcome({ kind: 'busy', text: t('settings.backup.restoring') });
    try {
      const picked = await openFile({ accept: ['.json', '.age'] });
      if (!picked.ok) {
        setOutcome(
          picked.reason === 'cancelled'
            ? { kind: 'done', text: t('settings.backup.cancelled') }
            : { kind: 'error', text: picked.message },
        );
        return;
      }
      // An encrypted backup asks for its passphrase first; then it is checked like any other.
      if (isAgeFile(picked.bytes)) setOutcome({ kind: 'encrypted', name: picked.name, bytes: picked.bytes });
      else await check(picked.name, picked.bytes);
    } catch (caught) {
      setOutcome({
        kind: 'error',
        text: t('settings.backup.refused', { name: '', message: message(caught) }),
      });
    }
  }

  async function check(name: string, bytes: Uint8Array) {
    setOutcome({ kind: 'busy', text: t('settings.backup.restoring') });
    try {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        setOutcome({ kind: 'error', text: t('settings.backup.notText', { name }) });
        return;
      }
      // Checked whole, then shown: nothing is written until the user has seen what would change.
      const read = await readBackup(db, text);
      const report = read.ok ? await previewBackup(db, read.value) : read;
      if (read.ok && report.ok) setOutcome({ kind: 'preview', name, read: read.value, report: report.value });
      else if (!report.ok) setOutcome({ kind: 'error', text: t('settings.backup.refused', { name, message: report.error.text[lang] }) });
    } catch (caught) {
      setOutcome({
        kind: 'error',
        text: t('settings.backup.refused', { name: '', message: message(caught) }),
      });
    }
  }

  async function confirm(name: string, read: ReadBackup) {
    setOutcome({ kind: 'busy', text: t('settings.backup.restoring') });
    try {
      const result = await applyBackup(db, read);
      setOutcome(
        result.ok
          ? { kind: 'done', text: t('settings.backup.restored', { name }), summary: result.value }
          : { kind: 'error', text: t('settings.backup.refused', { name, message: result.error.text[lang] }) },
      );
    } catch (caught) {
      setOutcome({ kind: 'error', text: t('settings.backup.refused', { name, message: message(caught) }) });
    }
  }

  const summary = outcome?.kind === 'done' ? outcome.summary : undefined;
  return (
    <section aria-labelledby="backup-title" className="panel">
      <h2 id="backup-title">{t('settings.backup.legend')}</h2>
      <p>{t('settings.backup.intro')}</p>
      <FileProtection state={protection} name="backup-protection" />
      <div className="actions">
        <button type="button" onClick={save} disabled={busy}>
          {t('settings.backup.export')}
        </button>
        <button type="button" onClick={restore} disabled={busy} aria-describedby="restore-help">
          {t('settings.backup.restore')}
        </button>
      </div>
      <p id="restore-help" className="help">
        {t('settings.backup.restore.help')}
      </p>
      <EvidenceImport />
      <div role="status" aria-live="polite">
        {outcome && (outcome.kind === 'busy' || outcome.kind === 'done') && (
          <p className={outcome.kind === 'done' ? 'notice notice--ok' : 'help'}>{outcome.text}</p>
        )}
      </div>
      {outcome?.kind === 'error' && (
        <p role="alert" className="form-error" data-testid="backup-error">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'encrypted' && (
        <OpenEncryptedFile
          name={outcome.name}
          bytes={outcome.bytes}
          onOpened={(bytes) => void check(outcome.name, bytes)}
          onCancel={() => setOutcome({ kind: 'done', text: t('settings.backup.cancelled') })}
        />
      )}
      {outcome?.kind === 'preview' && (
        <ImportPreview
          name={outcome.name}
          report={outcome.report}
          signed={outcome.read.signed}
          busy={false}
          onConfirm={() => void confirm(outcome.name, outcome.read)}
          onCancel={() => setOutcome({ kind: 'done', text: t('import.preview.cancelled') })}
        />
      )}
      {summary && <ImportCounts report={summary} caption={t('settings.backup.merged')} />}
      {summary && summary.subjects.skipped > 0 && <p className="help">{t('settings.backup.skippedNote')}</p>}
    </section>
  );
}

import { useState } from 'react';
import { applyBackup, previewBackup, type ImportReport } from '../../db/backup';
import { readEvidenceBundle, type ReadEvidence } from '../../db/evidence';
import { openFile } from '../../platform';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { ImportPreview } from './ImportPreview';
import { isAgeFile } from '../../db/fileEncryption';
import { OpenEncryptedFile } from '../../ui/OpenEncryptedFile';

type Outcome =
  | { kind: 'busy' | 'done' | 'error'; text: string }
  | { kind: 'encrypted'; name: string; bytes: Uint8Array }
  | { kind: 'preview'; name: string; read: ReadEvidence; report: ImportReport };

/** Takes in one incident's evidence bundle from another machine, checked whole before it is merged. */
export function EvidenceImport() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db } = useServices();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function pick() {
    setOutcome({ kind: 'busy', text: t('evidence.importing') });
    const picked = await openFile({ accept: ['.json', '.age'] });
    if (!picked.ok) {
      setOutcome(picked.reason === 'cancelled' ? null : { kind: 'error', text: picked.message });
      return;
    }
    // An encrypted bundle asks for its passphrase first; then it is checked like any other.
    if (isAgeFile(picked.bytes)) setOutcome({ kind: 'encrypted', name: picked.name, bytes: picked.bytes });
    else await check(picked.name, picked.bytes);
  }

  async function check(name: string, bytes: Uint8Array) {
    setOutcome({ kind: 'busy', text: t('evidence.importing') });
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      setOutcome({ kind: 'error', text: t('evidence.notText', { name }) });
      return;
    }
    try {
      // Checked whole, then shown: nothing is written until the user has seen what would change.
      const read = await readEvidenceBundle(db, text);
      const report = read.ok ? await previewBackup(db, read.value) : read;
      if (read.ok && report.ok) setOutcome({ kind: 'preview', name, read: read.value, report: report.value });
      else if (!report.ok) setOutcome({ kind: 'error', text: t('evidence.refused', { name, message: report.error.text[lang] }) });
    } catch (caught) {
      setOutcome({
        kind: 'error',
        text: t('evidence.refused', { name, message: caught instanceof Error ? caught.message : String(caught) }),
      });
    }
  }

  async function confirm(name: string, read: ReadEvidence) {
    setOutcome({ kind: 'busy', text: t('evidence.importing') });
    const result = await applyBackup(db, read);
    if (!result.ok) {
      setOutcome({ kind: 'error', text: t('evidence.refused', { name, message: result.error.text[lang] }) });
      return;
    }
    const summary = result.value;
    setOutcome({
      kind: 'done',
      text: t('evidence.imported', {
        name,
        incidents: summary.incidents.added + summary.incidents.updated + summary.incidents.unchanged,
        events: summary.events.added + summary.events.unchanged,
        documents: read.documents.length,
      }),
    });
  }

  return (
    <div>
      <button type="button" onClick={pick} disabled={outcome?.kind === 'busy'} aria-describedby="evidence-import-help">
        {t('evidence.import')}
      </button>
      <p id="evidence-import-help" className="help">
        {t('evidence.import.help')}
      </p>
      {outcome?.kind === 'encrypted' && (
        <OpenEncryptedFile
          name={outcome.name}
          bytes={outcome.bytes}
          onOpened={(bytes) => void check(outcome.name, bytes)}
          onCancel={() => setOutcome({ kind: 'done', text: t('import.preview.cancelled') })}
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
      <div role="status">{outcome && 'text' in outcome && outcome.kind !== 'error' && <p className="help">{outcome.text}</p>}</div>
      {outcome?.kind === 'error' && (
        <p role="alert" className="form-error" data-testid="evidence-error">
          {outcome.text}
        </p>
      )}
    </div>
  );
}

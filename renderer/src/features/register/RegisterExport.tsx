import { useState } from 'react';
import type { Incident } from '../../../../shared/incident/model';
import { registerCsv, type RegisterRow } from '../../../../shared/register';
import { toLocalInput } from '../../../../shared/time/zoned';
import { useServices, useT } from '../../services/context';
import { getIncidents } from '../../db/repository';
import { exportDocument } from '../../documents/exportDocument';
import { loadFonts } from '../../documents/fonts';
import { useDocumentSettings, useWriteContext } from '../../documents/useSettings';
import { useUi } from '../../state/ui';

type Outcome = { kind: 'busy' | 'done' | 'error'; text: string };

/** The filtered register as CSV (Excel in Norway) or as a PDF report. */
export function RegisterExport({
  rows,
  ready = true,
  period,
}: {
  rows: readonly RegisterRow[];
  /** False while the register is still being read: an export then would leave incidents out. */
  ready?: boolean;
  period?: { from: string | null; to: string | null };
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db, now } = useServices();
  const { settings, timeZone } = useDocumentSettings();
  const writeContext = useWriteContext();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function save(kind: 'csv' | 'pdf') {
    setOutcome({ kind: 'busy', text: t('register.exporting') });
    try {
      const at = now();
      const day = toLocalInput(at, timeZone).slice(0, 10);
      const name = `${lang === 'nb' ? 'avviksprotokoll' : 'breach-register'}-${day}.${kind}`;
      let bytes: Uint8Array;
      if (kind === 'csv') bytes = new TextEncoder().encode(registerCsv(rows, lang, timeZone));
      else {
        // jsPDF and the report's layout are fetched when a report is first made, not with the screen.
        const [{ buildRegisterPdf }, { registerInput }] = await Promise.all([
          import('../../../../shared/documents'),
          import('../../../../shared/documents/record/register'),
        ]);
        const found = await getIncidents(db, rows.map((r) => r.incidentId));
        const incidents = new Map(found.filter((i): i is Incident => i !== undefined).map((i) => [i.id, i]));
        bytes = buildRegisterPdf(
          registerInput(rows, incidents, settings, { lang, timeZone, now: at }, period),
          await loadFonts(),
        );
      }
      const result = await exportDocument(
        db,
        { name, bytes, mimeType: kind === 'csv' ? 'text/csv' : 'application/pdf' },
        writeContext(),
      );
      if (result.ok) setOutcome({ kind: 'done', text: t('register.exported', { count: rows.length, name }) });
      else
        setOutcome(
          result.cancelled
            ? null
            : { kind: 'error', text: t('register.exportFailed', { message: result.message }) },
        );
    } catch (caught) {
      setOutcome({
        kind: 'error',
        text: t('register.exportFailed', {
          message: caught instanceof Error ? caught.message : String(caught),
        }),
      });
    }
  }

  const busy = outcome?.kind === 'busy' || !ready;
  return (
    <div className="no-print">
      <div className="actions">
        <button type="button" onClick={() => save('csv')} disabled={busy || rows.length === 0}>
          {t('register.exportCsv')}
        </button>
        <button type="button" onClick={() => save('pdf')} disabled={busy || rows.length === 0}>
          {t('register.exportPdf')}
        </button>
      </div>
      <p className="help">{t('register.exportHelp')}</p>
      <div role="status">
        {outcome && outcome.kind !== 'error' && (
          <p className={outcome.kind === 'done' ? 'notice notice--ok' : 'help'}>{outcome.text}</p>
        )}
      </div>
      {outcome?.kind === 'error' && (
        <p role="alert" className="form-error">
          {outcome.text}
        </p>
      )}
    </div>
  );
}

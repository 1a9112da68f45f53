import type { Incident } from '../../../../shared/incident/model';
import { registerCsv, type RegisterRow } from '../../../../shared/register';
import { toLocalInput } from '../../../../shared/time/zoned';
import { useServices, useT } from '../../services/context';
import { Button } from '@digdir/designsystemet-react';
import { exportDocument, savedOrCancelled } from '../../documents/exportDocument';
import { ActionOutcome } from '../../ui/ActionOutcome';
import { useExport } from '../../ui/useExport';
import { loadFonts } from '../../documents/fonts';
import { useDocumentSettings, useWriteContext } from '../../documents/useSettings';
import { useUi } from '../../state/ui';

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
  const exporting = useExport({
    busy: t('register.exporting'),
    failed: (message) => t('register.exportFailed', { message }),
  });

  const save = (kind: 'csv' | 'pdf') =>
    exporting.run(async () => {
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
        const found = await db.incidents.bulkGet(rows.map((r) => r.incidentId));
        const incidents = new Map(found.filter((i): i is Incident => i !== undefined).map((i) => [i.id, i]));
        bytes = buildRegisterPdf(
          registerInput(rows, incidents, settings, { lang, timeZone, now: at }, period),
          await loadFonts(),
        );
      }
      const saved = savedOrCancelled(
        await exportDocument(
          db,
          { name, bytes, mimeType: kind === 'csv' ? 'text/csv' : 'application/pdf' },
          writeContext(),
        ),
      );
      return saved && t('register.exported', { count: rows.length, name });
    });

  const busy = exporting.busy || !ready;
  return (
    <div className="no-print">
      <div className="actions">
        <Button variant="secondary" onClick={() => save('csv')} disabled={busy || rows.length === 0}>
          {t('register.exportCsv')}
        </Button>
        <Button variant="secondary" onClick={() => save('pdf')} disabled={busy || rows.length === 0}>
          {t('register.exportPdf')}
        </Button>
      </div>
      <p className="ds-paragraph help" data-size="sm">
        {t('register.exportHelp')}
      </p>
      <ActionOutcome action={exporting} />
    </div>
  );
}

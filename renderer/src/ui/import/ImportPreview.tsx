import { Button } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { keyFingerprint } from '../../../../shared/chain';
import { fieldName } from '../../../../shared/incident/changes';
import type { ImportReport } from '../../db/backup';
import { webDigest } from '../../db/crypto';
import { useT } from '../../services/context';
import { useUi } from '../../state/ui';

const TABLES = ['incidents', 'events', 'subjects', 'notifications', 'attachmentFiles', 'settings'] as const;

/** Fingerprints of the signers' keys, worked out once the report is there. */
function useFingerprints(report: ImportReport): Map<string, string> {
  const [prints, setPrints] = useState(new Map<string, string>());
  useEffect(() => {
    let live = true;
    void Promise.all(
      report.details.signers.map(async (s) => [s.installationId, s.publicKey ? await keyFingerprint(s.publicKey, webDigest) : '–'] as const),
    ).then((entries) => live && setPrints(new Map(entries)));
    return () => {
      live = false;
    };
  }, [report]);
  return prints;
}

/** The counts of what an import added, changed, left, or left out, per kind of record. */
export function ImportCounts({ report, caption }: { report: ImportReport; caption: string }) {
  const t = useT();
  return (
    <table className="ds-table data-table backup-summary">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('settings.backup.col.what')}</th>
          <th scope="col">{t('settings.backup.col.added')}</th>
          <th scope="col">{t('settings.backup.col.updated')}</th>
          <th scope="col">{t('settings.backup.col.unchanged')}</th>
          <th scope="col">{t('settings.backup.col.skipped')}</th>
        </tr>
      </thead>
      <tbody>
        {TABLES.map((table) => (
          <tr key={table} data-testid={`merged-${table}`}>
            <th scope="row">{t(`settings.backup.table.${table}`)}</th>
            <td>{report[table].added}</td>
            <td>{report[table].updated}</td>
            <td>{report[table].unchanged}</td>
            <td>{report[table].skipped}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * What a restore or an evidence import would do, shown before anything is written: what it adds,
 * which fields it changes (those the documents print are the ones to check: the DPO, decisions,
 * people's addresses), whose signatures it carries and whether this installation trusts them.
 */
export function ImportPreview({
  name,
  report,
  signed,
  onConfirm,
  onCancel,
  busy,
}: {
  name: string;
  report: ImportReport;
  /** False for a file of an older Avvik, which was not signed. */
  signed: boolean;
  onConfirm(): void;
  onCancel(): void;
  busy: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const prints = useFingerprints(report);
  const { incidents, settings, people, signers } = report.details;
  const names = (fields: readonly string[]) => [...new Set(fields.map((f) => fieldName(f, lang)))].join(', ');
  const nothing = incidents.length === 0 && settings.length === 0 && people.length === 0 && report.events.added === 0 && report.subjects.added === 0;
  return (
    <section aria-labelledby="import-preview-title" className="import-preview" data-testid="import-preview">
      <h3 id="import-preview-title">{t('import.preview.title', { name })}</h3>
      <p className="help">{t('import.preview.help')}</p>
      {!signed && <p className="ds-alert notice" data-color="warning">{t('import.preview.unsigned')}</p>}
      {nothing ? (
        <p>{t('import.preview.nothing')}</p>
      ) : (
        <ul className="import-changes">
          {incidents.map((i) => (
            <li key={i.id}>
              {i.change === 'added'
                ? t('import.preview.incidentAdded', { ref: i.ref, title: i.title })
                : t('import.preview.incidentUpdated', { ref: i.ref, title: i.title, fields: names(i.fields) })}
            </li>
          ))}
          {settings.length > 0 && <li>{t('import.preview.settings', { fields: names(settings) })}</li>}
          {people.map((p, index) => (
            <li key={p.id}>{t('import.preview.person', { n: index + 1, fields: names(p.fields) })}</li>
          ))}
        </ul>
      )}
      {signers.length > 0 && (
        <>
          <h4>{t('import.preview.signers')}</h4>
          <ul className="import-signers">
            {signers.map((s) => (
              <li key={s.installationId} data-trusted={s.trusted}>
                {t(s.trusted ? 'import.preview.signer.trusted' : 'import.preview.signer.untrusted', {
                  id: s.installationId,
                  fingerprint: prints.get(s.installationId) ?? '…',
                  events: s.events,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <ImportCounts report={report} caption={t('import.preview.counts')} />
      <div className="actions">
        <Button onClick={onConfirm} disabled={busy}>
          {t('import.preview.confirm')}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          {t('import.preview.cancel')}
        </Button>
      </div>
    </section>
  );
}

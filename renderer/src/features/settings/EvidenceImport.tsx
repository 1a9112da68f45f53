import { Button } from '@digdir/designsystemet-react';
import { readEvidenceBundle } from '../../db/evidence';
import { useT } from '../../services/context';
import { wholeText } from '../../db/backupText';
import { openedWhole } from '../../db/fileEncryption';
import { ImportSteps, useImportFlow } from '../../ui/import/ImportFlow';

/** Takes in one incident's evidence bundle from another machine, checked whole before it is merged. */
export function EvidenceImport() {
  const t = useT();
  // A bundle holds one incident: it is read whole.
  const flow = useImportFlow(async (db, source) => readEvidenceBundle(db, wholeText(await openedWhole(source))), {
    busy: t('evidence.importing'),
    noFile: null,
    cancelled: t('import.preview.cancelled'),
    notText: (name) => t('evidence.notText', { name }),
    refused: (name, message) => t('evidence.refused', { name, message }),
    done: (name, read, summary) =>
      t('evidence.imported', {
        name,
        incidents: summary.incidents.added + summary.incidents.updated + summary.incidents.unchanged,
        events: summary.events.added + summary.events.unchanged,
        documents: read.documents.length,
      }),
  });
  return (
    <div>
      <Button variant="secondary" onClick={flow.start} disabled={flow.busy} aria-describedby="evidence-import-help">
        {t('evidence.import')}
      </Button>
      <p id="evidence-import-help" className="help">
        {t('evidence.import.help')}
      </p>
      <ImportSteps flow={flow} errorTestId="evidence-error" />
    </div>
  );
}

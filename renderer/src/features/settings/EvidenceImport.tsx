import { useState } from 'react';
import { importEvidenceBundle } from '../../db/evidence';
import { openFile } from '../../platform';
import { useServices, useT } from '../../app/context';
import { useUi } from '../../state/ui';

type Outcome = { kind: 'busy' | 'done' | 'error'; text: string };

/** Takes in one incident's evidence bundle from another machine, checked whole before it is merged. */
export function EvidenceImport() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db } = useServices();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function pick() {
    setOutcome({ kind: 'busy', text: t('evidence.importing') });
    const picked = await openFile({ accept: ['.json'] });
    if (!picked.ok) {
      setOutcome(picked.reason === 'cancelled' ? null : { kind: 'error', text: picked.message });
      return;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(picked.bytes);
    } catch {
      setOutcome({ kind: 'error', text: t('evidence.notText', { name: picked.name }) });
      return;
    }
    try {
      const result = await importEvidenceBundle(db, text);
      if (!result.ok) {
        setOutcome({ kind: 'error', text: t('evidence.refused', { name: picked.name, message: result.error.text[lang] }) });
        return;
      }
      const { summary, documents } = result.value;
      setOutcome({
        kind: 'done',
        text: t('evidence.imported', {
          name: picked.name,
          incidents: summary.incidents.added + summary.incidents.updated + summary.incidents.unchanged,
          events: summary.events.added + summary.events.unchanged,
          documents: documents.length,
        }),
      });
    } catch (caught) {
      setOutcome({
        kind: 'error',
        text: t('evidence.refused', { name: picked.name, message: caught instanceof Error ? caught.message : String(caught) }),
      });
    }
  }

  return (
    <div>
      <button type="button" onClick={pick} disabled={outcome?.kind === 'busy'} aria-describedby="evidence-import-help">
        {t('evidence.import')}
      </button>
      <p id="evidence-import-help" className="help">
        {t('evidence.import.help')}
      </p>
      <div role="status">{outcome && outcome.kind !== 'error' && <p className="help">{outcome.text}</p>}</div>
      {outcome?.kind === 'error' && (
        <p role="alert" className="form-error" data-testid="evidence-error">
          {outcome.text}
        </p>
      )}
    </div>
  );
}

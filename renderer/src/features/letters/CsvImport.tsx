import { Button } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { parseSubjectsCsv, planImport, type ImportedSubject, type KnownPerson, type SubjectsCsvPreview } from '../../../../shared/subjects';
import { importSubjects } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { personFromImport } from '../../../../shared/documents/record/letters';
import { useWriteContext } from '../../documents/useSettings';
import { openFile } from '../../platform';
import { useUi } from '../../state/ui';
import { errorText } from '../../ui/useRecordAction';
import { ImportPreview } from './ImportPreview';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; rows: number }
  | { kind: 'preview'; name: string; preview: SubjectsCsvPreview }
  | { kind: 'done' | 'error'; text: string };

/**
 * CSV in, a preview out; only "accept" stores anyone, and only the valid rows. People already
 * imported, or twice in the file, are shown and the user chooses before anything is written.
 */
export function CsvImport({ incidentId, stored }: { incidentId: string; stored: readonly KnownPerson[] }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db } = useServices();
  const writeContext = useWriteContext();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [saving, setSaving] = useState(false);
  // Planned against the people stored now: an import or erasure meanwhile changes the plan.
  const preview = state.kind === 'preview' ? state.preview : null;
  const plan = useMemo(() => (preview ? planImport(preview.subjects, stored) : null), [preview, stored]);

  async function choose() {
    const picked = await openFile({ accept: ['.csv', '.txt'] });
    if (!picked.ok) {
      setState(
        picked.reason === 'cancelled'
          ? { kind: 'done', text: t('letters.import.cancelled') }
          : { kind: 'error', text: picked.message },
      );
      return;
    }
    setState({ kind: 'reading', rows: 0 });
    // Read in chunks, giving the window a turn between them: 100 000 rows never freeze it.
    const preview = await parseSubjectsCsv(picked.bytes, {
      onProgress: (progress) => setState({ kind: 'reading', rows: progress.rows }),
      yieldControl: () => new Promise((resolve) => setTimeout(resolve, 0)),
    });
    if (preview.fileError)
      setState({
        kind: 'error',
        text: t('letters.import.fileError', { name: picked.name, message: preview.fileError.message[lang] }),
      });
    else setState({ kind: 'preview', name: picked.name, preview });
  }

  async function accept(people: readonly ImportedSubject[]) {
    setSaving(true);
    try {
      const saved = await importSubjects(db, incidentId, people.map(personFromImport), writeContext());
      setState({ kind: 'done', text: t('letters.import.done', { count: saved.length }) });
    } catch (caught) {
      setState({ kind: 'error', text: t('letters.import.failed', { message: errorText(caught, lang) }) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="import-title" className="panel no-print">
      <h2 id="import-title">{t('letters.import.title')}</h2>
      <p className="help">{t('letters.import.help')}</p>
      <div className="actions">
        <Button variant="secondary" onClick={choose} disabled={state.kind === 'reading' || saving}>
          {t('letters.import.choose')}
        </Button>
      </div>
      <div role="status">
        {state.kind === 'reading' && (
          <p className="help">{t('letters.import.reading', { rows: state.rows })}</p>
        )}
        {state.kind === 'done' && <p className="ds-alert notice" data-color="success">{state.text}</p>}
      </div>
      {state.kind === 'error' && (
        <p role="alert" className="ds-alert form-error" data-color="danger">
          {state.text}
        </p>
      )}
      {state.kind === 'preview' && plan && (
        <ImportPreview
          name={state.name}
          preview={state.preview}
          plan={plan}
          busy={saving}
          onAccept={(people) => void accept(people)}
          onDiscard={() => setState({ kind: 'done', text: t('letters.import.discarded') })}
        />
      )}
    </section>
  );
}

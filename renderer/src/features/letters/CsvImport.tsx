import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { RecordError } from '../../../../shared/incident/errors';
import { parseSubjectsCsv, type SubjectsCsvPreview } from '../../../../shared/subjects';
import { importSubjects } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { personFromImport } from '../../../../shared/documents/record/letters';
import { useWriteContext } from '../../documents/useSettings';
import { openFile } from '../../platform';
import { useUi } from '../../state/ui';
import { ImportPreview } from './ImportPreview';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; rows: number }
  | { kind: 'preview'; name: string; preview: SubjectsCsvPreview }
  | { kind: 'done' | 'error'; text: string };

/** CSV in, a preview out; only "accept" stores anyone, and only the valid rows. */
export function CsvImport({ incidentId }: { incidentId: string }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db } = useServices();
  const writeContext = useWriteContext();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [saving, setSaving] = useState(false);

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

  async function accept(preview: SubjectsCsvPreview) {
    setSaving(true);
    try {
      const saved = await importSubjects(
        db,
        incidentId,
        preview.subjects.map(personFromImport),
        writeContext(),
      );
      setState({ kind: 'done', text: t('letters.import.done', { count: saved.length }) });
    } catch (caught) {
      const message =
        caught instanceof RecordError
          ? caught.text[lang]
          : caught instanceof Error
            ? caught.message
            : String(caught);
      setState({ kind: 'error', text: t('letters.import.failed', { message }) });
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
      {state.kind === 'preview' && (
        <ImportPreview
          name={state.name}
          preview={state.preview}
          busy={saving}
          onAccept={() => void accept(state.preview)}
          onDiscard={() => setState({ kind: 'done', text: t('letters.import.discarded') })}
        />
      )}
    </section>
  );
}

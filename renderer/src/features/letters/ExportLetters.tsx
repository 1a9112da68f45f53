import { Button } from '@digdir/designsystemet-react';
import { Checkbox } from '../../ui/fields';
import { useEffect, useId, useRef, useState } from 'react';
import type { LetterDocumentInput } from '../../../../shared/documents';
import type { Incident } from '../../../../shared/incident/model';
import type { Subject } from '../../../../shared/incident/subjects';
import { useServices, useT } from '../../services/context';
import { documentFileName, exportDocument } from '../../documents/exportDocument';
import { loadFonts } from '../../documents/fonts';
import { affectedPerson } from '../../../../shared/documents/record/letters';
import { useWriteContext } from '../../documents/useSettings';
import { runLetters, type LettersResult } from './runLetters';
import { saveLettersPerPerson } from './saveLettersPerPerson';
import { recordHashedExport } from '../../db/repository';

export interface ExportedLetters {
  name: string;
  sha256: string | null;
  count: number;
}

type State =
  | { kind: 'idle' }
  /** `saving`: every letter is made and the file is being saved; that cannot be stopped. */
  | { kind: 'running'; done: number; total: number; saving?: boolean }
  | { kind: 'done' | 'error' | 'cancelled'; text: string };

/**
 * Every letter in one print file, or one PDF per person saved in bulk, made in a Web Worker with a
 * progress bar and cancel.
 */
export function ExportLetters({
  incident,
  subjects,
  input,
  onExported,
}: {
  incident: Incident;
  subjects: readonly Subject[];
  input: LetterDocumentInput;
  onExported(exported: ExportedLetters): void;
}) {
  const t = useT();
  const id = useId();
  const { db } = useServices();
  const writeContext = useWriteContext();
  const [duplex, setDuplex] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  // The cancel of the run under way. It exists from the moment the Cancel button shows, before
  // the fonts are loaded and the worker is started, so a cancel in that gap is not lost (every
  // letter would be made and saved anyway).
  const stop = useRef<AbortController | null>(null);
  // Leaving the screen stops the worker.
  useEffect(() => () => stop.current?.abort(), []);

  /** One PDF per person: into a new folder (desktop app) or one zip (browser). */
  /** A run begins: its people, and the cancel the button will use from now on. */
  function begin() {
    const people = subjects.map(affectedPerson);
    const cancelled = new AbortController();
    stop.current = cancelled;
    setState({ kind: 'running', done: 0, total: people.length });
    return { people, cancelled };
  }

  const failed = (message: string) => setState({ kind: 'error', text: t('letters.export.failed', { message }) });
  const thrown = (caught: unknown) => failed(caught instanceof Error ? caught.message : String(caught));

  async function startPerPerson() {
    const { people, cancelled } = begin();
    try {
      const fonts = await loadFonts();
      const outcome = cancelled.signal.aborted
        ? ({ status: 'cancelled', done: 0, where: null, saved: null } as const)
        : await saveLettersPerPerson(
            { input, people, fonts, baseName: `${incident.ref}-brev-letters` },
            (done, total) => setState({ kind: 'running', done, total }),
            cancelled.signal,
          );
      if (outcome.status === 'not-chosen') return setState({ kind: 'idle' });
      if (outcome.status === 'error') return failed(outcome.message);
      // Letters that left the app are in the history, as any document is (by hash, without names).
      if (outcome.saved) await recordHashedExport(db, incident.id, { documentKind: 'letters-per-person', ...outcome.saved }, writeContext());
      if (outcome.status === 'cancelled')
        return setState({
          kind: 'cancelled',
          text: outcome.where
            ? t('letters.export.cancelledInFolder', { done: outcome.done, name: outcome.where })
            : t('letters.export.cancelled', { done: outcome.done }),
        });
      setState({ kind: 'done', text: t('letters.export.perPersonDone', { count: outcome.count, name: outcome.where }) });
    } catch (caught) {
      thrown(caught);
    }
  }

  async function start() {
    const { people, cancelled } = begin();
    try {
      const fonts = await loadFonts();
      let result: LettersResult = { status: 'cancelled', done: 0 };
      if (!cancelled.signal.aborted) {
        const run = runLetters(
          { mode: 'print-file', input, people, fonts, duplex },
          { onProgress: (done, total) => setState({ kind: 'running', done, total }) },
        );
        cancelled.signal.addEventListener('abort', () => run.cancel(), { once: true });
        result = await run.result;
      }
      // A cancel that came as the last letter was made still means: save nothing.
      if (result.status === 'cancelled' || cancelled.signal.aborted) {
        const done =
          result.status === 'cancelled' ? result.done : result.status === 'done' ? result.count : 0;
        return setState({ kind: 'cancelled', text: t('letters.export.cancelled', { done }) });
      }
      if (result.status === 'error') return failed(result.message);
      if (!result.printFile) return failed('no file');
      // From here the file is saved: a cancel would not be kept, so none is offered.
      setState({ kind: 'running', done: result.count, total: people.length, saving: true });
      const name = documentFileName(incident.ref, 'brev-letters');
      const saved = await exportDocument(
        db,
        {
          name,
          bytes: result.printFile,
          mimeType: 'application/pdf',
          incident: { id: incident.id, documentKind: 'letters-print-file' },
        },
        writeContext(),
      );
      if (!saved.ok) return saved.cancelled ? setState({ kind: 'idle' }) : failed(saved.message);
      onExported({ name, sha256: saved.sha256, count: result.count });
      setState({ kind: 'done', text: t('letters.export.done', { count: result.count, name }) });
    } catch (caught) {
      thrown(caught);
    }
  }

  const running = state.kind === 'running';
  return (
    <section aria-labelledby={`${id}-title`} className="panel no-print">
      <h2 id={`${id}-title`}>{t('letters.export.title')}</h2>
      <p className="help">{t('letters.export.help')}</p>
      <p className="help">{t('letters.export.perPersonHelp')}</p>
      <Checkbox label={t('letters.export.duplex')} checked={duplex} disabled={running} onChange={setDuplex} />
      <div className="actions">
        <Button onClick={start} disabled={running || subjects.length === 0}>
          {t('letters.export.start', { count: subjects.length })}
        </Button>
        <Button variant="secondary" onClick={startPerPerson} disabled={running || subjects.length === 0}>
          {t('letters.export.perPerson', { count: subjects.length })}
        </Button>
        {running && !state.saving && (
          <Button variant="secondary" onClick={() => stop.current?.abort()}>
            {t('letters.export.cancel')}
          </Button>
        )}
      </div>
      {running && (
        <div>
          <label htmlFor={`${id}-progress`}>{t('letters.export.progress')}</label>
          <progress
            id={`${id}-progress`}
            max={Math.max(state.total, 1)}
            value={state.done}
            aria-valuetext={t('letters.export.progressText', { done: state.done, total: state.total })}
          />
          <p className="help">{t('letters.export.progressText', { done: state.done, total: state.total })}</p>
        </div>
      )}
      <div role="status">
        {(state.kind === 'done' || state.kind === 'cancelled') && (
          <p className="ds-alert notice" data-color={state.kind === 'done' ? 'success' : 'warning'}>
            {state.text}
          </p>
        )}
      </div>
      {state.kind === 'error' && (
        <p role="alert" className="ds-alert form-error" data-color="danger">
          {state.text}
        </p>
      )}
    </section>
  );
}

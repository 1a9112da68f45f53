import { useRef, useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import type { ImportResult } from '../../../../shared/incident/backup/errors';
import type { BackupCheckStep } from '../../../../shared/incident/backup/parse';
import { type ImportReport } from '../../db/backup';
import { applyBackup, previewBackup, type Restorable } from '../../db/restore';
import type { CheckWatch } from '../../db/backupCheck';
import { NotTextError } from '../../db/backupText';
import type { AvvikDb } from '../../db/database';
import { formatNumber } from '../../../../shared/i18n/numbers';
import { AGE_HEADER_PREFIX, isAgeFile, type OpenedFile } from '../../db/fileEncryption';
import { pickFile } from '../../platform';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { OpenEncryptedFile } from '../OpenEncryptedFile';
import { ProgressLine } from '../ProgressLine';
import { ImportCounts, ImportPreview } from './ImportPreview';

// Taking in a file Avvik made (a backup, an evidence bundle): picked, opened with its passphrase if
// it is encrypted, read and checked whole, shown as what it would change, and merged only once the
// user confirms. Nothing is written before that, and a refusal says why.

/** A file read and checked, as history: what the preview and the merge need. */
type Readable = Restorable;

/** What the flow says, in the words of the file it takes in. */
export interface ImportWords<R> {
  busy: string;
  /** The file dialog was closed without a file; null says nothing. */
  noFile: string | null;
  /** The passphrase or the preview was cancelled. */
  cancelled: string;
  notText(name: string): string;
  refused(name: string, message: string): string;
  done(name: string, read: R, report: ImportReport): string;
}

/** The steps of a restore: the check's, then the comparison with the record (the preview), then the writing. */
export type RestoreStep = BackupCheckStep | 'compare' | 'write';

/** How far the check of a file has come. */
export interface CheckProgress {
  step: RestoreStep;
  done: number;
  total: number;
}

/**
 * Reads and checks the picked file (opened, when encrypted), nothing written. Throws NotTextError
 * for a file that is not text; stops, rejecting, when the watch's signal is aborted.
 */
export type ReadFile<R> = (db: AvvikDb, source: OpenedFile, watch: CheckWatch) => Promise<ImportResult<R>>;

type Step<R> =
  | { kind: 'error'; text: string }
  | { kind: 'busy'; text: string; progress?: CheckProgress; cancellable?: boolean }
  | { kind: 'done'; text: string; report: ImportReport | null }
  | { kind: 'encrypted'; name: string; file: Blob }
  | { kind: 'preview'; name: string; read: R; report: ImportReport };

export interface ImportFlow<R> {
  step: Step<R> | null;
  busy: boolean;
  /** Opens the file dialog and takes the flow from there. */
  start(): Promise<void>;
  check(name: string, source: OpenedFile): Promise<void>;
  confirm(name: string, read: R): Promise<void>;
  cancel(): void;
}

export function useImportFlow<R extends Readable>(read: ReadFile<R>, words: ImportWords<R>): ImportFlow<R> {
  const lang = useUi((s) => s.lang);
  const { db } = useServices();
  const [step, setStep] = useState<Step<R> | null>(null);
  // The check under way, to stop when the user cancels; a check stopped says nothing afterwards.
  const checking = useRef<AbortController | null>(null);
  // The file read and not yet merged or given up: what its reading keeps is let go when it is.
  const pending = useRef<R | null>(null);
  const letGo = () => {
    pending.current?.release();
    pending.current = null;
  };
  const reason = (caught: unknown) => (caught instanceof Error ? caught.message : String(caught));

  async function start() {
    letGo();
    setStep({ kind: 'busy', text: words.busy });
    try {
      const picked = await pickFile({ accept: ['.json', '.age'] });
      if (!picked.ok) {
        if (picked.reason !== 'cancelled') setStep({ kind: 'error', text: picked.message });
        else setStep(words.noFile === null ? null : { kind: 'done', text: words.noFile, report: null });
        return;
      }
      // An encrypted file asks for its passphrase first; then it is checked like any other.
      if (isAgeFile(new Uint8Array(await picked.file.slice(0, AGE_HEADER_PREFIX).arrayBuffer()))) setStep({ kind: 'encrypted', name: picked.name, file: picked.file });
      else await check(picked.name, { file: picked.file, key: null });
    } catch (caught) {
      setStep({ kind: 'error', text: words.refused('', reason(caught)) });
    }
  }

  async function check(name: string, source: OpenedFile) {
    const controller = new AbortController();
    checking.current?.abort();
    checking.current = controller;
    const { signal } = controller;
    setStep({ kind: 'busy', text: words.busy, cancellable: true });
    const onProgress = (step: RestoreStep, done: number, total: number) => {
      if (!signal.aborted) setStep({ kind: 'busy', text: words.busy, cancellable: true, progress: { step, done, total } });
    };
    try {
      // Checked whole, then shown: nothing is written until the user has seen what would change.
      const checked = await read(db, source, { onProgress, signal });
      if (checked.ok) pending.current = checked.value;
      const report = checked.ok ? await previewBackup(db, checked.value, { onProgress: (done, total) => onProgress('compare', done, total), signal }) : checked;
      if (signal.aborted) return;
      if (checked.ok && report.ok) return setStep({ kind: 'preview', name, read: checked.value, report: report.value });
      letGo();
      if (!report.ok) setStep({ kind: 'error', text: words.refused(name, report.error.text[lang]) });
    } catch (caught) {
      letGo();
      if (signal.aborted) return;
      setStep({ kind: 'error', text: caught instanceof NotTextError ? words.notText(name) : words.refused(name, reason(caught)) });
    } finally {
      if (checking.current === controller) checking.current = null;
    }
  }

  async function confirm(name: string, checked: R) {
    setStep({ kind: 'busy', text: words.busy });
    try {
      const result = await applyBackup(db, checked, { onProgress: (done, total) => setStep({ kind: 'busy', text: words.busy, progress: { step: 'write', done, total } }) });
      setStep(
        result.ok
          ? { kind: 'done', text: words.done(name, checked, result.value), report: result.value }
          : { kind: 'error', text: words.refused(name, result.error.text[lang]) },
      );
    } catch (caught) {
      setStep({ kind: 'error', text: words.refused(name, reason(caught)) });
    } finally {
      letGo();
    }
  }

  return {
    step,
    busy: step?.kind === 'busy',
    start,
    check,
    confirm,
    cancel: () => {
      checking.current?.abort();
      checking.current = null;
      letGo();
      setStep({ kind: 'done', text: words.cancelled, report: null });
    },
  };
}

/**
 * Where the flow shows: the passphrase, the preview with its confirm, how it is going, how it ended
 * (with the counts merged, when `countsCaption` asks for them), or why it was refused.
 */
export function ImportSteps<R extends Readable>({
  flow,
  errorTestId,
  countsCaption,
}: {
  flow: ImportFlow<R>;
  errorTestId: string;
  countsCaption?: string;
}) {
  const { step } = flow;
  return (
    <>
      {step?.kind === 'encrypted' && (
        <OpenEncryptedFile name={step.name} file={step.file} onOpened={(source) => void flow.check(step.name, source)} onCancel={flow.cancel} />
      )}
      {step?.kind === 'preview' && (
        <ImportPreview
          name={step.name}
          report={step.report}
          signed={step.read.signed}
          busy={false}
          onConfirm={() => void flow.confirm(step.name, step.read)}
          onCancel={flow.cancel}
        />
      )}
      <div role="status" aria-live="polite">
        {step?.kind === 'busy' && <p className="help">{step.text}</p>}
        {step?.kind === 'done' && (
          <p className="ds-alert notice" data-color="success">
            {step.text}
          </p>
        )}
      </div>
      {/* Outside the live region: a bar that moves hundreds of times is not read out each time. */}
      {step?.kind === 'busy' && step.progress && <CheckProgressLine progress={step.progress} />}
      {step?.kind === 'busy' && step.cancellable && <CancelCheck onCancel={flow.cancel} />}
      {step?.kind === 'error' && (
        <p role="alert" className="ds-alert form-error" data-color="danger" data-testid={errorTestId}>
          {step.text}
        </p>
      )}
      {step?.kind === 'done' && step.report && countsCaption && <ImportCounts report={step.report} caption={countsCaption} />}
    </>
  );
}

/** The step of the check under way and how far it has come, as a bar and in words. */
function CheckProgressLine({ progress }: { progress: CheckProgress }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { step, done, total } = progress;
  return <ProgressLine text={t(`import.progress.${step}`, { done: formatNumber(lang, done), total: formatNumber(lang, total) })} done={done} total={total} />;
}

function CancelCheck({ onCancel }: { onCancel: () => void }) {
  const t = useT();
  return (
    <div className="actions">
      <Button variant="tertiary" onClick={onCancel}>
        {t('import.progress.cancel')}
      </Button>
    </div>
  );
}

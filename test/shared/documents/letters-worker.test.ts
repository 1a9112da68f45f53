import { describe, expect, it } from 'vitest';
import type { AffectedPerson } from '../../../shared/documents';
import {
  sampleLetterInput as letterInputOf,
  samplePeople as peopleOf,
  sampleRecord,
} from '../../../shared/documents/sample';
import { digest } from '../incident/fixtures';
import { runLetters } from '../../../renderer/src/features/letters/runLetters';
import type { LettersWorkerLike } from '../../../renderer/src/features/letters/runLetters';
import type {
  FromLettersWorker,
  LettersJob,
  ToLettersWorker,
} from '../../../renderer/src/workers/letters.protocol';
import { serveLetters } from '../../../renderer/src/workers/lettersService';
import { firstOutOfOrder, flatText, shippedFonts } from './pdf';

// The letters worker's protocol, run in-process: the page starts a job, hears progress and
// letters, and can cancel. The Web Worker entry is these same two functions joined by postMessage.

const fonts = shippedFonts();
const sample = await sampleRecord(digest);
const sampleLetterInput = letterInputOf(sample);
const samplePeople = peopleOf(sample);
const people: AffectedPerson[] = Array.from({ length: 6 }, (_, i) => ({
  ...samplePeople[i % 3]!,
  id: `p${i}`,
}));

/** A worker whose other end runs serveLetters in this process; messages are delivered asynchronously. */
function inProcessWorker(
  clock = { now: () => 0, yieldControl: () => new Promise<void>((r) => setImmediate(r)) },
): LettersWorkerLike & { terminated: boolean } {
  const toPage: ((event: { data: FromLettersWorker }) => void)[] = [];
  const toWorker: ((event: { data: ToLettersWorker }) => void)[] = [];
  serveLetters(
    {
      postMessage: (message) => queueMicrotask(() => toPage.forEach((l) => l({ data: message }))),
      addEventListener: (_type, listener) => toWorker.push(listener),
    },
    clock,
  );
  const worker = {
    terminated: false,
    postMessage: (message: ToLettersWorker) =>
      setImmediate(() => toWorker.forEach((l) => l({ data: message }))),
    addEventListener: (type: 'message' | 'error', listener: (event: never) => void) => {
      if (type === 'message') toPage.push(listener as (event: { data: FromLettersWorker }) => void);
    },
    terminate: () => {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('making letters in the worker', () => {
  it('sends each person’s PDF as it is made, then says it is done', async () => {
    const letters: { index: number; personId: string; fileName: string }[] = [];
    const progress: number[] = [];
    const worker = inProcessWorker();
    const job: LettersJob = { mode: 'per-person', input: sampleLetterInput, people, fonts };
    const run = runLetters(
      job,
      {
        onLetter: (l) => letters.push({ index: l.index, personId: l.personId, fileName: l.fileName }),
        onProgress: (done) => progress.push(done),
      },
      () => worker,
    );
    const result = await run.result;
    expect(result).toEqual({ status: 'done', count: 6, printFile: null });
    expect(letters.map((l) => l.personId)).toEqual(people.map((p) => p.id));
    expect(letters[1]!.fileName).toBe('AVV-2026-003-0002-lukasz-overgard.pdf');
    expect(progress.at(-1)).toBe(6);
    expect(worker.terminated).toBe(true);
  });

  it('returns one print file with every letter in it, in order', async () => {
    const progress: number[] = [];
    const run = runLetters(
      { mode: 'print-file', input: sampleLetterInput, people: people.slice(0, 5), fonts },
      { onProgress: (done) => progress.push(done) },
      () => inProcessWorker(),
    );
    const result = await run.result;
    if (result.status !== 'done') throw new Error(result.status);
    expect(result.count).toBe(5);
    expect(progress.at(-1)).toBe(5);
    const text = flatText(result.printFile!);
    expect(
      firstOutOfOrder(text, [
        'Hei Máret Čuovga,',
        'Dear Łukasz Øvergård,',
        'Hei Åse Ŋuolja-Šandor,',
        'Hei Máret Čuovga,',
        'Dear Łukasz Øvergård,',
      ]),
    ).toBeNull();
    expect(text).toContain('AVV-2026-003/0005');
  });

  it('stops when cancelled, between letters, and says how far it got', async () => {
    let t = 0;
    // Every letter "takes" 50 ms, so the worker yields after each one and sees the cancel.
    const worker = inProcessWorker({
      now: () => (t += 50),
      yieldControl: () => new Promise<void>((r) => setImmediate(r)),
    });
    const many: AffectedPerson[] = Array.from({ length: 200 }, (_, i) => ({
      ...samplePeople[0]!,
      id: `q${i}`,
    }));
    let cancelled = false;
    const run = runLetters(
      { mode: 'per-person', input: sampleLetterInput, people: many, fonts },
      {
        onLetter: () => {
          if (!cancelled) {
            cancelled = true;
            run.cancel();
          }
        },
      },
      () => worker,
    );
    const result = await run.result;
    expect(result.status).toBe('cancelled');
    expect((result as { done: number }).done).toBeLessThan(10);
  });

  it('reports an error it cannot recover from as a message, not a crash', async () => {
    const run = runLetters(
      { mode: 'per-person', input: { ...sampleLetterInput, now: 'not a date' }, people, fonts },
      {},
      () => inProcessWorker(),
    );
    const result = await run.result;
    expect(result.status).toBe('error');
    expect((result as { message: string }).message).toMatch(/not a valid instant/);
  });
});

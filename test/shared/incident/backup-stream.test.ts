import { describe, expect, it } from 'vitest';
import { parseBackup, type Tables } from '../../../shared/incident/backup';
import { checkBackupStream, type StreamedCheck } from '../../../shared/incident/backup/stream';
import { SETTINGS_HISTORY_ID } from '../../../shared/incident/events';
import type { SharedVerifier } from '../../../shared/chain';
import { backupText, meta, sample, unreplayable, writtenAsIs } from './backup-fixtures';
import { digest, Recorder, verify } from './fixtures';

// A backup of format 2 checked as it is read, one history at a time: the same verdicts as the
// whole-file reading, without holding the file.

function verdict(checked: StreamedCheck) {
  if (checked.whole) throw new Error('expected the file to be checked as a stream');
  return checked.result;
}

async function streamedRefusal(text: string) {
  const result = verdict(await checkBackupStream(text, digest, verify));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

/** The tables as the writer orders them. */
async function readBack(tables: Tables): Promise<Tables> {
  return JSON.parse(await backupText(tables)).tables as Tables;
}

describe('a backup checked as it is read', () => {
  it('accepts the file it wrote, counting what it holds and a digest for every unit', async () => {
    const { tables, text } = await sample();
    const result = verdict(await checkBackupStream(text, digest, verify));
    if (!result.ok) throw new Error(result.error.detail ?? result.error.code);
    const histories = new Set(tables.events.map((e) => e.incidentId)).size;
    expect(result.value.counts).toMatchObject({ events: tables.events.length, subjects: tables.subjects.length, histories });
    // The keys, the heads, one unit per history, the people in one, the files (none here).
    expect(result.value.units).toHaveLength(2 + histories + 1);
    expect(result.value.header).toMatchObject({ formatVersion: 2, installationId: meta.installationId });
  });

  it('names the people the file erased', async () => {
    const { tables } = await sample();
    const erasure = tables.events.filter((e) => e.kind === 'subjects-erased');
    const result = verdict(await checkBackupStream(await backupText(tables), digest, verify));
    expect(result.ok && result.value.erased).toEqual(erasure.flatMap((e) => (e.kind === 'subjects-erased' ? e.payload.subjectIds : [])));
  });

  it.each<[string, (tables: Tables) => Promise<Partial<Tables>>, string]>([
    ['an event changed, every hash recomputed', async (t) => ({ events: t.events.map((e) => (e.kind === 'delay-explained' ? { ...e, payload: { reason: 'Noe annet' } } : e)) }), 'broken-chain'],
    ['an event deleted', async (t) => ({ events: t.events.filter((e) => e.kind !== 'decision-recorded') }), 'broken-chain'],
    ['a whole history deleted, its heads left', async (t) => ({ events: t.events.filter((e) => e.incidentId !== SETTINGS_HISTORY_ID) }), 'broken-chain'],
    ['a history with no heads', async (t) => ({ heads: t.heads.filter((h) => h.id !== SETTINGS_HISTORY_ID) }), 'broken-chain'],
    ['a person of the wrong shape', async (t) => ({ subjects: [{ ...t.subjects[0]!, createdAt: 'i går' }, ...t.subjects.slice(1)] }), 'invalid-record'],
    ['a person of no incident in the file', async (t) => ({ subjects: [...t.subjects, { ...t.subjects[0]!, id: 'stranger', incidentId: 'no-such-incident' }] }), 'dangling-reference'],
    ['the same person twice', async (t) => ({ subjects: [...t.subjects, t.subjects[0]!] }), 'duplicate-id'],
    ['a copied signature', async (t) => ({ events: t.events.map((e, i) => (i === 1 ? { ...e, sig: t.events[0]!.sig } : e)) }), 'bad-signature'],
    ['a history that cannot be replayed', async (t) => {
      const { events, heads, installations } = await unreplayable(t);
      return { events: [...t.events, ...events], heads, installations };
    }, 'broken-chain'],
  ])('refuses %s, as the whole reading does', async (_name, spoil, code) => {
    const { tables } = await sample();
    const text = await backupText({ ...tables, ...(await spoil(tables)) });
    const whole = await parseBackup(text, digest, verify);
    expect(!whole.ok && whole.error.code).toBe(code);
    expect((await streamedRefusal(text)).code).toBe(code);
  });

  it('refuses a file signed by someone else under the maker’s name', async () => {
    const { tables } = await sample();
    const edited = { ...tables, subjects: tables.subjects.map((s) => ({ ...s, email: 'svindel@example.com' })) };
    expect(await streamedRefusal(await backupText(edited, new Recorder('installation-forger')))).toMatchObject({ code: 'bad-signature', detail: 'the file' });
  });

  it('names the failure that comes first in the documented order, wherever it is in the file', async () => {
    const { tables } = await sample();
    const { events: added, heads, installations } = await unreplayable(tables);
    // A forged signature early, a history that cannot be replayed, and a person of the wrong shape at the end.
    const events = [...tables.events.map((e, i) => (i === 1 ? { ...e, sig: tables.events[0]!.sig } : e)), ...added];
    const subjects = [...tables.subjects.slice(1), { ...tables.subjects[0]!, createdAt: 'i går' }];
    const text = await backupText({ ...tables, events, heads, installations, subjects });
    expect((await streamedRefusal(text)).code).toBe('invalid-record');
    expect((await streamedRefusal(await backupText({ ...tables, events, heads, installations }))).code).toBe('bad-signature');
  });

  it('refuses the tables out of their order, and a history whose events are not together, read whole or not', async () => {
    const { tables } = await sample();
    const { installations, heads, events, subjects, attachmentFiles } = tables;
    const moved = await writtenAsIs({ heads, installations, events, subjects, attachmentFiles }, 2);
    expect(await streamedRefusal(moved)).toMatchObject({ code: 'invalid-record', detail: 'tables: heads' });
    const whole = await parseBackup(moved, digest, verify);
    expect(!whole.ok && whole.error).toMatchObject({ code: 'invalid-record', detail: 'tables: heads' });
    // The first event (its history's first) moved to the end: its history is in two places.
    const [first, ...rest] = (await readBack(tables)).events;
    const scattered = await writtenAsIs({ installations, heads, events: [...rest, first!], subjects, attachmentFiles }, 2);
    const detail = `events: the events of ${first!.incidentId} are not together`;
    expect(await streamedRefusal(scattered)).toMatchObject({ code: 'invalid-record', detail });
    const read = await parseBackup(scattered, digest, verify);
    expect(!read.ok && read.error).toMatchObject({ code: 'invalid-record', detail });
  });

  it('leaves an older file, or one not in the line layout, to the whole reading', async () => {
    const { text } = await sample();
    expect((await checkBackupStream(JSON.stringify(JSON.parse(text), null, 2), digest, verify)).whole).toBe(true);
    expect((await checkBackupStream(text.replace('"formatVersion":2', '"formatVersion":1'), digest, verify)).whole).toBe(true);
  });

  it('refuses a file that ends early as truncated, and one from a newer Avvik as such', async () => {
    const { text } = await sample();
    expect((await streamedRefusal(text.slice(0, text.length - 300))).code).toBe('truncated');
    expect((await streamedRefusal(text.replace('"formatVersion":2', '"formatVersion":3'))).code).toBe('newer-version');
  });

  it('stops reading while too many signatures wait for their verdict, and goes on when they come', async () => {
    const { text } = await sample();
    const lines = text.split(/(?<=\n)/);
    const eventsStart = lines.indexOf('"events":[\n');
    const eventsEnd = lines.indexOf('],\n', eventsStart);
    const histories = new Set(lines.slice(eventsStart + 1, eventsEnd).map((line) => (JSON.parse(line.replace(/,\n$/, '')) as { incidentId: string }).incidentId));
    expect(histories.size).toBeGreaterThan(3);
    const settle = async () => {
      for (let i = 0; i < 100; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    };
    /** How far the check reads while no event's verdict comes, holding at most `pendingEvents` waiting. */
    async function readWhileHeld(pendingEvents: number) {
      let read = 0;
      async function* source() {
        for (const line of lines) {
          read++;
          yield line;
        }
      }
      const held: (() => void)[] = [];
      const slow: SharedVerifier = {
        verify: (...args) => new Promise((resolve) => held.push(() => void verify(...args).then(resolve))),
        lend: () => Promise.resolve(),
        pause: () => Promise.resolve(),
      };
      const checking = checkBackupStream(source(), digest, slow, undefined, { pendingEvents });
      // The keys' own signatures and the file's are verified before any event is read.
      while (read <= eventsStart + 1) {
        held.splice(0).forEach((release) => release());
        await settle();
      }
      await settle();
      const stalledAt = read;
      const releasing = setInterval(() => held.splice(0).forEach((release) => release()), 1);
      const result = verdict(await checking);
      clearInterval(releasing);
      expect(result.ok).toBe(true);
      expect(read).toBe(lines.length);
      return stalledAt;
    }
    // Stopped inside the events, with the first histories read and the rest not.
    const stalled = await readWhileHeld(3);
    expect(stalled).toBeGreaterThan(eventsStart + 1);
    expect(stalled).toBeLessThan(eventsEnd);
    expect(await readWhileHeld(1_000_000)).toBe(lines.length);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from '../../../shared/canonical';
import { eventHash } from '../../../shared/chain';
import { parseBackup, serializeBackup, tableDigest, type ImportFailureCode, type Tables } from '../../../shared/incident/backup';
import { checkBackupStream } from '../../../shared/incident/backup/stream';
import { SETTINGS_HISTORY_ID } from '../../../shared/incident/events';
import { replaySettings } from '../../../shared/incident/project';
import { defaultSettings } from '../../../shared/incident/settings';
import { changeSettings } from '../../../shared/incident/settings-changes';
import { backupText, historyOf, meta, sample, unreplayable, writtenAsIs } from './backup-fixtures';
import { digest, Recorder, sampleRecord, verify } from './fixtures';

/**
 * Why the file is refused. A file in the line layout is also checked as a stream, history by
 * history (stream.ts), which must refuse it for the same reason.
 */
async function refusal(text: string): Promise<ImportFailureCode> {
  const result = await parseBackup(text, digest, verify);
  if (result.ok) throw new Error('expected the backup to be refused');
  expect(result.error.text.nb).toContain('Ingenting er endret');
  expect(result.error.text.en).toContain('Nothing in the database was changed');
  const streamed = await checkBackupStream(text, digest, verify);
  if (!streamed.whole) expect(streamed.result.ok || streamed.result.error.code).toBe(result.error.code);
  return result.error.code;
}

/** Edits the parsed file and writes it back (pretty, as a hand-editor would). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a hand edit reaches anywhere in the file
function edited(text: string, edit: (file: Record<string, any>) => void): string {
  const file = JSON.parse(text);
  edit(file);
  return JSON.stringify(file, null, 2);
}

describe('a backup file', () => {
  it('round-trips without losing anything', async () => {
    const { tables, text } = await sample();
    const result = await parseBackup(text, digest, verify);
    const read = historyOf(result);
    const byId = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    for (const name of Object.keys(tables) as (keyof Tables)[]) expect(byId(read[name])).toEqual(byId(tables[name]));
    expect(result.ok && result.value.header).toMatchObject({ schemaVersion: 3, formatVersion: 2, reason: 'user' });
  });

  it('holds the keys and heads before the events, and each history\'s events together and in chain order', async () => {
    const { text } = await sample();
    const file = JSON.parse(text);
    expect(Object.keys(file.tables)).toEqual(['installations', 'heads', 'events', 'subjects', 'attachmentFiles']);
    const events = file.tables.events as { incidentId: string; installationId: string; seq: number }[];
    expect(new Set(events.map((e) => e.incidentId)).size).toBeGreaterThan(1);
    const finished = new Set<string>();
    events.forEach((event, i) => {
      const previous = events[i - 1];
      if (previous && previous.incidentId !== event.incidentId) finished.add(previous.incidentId);
      expect(finished.has(event.incidentId)).toBe(false);
      if (previous?.incidentId === event.incidentId && previous.installationId === event.installationId) expect(event.seq).toBe(previous.seq + 1);
    });
  });

  it('still reads a file of format version 1, its events in the order of their ids', async () => {
    const { tables } = await sample();
    const order = (rows: readonly { id: string }[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const names = ['events', 'heads', 'installations', 'subjects', 'attachmentFiles'] as const;
    const v1 = await writtenAsIs(Object.fromEntries(names.map((name) => [name, order(tables[name])])), 1);
    const read = historyOf(await parseBackup(v1, digest, verify));
    expect(read.events).toEqual(order(tables.events));
  });

  it('is deterministic: the same record gives the same file', async () => {
    const { tables, text } = await sample();
    const shuffled = { ...tables, events: [...tables.events].reverse() };
    expect(await backupText(shuffled)).toBe(text);
  });

  it('keeps one record per line, readable and valid JSON', async () => {
    const { tables, text } = await sample();
    expect(text.split('\n').length).toBeGreaterThan(tables.events.length);
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it('survives being reformatted by an editor: hashes are over the canonical form', async () => {
    const { text } = await sample();
    expect((await parseBackup(JSON.stringify(JSON.parse(text), null, 4), digest, verify)).ok).toBe(true);
  });

  it('refuses a truncated file', async () => {
    const { text } = await sample();
    expect(await refusal(text.slice(0, Math.floor(text.length * 0.6)))).toBe('truncated');
  });

  it('refuses a file that is not JSON', async () => {
    expect(await refusal('Dette er ikke JSON')).toBe('malformed');
  });

  it('refuses JSON that is not an Avvik backup', async () => {
    expect(await refusal('{"hello":"world"}')).toBe('not-a-backup');
    expect(await refusal('[1,2,3]')).toBe('not-a-backup');
  });

  it('refuses a file from a newer Avvik and says to update', async () => {
    const { text } = await sample();
    expect(await refusal(edited(text, (f) => (f.schemaVersion = 4)))).toBe('newer-version');
    const result = await parseBackup(edited(text, (f) => (f.formatVersion = 3)), digest, verify);
    expect(!result.ok && result.error.text.en).toContain('Update Avvik');
  });

  it('refuses a version it never knew', async () => {
    const { text } = await sample();
    expect(await refusal(edited(text, (f) => (f.formatVersion = 0)))).toBe('unknown-version');
    expect(await refusal(edited(text, (f) => (f.schemaVersion = '2')))).toBe('unknown-version');
  });

  it('refuses a changed record: the manifest no longer matches', async () => {
    const { text } = await sample();
    expect(await refusal(edited(text, (f) => (f.tables.subjects[0].name = 'Endret i ettertid')))).toBe('manifest-mismatch');
    expect(await refusal(edited(text, (f) => f.tables.events.pop()))).toBe('manifest-mismatch');
  });

  it('refuses a changed event even when the forger recomputed the manifest: the chain breaks', async () => {
    const { tables } = await sample();
    const events = tables.events.map((e) => (e.kind === 'delay-explained' ? { ...e, payload: { reason: 'Noe annet' } } : e));
    expect(await refusal(await backupText({ ...tables, events }))).toBe('broken-chain');
  });

  it('refuses a deleted event even when every hash around it was recomputed', async () => {
    const { tables } = await sample();
    const victim = tables.events.find((e) => e.kind === 'decision-recorded')!;
    const events = tables.events.filter((e) => e !== victim);
    expect(await refusal(await backupText({ ...tables, events }))).toBe('broken-chain');
  });

  it('refuses the newest events cut off, against the head each incident recorded', async () => {
    const { tables } = await sample();
    const mail = tables.events.find((e) => e.kind === 'incident-created')!.incidentId;
    const last = tables.events.filter((e) => e.incidentId === mail).at(-1)!;
    expect(last.kind).toBe('closed');
    const result = await parseBackup(await backupText({ ...tables, events: tables.events.filter((e) => e !== last) }), digest, verify);
    expect(!result.ok && result.error).toMatchObject({ code: 'broken-chain', detail: expect.stringContaining(`${mail}: truncated at #${last.seq}`) });
  });

  it('refuses a record of the wrong shape, naming it', async () => {
    const { tables } = await sample();
    const bad = { ...tables, subjects: [{ ...tables.subjects[0]!, createdAt: 'i går' }, ...tables.subjects.slice(1)] };
    const result = await parseBackup(await backupText(bad), digest, verify);
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid-record', detail: expect.stringContaining('createdAt') });
  });

  it('refuses a person whose incident is not in the file', async () => {
    const { tables } = await sample();
    const bad = { ...tables, subjects: [...tables.subjects, { ...tables.subjects[0]!, id: 'stranger', incidentId: 'no-such-incident' }] };
    expect(await refusal(await backupText(bad))).toBe('dangling-reference');
  });

  it('refuses a history that does not hold together, even with every hash recomputed', async () => {
    const { tables } = await sample();
    const { events, heads, installations } = await unreplayable(tables);
    expect(await refusal(await backupText({ ...tables, events: [...tables.events, ...events], heads, installations }))).toBe('broken-chain');
  });

  it('refuses a file whose people were edited and its manifest recomputed: the maker’s signature no longer holds', async () => {
    const { tables } = await sample();
    const forger = new Recorder('installation-forger');
    const edited = { ...tables, subjects: tables.subjects.map((s) => ({ ...s, email: 'svindel@example.com' })) };
    // Signed by someone else under the maker's name: the signature is not the maker's.
    const result = await parseBackup(await backupText(edited, forger), digest, verify);
    expect(!result.ok && result.error.code).toBe('bad-signature');
    // Not signed at all.
    const unsigned = (await serializeBackup({ ...edited }, meta, digest)).join('');
    expect(await refusal(unsigned)).toBe('bad-signature');
  });

  it('refuses an event whose signature was copied from another, even with every hash recomputed', async () => {
    const { tables } = await sample();
    const [first, second] = tables.events;
    const events = tables.events.map((e) => (e === second ? { ...e, sig: first!.sig } : e));
    expect(await refusal(await backupText({ ...tables, events }))).toBe('bad-signature');
  });

  it('names a forged signature before a history that cannot be replayed, however the work is shared', async () => {
    const { tables } = await sample();
    const { events: added, heads, installations } = await unreplayable(tables);
    const [first, second] = tables.events;
    const events = [...tables.events.map((e) => (e === second ? { ...e, sig: first!.sig } : e)), ...added];
    const text = await backupText({ ...tables, events, heads, installations });
    expect(await refusal(text)).toBe('bad-signature');
    // The signatures verified beside the replays, and this thread lent at the end: the same answer.
    let lent = 0;
    const shared = { verify, lend: () => Promise.resolve(void lent++), pause: () => Promise.resolve() };
    const result = await parseBackup(text, digest, shared);
    expect(!result.ok && result.error.code).toBe('bad-signature');
    expect(lent).toBe(1);
    // Without the forged signature, the history that cannot be replayed is what is named.
    const replayOnly = await backupText({ ...tables, events: [...tables.events, ...added], heads, installations });
    expect(await refusal(replayOnly)).toBe('broken-chain');
  });

  it('refuses a key record whose self-signature does not hold', async () => {
    const { tables } = await sample();
    const other = (await new Recorder('installation-a').signedTables()).installations[0]!;
    // The maker's id with another key: neither its record nor its events' signatures hold.
    const installations = [{ ...other, sig: tables.installations[0]!.sig }];
    expect(await refusal(await backupText({ ...tables, installations }))).toBe('bad-signature');
  });

  it('refuses the same record twice', async () => {
    const { tables } = await sample();
    expect(await refusal(await backupText({ ...tables, subjects: [...tables.subjects, tables.subjects[0]!] }))).toBe('duplicate-id');
  });

  it('hashes tables in segments, so a million events never become one string', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ id: `r${i}` }));
    expect(await tableDigest(rows, digest, 3)).not.toBe(await tableDigest(rows, digest, 4));
    expect(await tableDigest(rows, digest, 3)).toBe(await tableDigest(rows, digest, 3));
  });

  it('round-trips any settings and people (property)', async () => {
    const { tables } = await sample();
    const text = fc.string({ maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(fc.record({ organisationName: text, address: text }), fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 40 }), address: fc.option(text), email: fc.option(text) }), { maxLength: 5 }), async (org, people) => {
        const r = await sampleRecord();
        await r.configure((s) => changeSettings(s, org));
        const incidentId = tables.events[0]!.incidentId;
        const subjects = people.map((p, i) => ({ ...p, id: `p${i}`, incidentId, language: 'nb' as const, createdAt: meta.exportedAt, updatedAt: meta.exportedAt }));
        const input = { ...(await r.signedTables()), subjects };
        const read = historyOf(await parseBackup(await backupText(input, r), digest, verify));
        const settings = replaySettings(read.events.filter((e) => e.incidentId === SETTINGS_HISTORY_ID), defaultSettings('here', meta.exportedAt));
        expect(canonicalJson({ organisationName: settings.organisationName, address: settings.address })).toBe(canonicalJson(org));
        expect(read.subjects).toEqual([...subjects].sort((a, b) => (a.id < b.id ? -1 : 1)));
      }),
      { numRuns: 25 },
    );
  });

  it('hashes each event over everything but its own hash', async () => {
    const { tables } = await sample();
    for (const event of tables.events) expect(await eventHash(event, digest)).toBe(event.hash);
  });
});

describe('a backup too large for one string is read as a stream', () => {
  async function* stream(chunks: string[]) {
    for (const chunk of chunks) yield chunk;
  }

  it('reads the same record from chunks as from the whole text', async () => {
    const { tables } = await sample();
    const chunks = await serializeBackup({ ...tables }, meta, digest);
    const whole = await parseBackup(chunks.join(''), digest, verify);
    const streamed = await parseBackup(stream(chunks), digest, verify);
    expect(streamed).toEqual(whole);
    // Chunk edges may fall anywhere, even inside a record.
    const text = chunks.join('');
    const odd = Array.from({ length: Math.ceil(text.length / 777) }, (_, i) => text.slice(i * 777, (i + 1) * 777));
    expect(await parseBackup(stream(odd), digest, verify)).toEqual(whole);
  });

  it('refuses a stream that ends early as truncated', async () => {
    const { text } = await sample();
    const result = await parseBackup(stream([text.slice(0, text.length - 300)]), digest, verify);
    expect(!result.ok && result.error.code).toBe('truncated');
  });

  it('refuses a streamed file that is not in Avvik’s line layout', async () => {
    const { text } = await sample();
    const result = await parseBackup(stream([JSON.stringify(JSON.parse(text), null, 2)]), digest, verify);
    expect(!result.ok && result.error.code).toBe('malformed');
  });
});

// Saving a file in pieces, on a real temporary folder: what is on disk at every step is the point.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { begin, bytes, choosing, listing, request, saverIn } from './saving';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'avvik-save-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const saver = (options: Parameters<typeof saverIn>[1] = {}) => saverIn(folder, options);
const inFolder = () => listing(folder);

describe('saving a file in pieces', () => {
  it('puts the file at the chosen path only when it is finished', async () => {
    const save = saver();
    const token = await begin(save);
    expect(await save.writePiece({ save: token, offset: 0, bytes: bytes(1, 2, 3) })).toEqual({ ok: true });
    expect(await save.writePiece({ save: token, offset: 3, bytes: bytes(4, 5) })).toEqual({ ok: true });
    expect(inFolder()).toEqual([expect.stringMatching(/^backup\.json\.avvik-[0-9a-f]{8}\.part$/)]);
    expect(await save.writePiece({ save: token, offset: 5, bytes: bytes(6) })).toEqual({ ok: true });
    expect(await save.finishSave({ save: token, complete: true })).toEqual({ ok: true, path: save.target });
    expect(inFolder()).toEqual(['backup.json']);
    expect([...readFileSync(save.target)]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(save.savesIdle()).toBe(true);
  });

  it('opens the save dialog in the documents folder with the suggested name and its type', async () => {
    const save = saver();
    await begin(save);
    expect(save.deps.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: path.join(folder, 'avvik-backup.json'),
      filters: [{ name: 'JSON', extensions: ['json'] }],
    });
  });

  it('makes nothing when the user cancels the dialog', async () => {
    const save = saver({ chosen: null });
    expect(await save.beginSave(request)).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(inFolder()).toEqual([]);
  });

  it('leaves nothing behind when the save is abandoned', async () => {
    const save = saver();
    const token = await begin(save);
    await save.writePiece({ save: token, offset: 0, bytes: bytes(1, 2) });
    expect(await save.finishSave({ save: token, complete: false })).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(inFolder()).toEqual([]);
    expect(await save.writePiece({ save: token, offset: 2, bytes: bytes(3) })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(inFolder()).toEqual([]);
  });

  it('refuses a piece out of order and ends the save with nothing left', async () => {
    const save = saver();
    const token = await begin(save);
    await save.writePiece({ save: token, offset: 0, bytes: bytes(1, 2) });
    expect(await save.writePiece({ save: token, offset: 3, bytes: bytes(4) })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(inFolder()).toEqual([]);
    expect(await save.finishSave({ save: token, complete: true })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(inFolder()).toEqual([]);
  });

  it('refuses a piece sent again (the same offset twice)', async () => {
    const save = saver();
    const token = await begin(save);
    await save.writePiece({ save: token, offset: 0, bytes: bytes(1, 2) });
    expect(await save.writePiece({ save: token, offset: 0, bytes: bytes(1, 2) })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(inFolder()).toEqual([]);
  });

  it('refuses a second piece sent before the first is written', async () => {
    const save = saver();
    const token = await begin(save);
    const first = save.writePiece({ save: token, offset: 0, bytes: bytes(1, 2) });
    const second = save.writePiece({ save: token, offset: 2, bytes: bytes(3) });
    expect(await second).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await first).toMatchObject({ ok: false });
    await vi.waitFor(() => expect(save.savesIdle()).toBe(true));
    expect(inFolder()).toEqual([]);
  });

  it('refuses a piece for a token it never handed out, and writes nothing', async () => {
    const save = saver();
    const token = '0b8f0f43-7f5e-4bb4-9a43-5d3c1b3f6a21';
    expect(await save.writePiece({ save: token, offset: 0, bytes: bytes(1) })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await save.finishSave({ save: token, complete: true })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(inFolder()).toEqual([]);
  });

  it('refuses a token once its save is finished, and another save writes only its own file', async () => {
    const first = path.join(folder, 'first.json');
    const second = path.join(folder, 'second.json');
    const save = choosing(saver(), first, second);
    const a = await begin(save);
    const b = await begin(save);
    await save.writePiece({ save: a, offset: 0, bytes: bytes(1) });
    expect(await save.finishSave({ save: a, complete: true })).toEqual({ ok: true, path: first });
    expect(await save.writePiece({ save: a, offset: 1, bytes: bytes(9) })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await save.finishSave({ save: a, complete: true })).toMatchObject({ ok: false, reason: 'invalid' });
    await save.writePiece({ save: b, offset: 0, bytes: bytes(2, 2) });
    expect(await save.finishSave({ save: b, complete: true })).toEqual({ ok: true, path: second });
    expect([...readFileSync(first)]).toEqual([1]);
    expect([...readFileSync(second)]).toEqual([2, 2]);
  });

  it('leaves a file already at the chosen path whole until the new one is finished', async () => {
    const save = saver();
    writeFileSync(save.target, 'the old backup');
    const abandoned = await begin(save);
    await save.writePiece({ save: abandoned, offset: 0, bytes: bytes(1, 2) });
    expect(readFileSync(save.target, 'utf8')).toBe('the old backup');
    await save.finishSave({ save: abandoned, complete: false });
    expect(readFileSync(save.target, 'utf8')).toBe('the old backup');
    expect(inFolder()).toEqual(['backup.json']);

    const finished = await begin(save);
    await save.writePiece({ save: finished, offset: 0, bytes: bytes(7) });
    expect(readFileSync(save.target, 'utf8')).toBe('the old backup');
    await save.finishSave({ save: finished, complete: true });
    expect([...readFileSync(save.target)]).toEqual([7]);
  });

  it('never writes over a file that has the temporary name', async () => {
    const save = saver();
    const taken = `${save.target}.avvik-00000001.part`;
    writeFileSync(taken, 'not ours');
    const token = await begin(save);
    await save.writePiece({ save: token, offset: 0, bytes: bytes(1) });
    await save.finishSave({ save: token, complete: false });
    expect(readFileSync(taken, 'utf8')).toBe('not ours');
    expect(inFolder()).toEqual([path.basename(taken)]);
  });

  it('ends the save, leaving nothing, when a piece cannot be written', async () => {
    const save = saver({
      deps: {
        createNewFile: async (filePath) => {
          const file = await open(filePath, 'wx');
          return { write: () => Promise.reject(new Error('ENOSPC: no space left on device')), sync: () => file.sync(), close: () => file.close() };
        },
      },
    });
    const token = await begin(save);
    expect(await save.writePiece({ save: token, offset: 0, bytes: bytes(1) })).toEqual({
      ok: false,
      reason: 'failed',
      message: 'ENOSPC: no space left on device',
    });
    expect(inFolder()).toEqual([]);
  });

  it('refuses to grow a file past the limit, and leaves nothing', async () => {
    const save = saver({ maxBytes: 3 });
    const token = await begin(save);
    expect(await save.writePiece({ save: token, offset: 0, bytes: bytes(1, 2) })).toEqual({ ok: true });
    expect(await save.writePiece({ save: token, offset: 2, bytes: bytes(3, 4) })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(inFolder()).toEqual([]);
  });

  it('abandons every save when the page goes away', async () => {
    const save = saver();
    const token = await begin(save);
    await save.writePiece({ save: token, offset: 0, bytes: bytes(1) });
    expect(save.savesIdle()).toBe(false);
    await save.abandonAllSaves();
    expect(inFolder()).toEqual([]);
    expect(save.savesIdle()).toBe(true);
    expect(await save.finishSave({ save: token, complete: true })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(inFolder()).toEqual([]);
  });

  it('hands out no token, and leaves nothing, when the page went away while the dialog was open', async () => {
    const save = saver();
    let answer: (choice: { canceled: boolean; filePath?: string }) => void = () => undefined;
    vi.mocked(save.deps.showSaveDialog).mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const begun = save.beginSave(request);
    await save.abandonAllSaves();
    answer({ canceled: false, filePath: save.target });
    expect(await begun).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(inFolder()).toEqual([]);
    expect(save.savesIdle()).toBe(true);
  });

  it('removes the temporary file when the finished file cannot be put in place', async () => {
    const save = saver({ deps: { rename: () => Promise.reject(new Error('EXDEV')) } });
    const token = await begin(save);
    await save.writePiece({ save: token, offset: 0, bytes: bytes(1) });
    expect(await save.finishSave({ save: token, complete: true })).toEqual({ ok: false, reason: 'failed', message: 'EXDEV' });
    expect(inFolder()).toEqual([]);
  });
});

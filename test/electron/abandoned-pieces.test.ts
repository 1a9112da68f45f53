// What a save in pieces leaves when nobody finishes it, on a real temporary folder: a save the page
// stops feeding is abandoned after a while, and what a killed process left is removed by the next
// save into that folder (only files of Avvik's own naming, and only old ones).
import { lutimesSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LEFTOVER_AFTER_MS } from '../../electron/part-files';
import { SAVE_IDLE_MS } from '../../electron/save-in-pieces';
import { begin, bytes, choosing, listing, saverIn } from './saving';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'avvik-abandoned-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(folder, { recursive: true, force: true });
});

const saver = (options: Parameters<typeof saverIn>[1] = {}) => saverIn(folder, options);
const inFolder = () => listing(folder);
const MINUTE = 60 * 1000;

describe('a save the page stops feeding', () => {
  // Only the timers are fake: the files are real, and so is the clock their times are read with.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));

  it('is abandoned after five minutes without a piece, and its temporary file removed', async () => {
    const save = saver();
    const token = await begin(save);
    await save.writePiece({ save: token, offset: 0, bytes: bytes(1, 2) });
    await vi.advanceTimersByTimeAsync(SAVE_IDLE_MS - 1000);
    expect(inFolder()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(inFolder()).toEqual([]));
    expect(save.savesIdle()).toBe(true);
    // The page that comes back is told, and nothing appears at the chosen path.
    expect(await save.writePiece({ save: token, offset: 2, bytes: bytes(3) })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await save.finishSave({ save: token, complete: true })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(inFolder()).toEqual([]);
  });

  it('is abandoned also when not one piece came after it began', async () => {
    const save = saver();
    await begin(save);
    await vi.advanceTimersByTimeAsync(SAVE_IDLE_MS);
    await vi.waitFor(() => expect(inFolder()).toEqual([]));
  });

  it('lives as long as pieces keep coming, however long the whole save takes', async () => {
    const save = saver();
    const token = await begin(save);
    for (let offset = 0; offset < 4; offset++) {
      await vi.advanceTimersByTimeAsync(SAVE_IDLE_MS - MINUTE);
      expect(await save.writePiece({ save: token, offset, bytes: bytes(offset) })).toEqual({ ok: true });
    }
    expect(await save.finishSave({ save: token, complete: true })).toEqual({ ok: true, path: save.target });
    expect([...readFileSync(save.target)]).toEqual([0, 1, 2, 3]);
  });

  it('is not cut while a piece is being written (a slow disk); the wait starts again after it', async () => {
    let release: () => void = () => undefined;
    const save = saver({
      deps: {
        createNewFile: async (filePath) => {
          const file = await open(filePath, 'wx');
          return {
            write: async (...args) => {
              await new Promise<void>((resolve) => (release = resolve));
              return file.write(...args);
            },
            sync: () => file.sync(),
            close: () => file.close(),
          };
        },
      },
    });
    const token = await begin(save);
    const writing = save.writePiece({ save: token, offset: 0, bytes: bytes(1) });
    await vi.advanceTimersByTimeAsync(SAVE_IDLE_MS * 2);
    expect(inFolder()).toHaveLength(1);
    release();
    expect(await writing).toEqual({ ok: true });
    await vi.advanceTimersByTimeAsync(SAVE_IDLE_MS - 1000);
    expect(inFolder()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(inFolder()).toEqual([]));
  });

  it('leaves a finished file alone', async () => {
    const save = saver();
    const token = await begin(save);
    await save.writePiece({ save: token, offset: 0, bytes: bytes(5) });
    await save.finishSave({ save: token, complete: true });
    await vi.advanceTimersByTimeAsync(SAVE_IDLE_MS * 2);
    expect(inFolder()).toEqual(['backup.json']);
  });
});

describe('what a killed process left in a folder', () => {
  /** A file in the folder, last changed `age` ago. */
  function lying(name: string, age: number, content = 'x'): string {
    const filePath = path.join(folder, name);
    writeFileSync(filePath, content);
    const at = (Date.now() - age) / 1000;
    utimesSync(filePath, at, at);
    return filePath;
  }

  it('is removed when a new save there begins, once it has lain unchanged for an hour', async () => {
    lying('backup.json.avvik-3f2a9c1d.part', LEFTOVER_AFTER_MS + MINUTE);
    lying('Avvik-melding AVV-2026-001.pdf.avvik-00c0ffee.part', 3 * 24 * 60 * MINUTE);
    lying('avvik-backup.json.avvik-0a1b2c3d.part', LEFTOVER_AFTER_MS - 10 * MINUTE);
    const save = saver();
    const token = await begin(save);
    await vi.waitFor(() => expect(inFolder()).toEqual(['avvik-backup.json.avvik-0a1b2c3d.part', 'backup.json.avvik-00000001.part']));
    // The new save is untouched by it.
    await save.writePiece({ save: token, offset: 0, bytes: bytes(4) });
    expect(await save.finishSave({ save: token, complete: true })).toEqual({ ok: true, path: save.target });
  });

  it('never touches a file that is not unmistakably ours, a link, a folder, or a subfolder', async () => {
    const old = LEFTOVER_AFTER_MS * 24;
    const others = [
      // Another program's partial download, and Avvik's names from before the marker.
      'film.mkv.part',
      'backup.json.3f2a9c1d.part',
      // Almost ours: seven digits, capitals, another ending, nothing before the marker.
      'backup.json.avvik-3f2a9c1.part',
      'backup.json.avvik-3F2A9C1D.part',
      'backup.json.avvik-3f2a9c1d.part.txt',
      '.avvik-3f2a9c1d.part',
    ];
    for (const name of others) lying(name, old);
    const outside = mkdtempSync(path.join(tmpdir(), 'avvik-outside-'));
    try {
      const precious = path.join(outside, 'precious.json');
      writeFileSync(precious, 'keep me');
      // The link and the folder are as old as the rest: only what they are keeps them.
      const long = (Date.now() - old) / 1000;
      symlinkSync(precious, path.join(folder, 'link.json.avvik-11111111.part'));
      lutimesSync(path.join(folder, 'link.json.avvik-11111111.part'), long, long);
      mkdirSync(path.join(folder, 'folder.avvik-22222222.part'));
      utimesSync(path.join(folder, 'folder.avvik-22222222.part'), long, long);
      mkdirSync(path.join(folder, 'sub'));
      const nested = path.join('sub', 'backup.json.avvik-33333333.part');
      lying(nested, old);
      const save = saver();
      const token = await begin(save);
      await save.finishSave({ save: token, complete: false });
      await vi.waitFor(() => expect(save.savesIdle()).toBe(true));
      expect(inFolder()).toEqual([...others, 'folder.avvik-22222222.part', 'link.json.avvik-11111111.part', 'sub'].sort());
      expect(listing(path.join(folder, 'sub'))).toEqual([path.basename(nested)]);
      expect(readFileSync(precious, 'utf8')).toBe('keep me');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it("never removes the temporary file of this process's own save still under way", async () => {
    const first = path.join(folder, 'first.json');
    const second = path.join(folder, 'second.json');
    const save = choosing(saver(), first, second);
    const a = await begin(save);
    await save.writePiece({ save: a, offset: 0, bytes: bytes(1) });
    // As if its file had lain unchanged for hours (a clock set back, a file server's clock).
    const [temporary] = inFolder();
    const long = (Date.now() - LEFTOVER_AFTER_MS * 3) / 1000;
    utimesSync(path.join(folder, temporary!), long, long);
    const b = await begin(save);
    await save.finishSave({ save: b, complete: false });
    await vi.waitFor(() => expect(inFolder()).toEqual([temporary]));
    await save.writePiece({ save: a, offset: 1, bytes: bytes(2) });
    expect(await save.finishSave({ save: a, complete: true })).toEqual({ ok: true, path: first });
    expect([...readFileSync(first)]).toEqual([1, 2]);
  });

  it('does not hold up the save when the folder cannot be listed', async () => {
    const save = saver({ deps: { listFolder: () => Promise.reject(new Error('EACCES: permission denied')) } });
    const token = await begin(save);
    await save.writePiece({ save: token, offset: 0, bytes: bytes(9) });
    expect(await save.finishSave({ save: token, complete: true })).toEqual({ ok: true, path: save.target });
  });
});

// Opening a file in pieces, on a real temporary folder.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOpeningInPieces, type OpenInPiecesDeps } from '../../electron/open-in-pieces';
import { MAX_OPENED_IN_PIECES_BYTES } from '../../shared/bridge/schemas';

let folder: string;
const openers: ReturnType<typeof createOpeningInPieces>[] = [];
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'avvik-open-'));
});
afterEach(async () => {
  await Promise.all(openers.splice(0).map((files) => files.closeAllOpened()));
  rmSync(folder, { recursive: true, force: true });
});

function opener(chosen: string | null, deps: Partial<OpenInPiecesDeps> = {}) {
  const all: OpenInPiecesDeps = {
    showOpenDialog: vi.fn(() => Promise.resolve({ canceled: chosen === null, filePaths: chosen === null ? [] : [chosen] })),
    stat: (filePath) => stat(filePath),
    openToRead: vi.fn((filePath: string) => open(filePath, 'r')),
    newToken: () => randomUUID(),
    ...deps,
  };
  const files = createOpeningInPieces(all);
  openers.push(files);
  return { deps: all, ...files };
}

function backupFile(name: string, size: number): { filePath: string; content: Buffer } {
  const filePath = path.join(folder, name);
  const content = randomBytes(size);
  writeFileSync(filePath, content);
  return { filePath, content };
}

async function begin(files: ReturnType<typeof opener>, accept = ['.json']) {
  const opened = await files.beginOpen({ accept });
  if (!opened.ok) throw new Error(opened.message);
  return opened;
}

describe('opening a file in pieces', () => {
  it('reads back exactly the bytes of the file, piece by piece', async () => {
    const { filePath, content } = backupFile('avvik-backup.json', 10_000);
    const files = opener(filePath);
    const opened = await begin(files);
    expect(opened).toMatchObject({ ok: true, name: 'avvik-backup.json', size: 10_000 });
    const pieces: Uint8Array[] = [];
    for (let offset = 0; offset < opened.size; offset += 4096) {
      const piece = await files.readPiece({ file: opened.file, offset, length: Math.min(4096, opened.size - offset) });
      if (!piece.ok) throw new Error(piece.message);
      pieces.push(piece.bytes);
    }
    expect(pieces.map((piece) => piece.byteLength)).toEqual([4096, 4096, 1808]);
    expect(Buffer.concat(pieces).equals(content)).toBe(true);
    expect(await files.finishOpen({ file: opened.file })).toEqual({ ok: true });
    expect(files.openedIdle()).toBe(true);
  });

  it('reads a piece from anywhere in the file', async () => {
    const { filePath, content } = backupFile('a.json', 100);
    const files = opener(filePath);
    const opened = await begin(files);
    const piece = await files.readPiece({ file: opened.file, offset: 90, length: 10 });
    expect(piece.ok && Buffer.from(piece.bytes).equals(content.subarray(90))).toBe(true);
  });

  it('filters the dialog to the accepted extensions', async () => {
    const files = opener(null);
    expect(await files.beginOpen({ accept: ['.json', '.age'] })).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(files.deps.showOpenDialog).toHaveBeenCalledWith({ filters: [{ name: 'JSON, AGE', extensions: ['json', 'age'] }] });
    expect(files.deps.openToRead).not.toHaveBeenCalled();
  });

  it('refuses a file of another kind typed past the filter, without opening it', async () => {
    const { filePath } = backupFile('evil.exe', 10);
    const files = opener(filePath);
    expect(await files.beginOpen({ accept: ['.json'] })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(files.deps.openToRead).not.toHaveBeenCalled();
  });

  it('refuses something that is not a file', async () => {
    const folderPath = path.join(folder, 'folder.json');
    mkdirSync(folderPath);
    const files = opener(folderPath);
    expect(await files.beginOpen({ accept: ['.json'] })).toMatchObject({ ok: false, reason: 'invalid', message: 'not a file' });
    expect(files.deps.openToRead).not.toHaveBeenCalled();
  });

  it('refuses a file larger than the limit without opening it', async () => {
    const { filePath } = backupFile('huge.json', 10);
    const files = opener(filePath, { stat: () => Promise.resolve({ isFile: () => true, size: MAX_OPENED_IN_PIECES_BYTES + 1 }) });
    expect(await files.beginOpen({ accept: ['.json'] })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(files.deps.openToRead).not.toHaveBeenCalled();
  });

  it('refuses a token after its file is closed, and one it never handed out', async () => {
    const { filePath } = backupFile('a.json', 100);
    const files = opener(filePath);
    const first = await begin(files);
    const second = await begin(files);
    await files.finishOpen({ file: first.file });
    expect(await files.readPiece({ file: first.file, offset: 0, length: 10 })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await files.finishOpen({ file: first.file })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await files.readPiece({ file: randomUUID(), offset: 0, length: 10 })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await files.readPiece({ file: second.file, offset: 0, length: 10 })).toMatchObject({ ok: true });
  });

  it('refuses a piece that runs past the size it gave', async () => {
    const { filePath } = backupFile('a.json', 100);
    const files = opener(filePath);
    const opened = await begin(files);
    expect(await files.readPiece({ file: opened.file, offset: 95, length: 10 })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await files.readPiece({ file: opened.file, offset: 100, length: 1 })).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('says so when the file was cut short after it was opened', async () => {
    const { filePath } = backupFile('a.json', 100);
    const files = opener(filePath);
    const opened = await begin(files);
    truncateSync(filePath, 50);
    expect(await files.readPiece({ file: opened.file, offset: 40, length: 20 })).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('hands out no token when the page went away while the dialog was open', async () => {
    const { filePath } = backupFile('a.json', 100);
    const files = opener(filePath);
    let answer: (choice: { canceled: boolean; filePaths: string[] }) => void = () => undefined;
    vi.mocked(files.deps.showOpenDialog).mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const begun = files.beginOpen({ accept: ['.json'] });
    await files.closeAllOpened();
    answer({ canceled: false, filePaths: [filePath] });
    expect(await begun).toMatchObject({ ok: false, reason: 'cancelled' });
    expect(files.openedIdle()).toBe(true);
  });

  it('closes every file when the page goes away', async () => {
    const { filePath } = backupFile('a.json', 100);
    const files = opener(filePath);
    const opened = await begin(files);
    expect(files.openedIdle()).toBe(false);
    await files.closeAllOpened();
    expect(files.openedIdle()).toBe(true);
    expect(await files.readPiece({ file: opened.file, offset: 0, length: 10 })).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

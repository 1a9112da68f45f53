// The desktop app's large files cross the bridge in pieces: saveBlob writes a Blob piece by piece,
// pickFile reads a picked file piece by piece into a Blob. The bridge here is a fake that keeps
// what it is given.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, FILE_PIECE_BYTES, type AvvikBridge, type BridgeFailure } from '../../shared/bridge';
import { pickFile, saveBlob } from '../../renderer/src/platform';

const MiB = 1024 * 1024;
const SAVE = '5d3c1b3f-7f5e-4bb4-9a43-0b8f0f436a21';
const FILE = '0b8f0f43-7f5e-4bb4-9a43-5d3c1b3f6a21';

/** Bytes that differ from piece to piece, so a piece out of place shows. */
function patterned(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 20)) & 0xff;
  return bytes;
}

/** -1 when equal, else where they first differ (comparing 20 MiB element by element in expect is slow). */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  if (a.byteLength !== b.byteLength) return Math.min(a.byteLength, b.byteLength);
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return i;
  return -1;
}

function desktop(file: Uint8Array = new Uint8Array()) {
  const written: Uint8Array[] = [];
  const bridge = {
    beginSave: vi.fn<AvvikBridge['beginSave']>(() => Promise.resolve({ ok: true, save: SAVE })),
    writePiece: vi.fn<AvvikBridge['writePiece']>(({ bytes }) => {
      written.push(bytes);
      return Promise.resolve({ ok: true });
    }),
    finishSave: vi.fn<AvvikBridge['finishSave']>(({ complete }) =>
      Promise.resolve(complete ? { ok: true, path: '/home/kari/avvik-backup.json' } : { ok: false, reason: 'cancelled', message: 'abandoned' }),
    ),
    saveFile: vi.fn<AvvikBridge['saveFile']>(),
    beginOpen: vi.fn<AvvikBridge['beginOpen']>(() => Promise.resolve({ ok: true, name: 'avvik-backup.json', size: file.byteLength, file: FILE })),
    readPiece: vi.fn<AvvikBridge['readPiece']>(({ offset, length }) => Promise.resolve({ ok: true, bytes: file.slice(offset, offset + length) })),
    finishOpen: vi.fn<AvvikBridge['finishOpen']>(() => Promise.resolve({ ok: true })),
    openFile: vi.fn<AvvikBridge['openFile']>(),
  };
  (globalThis as Record<string, unknown>)[BRIDGE_KEY] = bridge;
  const savedBytes = () => {
    const all = new Uint8Array(written.reduce((total, piece) => total + piece.byteLength, 0));
    let at = 0;
    for (const piece of written) {
      all.set(piece, at);
      at += piece.byteLength;
    }
    return all;
  };
  return { bridge, savedBytes };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[BRIDGE_KEY];
});

const backup = (blob: Blob) => ({ suggestedName: 'avvik-backup.json', mimeType: 'application/json' as const, blob });

describe('saving a Blob in the desktop app', () => {
  it('sends a 20 MiB Blob as pieces in order, then finishes it as complete', async () => {
    const { bridge, savedBytes } = desktop();
    const content = patterned(20 * MiB);
    expect(await saveBlob(backup(new Blob([content])))).toEqual({ ok: true, path: '/home/kari/avvik-backup.json' });
    expect(bridge.beginSave).toHaveBeenCalledWith({ suggestedName: 'avvik-backup.json', mimeType: 'application/json' });
    const calls = bridge.writePiece.mock.calls.map(([request]) => ({ save: request.save, offset: request.offset, size: request.bytes.byteLength }));
    expect(calls).toEqual([0, 1, 2, 3, 4].map((index) => ({ save: SAVE, offset: index * FILE_PIECE_BYTES, size: FILE_PIECE_BYTES })));
    expect(firstDifference(savedBytes(), content)).toBe(-1);
    expect(bridge.finishSave.mock.calls).toEqual([[{ save: SAVE, complete: true }]]);
    expect(bridge.saveFile).not.toHaveBeenCalled();
  });

  it('sends the last piece short when the Blob does not end on a whole piece', async () => {
    const { bridge, savedBytes } = desktop();
    const content = patterned(FILE_PIECE_BYTES + 10);
    await saveBlob(backup(new Blob([content])));
    expect(bridge.writePiece.mock.calls.map(([request]) => [request.offset, request.bytes.byteLength])).toEqual([
      [0, FILE_PIECE_BYTES],
      [FILE_PIECE_BYTES, 10],
    ]);
    expect(firstDifference(savedBytes(), content)).toBe(-1);
  });

  it('saves an empty Blob as an empty file', async () => {
    const { bridge } = desktop();
    expect(await saveBlob(backup(new Blob([])))).toMatchObject({ ok: true });
    expect(bridge.writePiece).not.toHaveBeenCalled();
    expect(bridge.finishSave).toHaveBeenCalledWith({ save: SAVE, complete: true });
  });

  it('writes nothing when the user cancels the dialog', async () => {
    const { bridge } = desktop();
    const cancelled: BridgeFailure = { ok: false, reason: 'cancelled', message: 'the user cancelled the dialog' };
    bridge.beginSave.mockResolvedValue(cancelled);
    expect(await saveBlob(backup(new Blob([patterned(10)])))).toEqual(cancelled);
    expect(bridge.writePiece).not.toHaveBeenCalled();
    expect(bridge.finishSave).not.toHaveBeenCalled();
  });

  it('stops at a piece the desktop refuses, abandons the save and says why', async () => {
    const { bridge } = desktop();
    const full: BridgeFailure = { ok: false, reason: 'failed', message: 'ENOSPC: no space left on device' };
    bridge.writePiece.mockResolvedValueOnce({ ok: true }).mockResolvedValueOnce(full);
    expect(await saveBlob(backup(new Blob([patterned(20 * MiB)])))).toEqual(full);
    expect(bridge.writePiece).toHaveBeenCalledTimes(2);
    expect(bridge.finishSave.mock.calls).toEqual([[{ save: SAVE, complete: false }]]);
  });

  it('abandons the save when the Blob cannot be read', async () => {
    const { bridge } = desktop();
    const unreadable = {
      size: 10 * MiB,
      slice: () => ({ arrayBuffer: () => Promise.reject(new Error('the backup could not be read')) }),
    } as unknown as Blob;
    expect(await saveBlob(backup(unreadable))).toEqual({ ok: false, reason: 'failed', message: 'the backup could not be read' });
    expect(bridge.writePiece).not.toHaveBeenCalled();
    expect(bridge.finishSave.mock.calls).toEqual([[{ save: SAVE, complete: false }]]);
  });

  it('abandons the save when a piece cannot be sent at all', async () => {
    const { bridge } = desktop();
    bridge.writePiece.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    expect(await saveBlob(backup(new Blob([patterned(10)])))).toMatchObject({ ok: false, reason: 'failed' });
    expect(bridge.finishSave.mock.calls).toEqual([[{ save: SAVE, complete: false }]]);
  });
});

describe('picking a file in the desktop app', () => {
  it('reads a 20 MiB file as pieces in order into one Blob of exactly its bytes, then closes it', async () => {
    const content = patterned(20 * MiB + 5);
    const { bridge } = desktop(content);
    const picked = await pickFile({ accept: ['.json', '.age'] });
    expect(bridge.beginOpen).toHaveBeenCalledWith({ accept: ['.json', '.age'] });
    expect(bridge.readPiece.mock.calls.map(([request]) => [request.offset, request.length])).toEqual([
      ...[0, 1, 2, 3, 4].map((index) => [index * FILE_PIECE_BYTES, FILE_PIECE_BYTES]),
      [5 * FILE_PIECE_BYTES, 5],
    ]);
    if (!picked.ok) throw new Error(picked.message);
    expect(picked.name).toBe('avvik-backup.json');
    expect(picked.file.size).toBe(content.byteLength);
    expect(firstDifference(new Uint8Array(await picked.file.arrayBuffer()), content)).toBe(-1);
    expect(bridge.finishOpen).toHaveBeenCalledWith({ file: FILE });
    expect(bridge.openFile).not.toHaveBeenCalled();
  });

  it('gives the dialog’s refusal as it is, reading nothing', async () => {
    const { bridge } = desktop();
    const refused: BridgeFailure = { ok: false, reason: 'invalid', message: 'only .json, .age files can be opened here' };
    bridge.beginOpen.mockResolvedValue(refused);
    expect(await pickFile({ accept: ['.json', '.age'] })).toEqual(refused);
    expect(bridge.readPiece).not.toHaveBeenCalled();
    expect(bridge.finishOpen).not.toHaveBeenCalled();
  });

  it('stops at a piece that cannot be read, says why and still closes the file', async () => {
    const { bridge } = desktop(patterned(10 * MiB));
    const changed: BridgeFailure = { ok: false, reason: 'failed', message: 'the file changed while it was read' };
    bridge.readPiece.mockResolvedValueOnce({ ok: true, bytes: patterned(FILE_PIECE_BYTES) }).mockResolvedValueOnce(changed);
    expect(await pickFile({ accept: ['.json'] })).toEqual(changed);
    expect(bridge.readPiece).toHaveBeenCalledTimes(2);
    expect(bridge.finishOpen).toHaveBeenCalledWith({ file: FILE });
  });

  it('refuses a piece shorter than was asked for', async () => {
    const { bridge } = desktop(patterned(100));
    bridge.readPiece.mockResolvedValueOnce({ ok: true, bytes: patterned(60) });
    expect(await pickFile({ accept: ['.json'] })).toMatchObject({ ok: false, reason: 'failed' });
    expect(bridge.finishOpen).toHaveBeenCalledWith({ file: FILE });
  });
});

import { describe, expect, it } from 'vitest';
import { FileParts } from '../../../renderer/src/db/fileParts';

// A file written into parts held as Blobs: what is read back is what was written, and a file to be
// encrypted never has its plain text in a part.

const written = ['{"tables":{\n', '"people":[\n', ...Array.from({ length: 40 }, (_, i) => `{"id":"p${i}","name":"Åse Kvernmo ${i} – 😀"},\n`), ']}}\n'];
const text = written.join('');

async function readBack(parts: FileParts, stored: Blob[]): Promise<string> {
  const decoder = new TextDecoder();
  let read = '';
  for (const part of stored) read += decoder.decode(await parts.read(part), { stream: true });
  return read + decoder.decode();
}

describe('a file written into parts', () => {
  it.each([
    ['kept as written', () => Promise.resolve(FileParts.plain(100))],
    ['sealed', () => FileParts.sealed(100)],
  ])('reads back what was written, part by part (%s)', async (_kind, make) => {
    const parts = await make();
    written.forEach(parts.add);
    const stored = await parts.end();
    // About 100 characters a part: the file is in many.
    expect(stored.length).toBeGreaterThan(10);
    expect(await readBack(parts, stored)).toBe(text);
    expect(parts.size).toBe(new TextEncoder().encode(text).length);
  });

  it('keeps no plain text in a sealed part, and another key cannot open it', async () => {
    const parts = await FileParts.sealed(100);
    written.forEach(parts.add);
    const stored = await parts.end();
    const raw = new TextDecoder().decode(new Uint8Array(await new Blob(stored).arrayBuffer()));
    expect(raw).not.toContain('Kvernmo');
    expect(raw).not.toContain('"id"');
    const other = await FileParts.sealed(100);
    await expect(other.read(stored[0]!)).rejects.toThrow();
  });
});

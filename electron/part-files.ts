// The temporary file of a save in pieces lies beside the file it will become, named for it and for
// Avvik: "<chosen name>.avvik-<8 hex digits>.part". A main process that was killed, or a machine
// that lost power, in the middle of a save leaves one behind, and nothing else would ever remove
// it. When a new save begins in a folder, the leftovers there are removed: only files named exactly
// so, plain files (never a link or a folder), and only once nobody can still be writing them.

import path from 'node:path';

const OURS = /^.+\.avvik-[0-9a-f]{8}\.part$/;

/**
 * How long a temporary file must have lain unchanged to be a leftover. A save that is alive writes
 * a piece at least every few minutes or is abandoned (SAVE_IDLE_MS in save-in-pieces.ts), in this
 * Avvik and in one on another machine saving into the same shared folder; an hour leaves room for
 * that and for a file server whose clock differs from this machine's by some minutes.
 */
export const LEFTOVER_AFTER_MS = 60 * 60 * 1000;

/** The temporary name for a save to `target`; `token` is a UUID, whose first eight hex digits go into it. */
export function temporaryName(target: string, token: string): string {
  return `${target}.avvik-${token.slice(0, 8).toLowerCase()}.part`;
}

/** Whether a file name is one temporaryName makes. */
export function isOurTemporary(name: string): boolean {
  return OURS.test(name);
}

export interface LeftoverDeps {
  listFolder(folder: string): Promise<string[]>;
  /** What is at a path, without following a link (lstat). */
  fileInfo(filePath: string): Promise<{ isFile(): boolean; mtimeMs: number }>;
  removeFile(filePath: string): Promise<void>;
  /** The time now, in ms since the epoch. */
  now(): number;
}

/**
 * Removes the leftover temporary files in `folder` (not in its subfolders), except those `inUse`
 * names; answers the paths removed. A file that cannot be looked at or removed is left alone: it
 * is no worse off than before, and the save that began does not depend on it.
 */
export async function removeLeftovers(folder: string, deps: LeftoverDeps, inUse: (filePath: string) => boolean): Promise<string[]> {
  let names: string[];
  try {
    names = await deps.listFolder(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter(isOurTemporary)) {
    const filePath = path.join(folder, name);
    if (inUse(filePath)) continue;
    try {
      const info = await deps.fileInfo(filePath);
      if (!info.isFile() || deps.now() - info.mtimeMs < LEFTOVER_AFTER_MS) continue;
      await deps.removeFile(filePath);
      removed.push(filePath);
    } catch {
      // Gone already, or not ours to touch (permissions): left as it is.
    }
  }
  return removed;
}

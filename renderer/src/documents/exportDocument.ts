import type { SaveMimeType } from '../../../shared/bridge';
import type { AvvikDb } from '../db/database';
import { recordDocumentExport, type WriteContext } from '../db/repository';
import { saveFile } from '../platform';

// A document leaves the app: saved where the user chooses (or downloaded), and, when it belongs to
// an incident, recorded in that incident's timeline with its SHA-256, so the copy sent can be
// proven later.

export type ExportOutcome =
  | { ok: true; name: string; path: string; sha256: string | null }
  | { ok: false; cancelled: boolean; message: string };

export interface DocumentToExport {
  name: string;
  bytes: Uint8Array;
  mimeType: SaveMimeType;
  /** Recorded in this incident's timeline as `documentKind`. */
  incident?: { id: string; documentKind: string };
}

export async function exportDocument(
  db: AvvikDb,
  document: DocumentToExport,
  ctx: WriteContext,
): Promise<ExportOutcome> {
  const saved = await saveFile({
    suggestedName: document.name,
    mimeType: document.mimeType,
    bytes: document.bytes,
  });
  if (!saved.ok) return { ok: false, cancelled: saved.reason === 'cancelled', message: saved.message };
  let sha256: string | null = null;
  if (document.incident) {
    const recorded = await recordDocumentExport(
      db,
      document.incident.id,
      { documentKind: document.incident.documentKind, name: document.name, bytes: document.bytes },
      ctx,
    );
    sha256 = recorded.sha256;
  }
  return { ok: true, name: document.name, path: saved.path, sha256 };
}

/**
 * The saved document, or null when the user cancelled the save; a failure is thrown with its
 * message, for useExport to word.
 */
export function savedOrCancelled(outcome: ExportOutcome): Extract<ExportOutcome, { ok: true }> | null {
  if (outcome.ok) return outcome;
  if (outcome.cancelled) return null;
  throw new Error(outcome.message);
}

/** "AVV-2026-007-melding-datatilsynet-nb.pdf": ASCII only, safe on every file system. */
export function documentFileName(ref: string, kind: string, lang?: string, extension = 'pdf'): string {
  return `${ref}-${kind}${lang ? `-${lang}` : ''}.${extension}`;
}

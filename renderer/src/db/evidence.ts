import type { AvvikDb } from './database';
import type { Digest } from '../../../shared/chain';
import type { ImportResult } from '../../../shared/incident/backup/errors';
import { buildEvidenceBundle, parseEvidenceBundle, type EvidenceDocument, type VerifiedDocument } from '../../../shared/incident/backup/evidence';
import { RecordError } from '../../../shared/incident/errors';
import { asHistory, type ImportReport } from './backup';
import { attachmentFileRecord } from './backupWrite';
import { applyBackup, restorableTables, type Restorable } from './restore';
import { ownProfile } from '../../../shared/incident/settings';
import { ensureInstallationKey, webSign, webVerify } from './keys';
import { recordDocumentExport } from './repository/actions';
import { ensureSettings } from './repository/settings';
import { incidentTimeline } from './repository/queries';
import type { WriteContext } from './repository/write';

// The evidence bundle of one incident (docs/evidence-bundle.md): for an auditor or Datatilsynet,
// and importable into another Avvik. Exporting it is itself recorded in the incident's timeline.

export interface EvidenceExport {
  name: string;
  text: string;
  sha256: string;
}

export async function exportEvidenceBundle(
  db: AvvikDb,
  incidentId: string,
  documents: readonly EvidenceDocument[],
  ctx: WriteContext & { includeSubjects?: boolean; appVersion?: string; encrypted?: boolean },
): Promise<EvidenceExport> {
  const digest: Digest = ctx.digest ?? db.deps.digest;
  const settings = await ensureSettings(db, ctx);
  const incident = await db.incidents.get(incidentId);
  if (!incident) throw new RecordError('incident-missing', {}, incidentId);
  const key = await ensureInstallationKey(db, settings.installationId, ctx.now, digest);
  const events = await incidentTimeline(db, incidentId);
  const text = await buildEvidenceBundle(
    {
      incident,
      events,
      notifications: await db.notifications.where('incidentId').equals(incidentId).toArray(),
      subjects: ctx.includeSubjects ? await db.subjects.where('incidentId').equals(incidentId).toArray() : null,
      attachmentFiles: (await db.attachmentFiles.where('incidentId').equals(incidentId).toArray()).map(attachmentFileRecord),
      // The keys that signed this incident's history and the bundle, so anyone holding it can check them.
      installations: (await db.installations.toArray()).filter(
        (record) => record.id === settings.installationId || events.some((event) => event.installationId === record.id),
      ),
      documents: [...documents],
      exportedAt: ctx.now.toISOString(),
      exportedBy: ctx.actor || ownProfile(settings).name,
      installationId: settings.installationId,
      appVersion: ctx.appVersion ?? db.deps.appVersion,
    },
    digest,
    webSign(key.privateKey),
  );
  // Encrypted, the file sent is the bundle inside an age file: the history names that file, and the
  // hash is of the bundle itself, which is what a recipient checks once they have opened it.
  const name = `${incident.ref}-evidence-${ctx.now.toISOString().slice(0, 10)}.json${ctx.encrypted ? '.age' : ''}`;
  const bytes = new TextEncoder().encode(text);
  const { sha256 } = await recordDocumentExport(db, incidentId, { documentKind: 'evidence-bundle', name, bytes }, ctx);
  return { name, text, sha256 };
}

/** A bundle read and checked whole, as history, with its verified PDFs: ready to preview, then merge. */
export interface ReadEvidence extends Restorable {
  documents: VerifiedDocument[];
  exportedBy: string;
  exportedAt: string;
}

/** Reads and checks the whole bundle, nothing written. */
export async function readEvidenceBundle(
  db: AvvikDb,
  text: string,
  options: { digest?: Digest; now?: Date; newId?: () => string } = {},
): Promise<ImportResult<ReadEvidence>> {
  const digest = options.digest ?? db.deps.digest;
  const parsed = await parseEvidenceBundle(text, digest, webVerify);
  if (!parsed.ok) return parsed;
  const { tables, keptLocal } = await asHistory(db, parsed.value.content, { now: options.now ?? db.deps.now(), newId: options.newId, digest });
  const { documents, exportedBy, exportedAt } = parsed.value;
  return { ok: true, value: { ...restorableTables(tables, keptLocal, parsed.value.content.kind === 'history'), documents, exportedBy, exportedAt } };
}

/** Checks the whole bundle, then merges its incident; the verified PDFs are handed back to be saved. */
export async function importEvidenceBundle(
  db: AvvikDb,
  text: string,
  options: { digest?: Digest; now?: Date; newId?: () => string } = {},
): Promise<ImportResult<{ summary: ImportReport; documents: VerifiedDocument[] }>> {
  const read = await readEvidenceBundle(db, text, options);
  if (!read.ok) return read;
  const merged = await applyBackup(db, read.value);
  if (!merged.ok) return merged;
  return { ok: true, value: { summary: merged.value, documents: read.value.documents } };
}

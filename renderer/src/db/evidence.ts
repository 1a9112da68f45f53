import type { AvvikDb } from './database';
import type { Digest } from '../../../shared/chain';
import type { ImportResult } from '../../../shared/incident/backup/errors';
import { buildEvidenceBundle, parseEvidenceBundle, type EvidenceDocument, type VerifiedDocument } from '../../../shared/incident/backup/evidence';
import { RecordError } from '../../../shared/incident/errors';
import { asHistory, mergeHistory, readAllTables, type ImportSummary } from './backup';
import { ownProfile } from '../../../shared/incident/settings';
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
  ctx: WriteContext & { includeSubjects?: boolean; appVersion?: string },
): Promise<EvidenceExport> {
  const digest: Digest = ctx.digest ?? db.deps.digest;
  const settings = await ensureSettings(db, ctx);
  const incident = await db.incidents.get(incidentId);
  if (!incident) throw new RecordError('not-found', { nb: 'Fant ikke hendelsen.', en: 'The incident was not found.' }, incidentId);
  const text = await buildEvidenceBundle(
    {
      incident,
      events: await incidentTimeline(db, incidentId),
      notifications: await db.notifications.where('incidentId').equals(incidentId).toArray(),
      subjects: ctx.includeSubjects ? await db.subjects.where('incidentId').equals(incidentId).toArray() : null,
      attachmentFiles: (await readAllTables(db, digest)).attachmentFiles.filter((file) => file.incidentId === incidentId),
      documents: [...documents],
      exportedAt: ctx.now.toISOString(),
      exportedBy: ctx.actor || ownProfile(settings).name,
      installationId: settings.installationId,
      appVersion: ctx.appVersion ?? db.deps.appVersion,
    },
    digest,
  );
  const name = `${incident.ref}-evidence-${ctx.now.toISOString().slice(0, 10)}.json`;
  const bytes = new TextEncoder().encode(text);
  const { sha256 } = await recordDocumentExport(db, incidentId, { documentKind: 'evidence-bundle', name, bytes }, ctx);
  return { name, text, sha256 };
}

/** Checks the whole bundle, then merges its incident; the verified PDFs are handed back to be saved. */
export async function importEvidenceBundle(
  db: AvvikDb,
  text: string,
  options: { digest?: Digest; now?: Date; newId?: () => string } = {},
): Promise<ImportResult<{ summary: ImportSummary; documents: VerifiedDocument[] }>> {
  const digest = options.digest ?? db.deps.digest;
  const parsed = await parseEvidenceBundle(text, digest);
  if (!parsed.ok) return parsed;
  const { tables, keptLocal } = await asHistory(db, parsed.value.content, { now: options.now ?? db.deps.now(), newId: options.newId, digest });
  const merged = await mergeHistory(db, tables);
  if (!merged.ok) return merged;
  merged.value.incidents.skipped += keptLocal;
  return { ok: true, value: { summary: merged.value, documents: parsed.value.documents } };
}

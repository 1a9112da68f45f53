import { z } from 'zod';
import { canonicalJson } from '../../canonical';
import { sha256OfBytes, sha256OfText, SHA256_HEX, utf8Bytes, type Digest } from '../../chain/digest';
import { checkHash, signHash, SIGNATURE_B64, type Sign, type VerifySignature } from '../../chain/sign';
import { installationRecordSchema, type InstallationRecord } from '../installations';
import { timelineEventSchema, type TimelineEvent } from '../events';
import { incidentSchema, isoInstant, recordId, type Incident } from '../model';
import { notificationSchema, type Notification } from '../notifications';
import { subjectSchema, type Subject } from '../subjects';
import { fromBase64, toBase64 } from '../../chain/base64';
import type { IncidentRecord } from '../project';
import { verifyIncidentHistory } from '../verify';
import { findBrokenChain, findDanglingReference, findDuplicateId, hashed, isObject, parseJson, validateRecords } from './checks';
import { importFailure, type ImportResult } from './errors';
import { SCHEMA_VERSION, attachmentFileRecordSchema, emptyLegacyTables, type AttachmentFileRecord, type LegacyTables, type Tables } from './format';
import { findHistoryInconsistency, type BackupContent } from './parse';

// The evidence bundle (docs/evidence-bundle.md): one incident's record, its generated PDFs and a
// manifest of SHA-256 hashes, in ONE JSON file an auditor or Datatilsynet can check, and another
// Avvik can import. Art. 33(5): the documentation "shall enable the supervisory authority to verify
// compliance".

export const EVIDENCE_FORMAT = 'avvik-evidence';
export const EVIDENCE_FORMAT_VERSION = 1;

export interface EvidenceDocument {
  name: string;
  bytes: Uint8Array;
}

export interface EvidenceInput {
  incident: Incident;
  events: TimelineEvent[];
  notifications: Notification[];
  /** The people affected: personal data, so left out unless asked for (Art. 5(1)(c)). */
  subjects: Subject[] | null;
  /** The files attached to the incident. */
  attachmentFiles: AttachmentFileRecord[];
  /** The public keys of the installations that signed the events, so anyone can check them. */
  installations: InstallationRecord[];
  documents: EvidenceDocument[];
  exportedAt: string;
  exportedBy: string;
  installationId: string;
  appVersion: string;
}

/** A file name that is safe on every system: no folders, no reserved or control characters. */
// eslint-disable-next-line no-control-regex
export const SAFE_DOCUMENT_NAME = /^(?!\.)[^\\/:*?"<>|\u0000-\u001f\u007f]{1,200}$/;

const entrySchema = z.strictObject({ path: z.string(), sha256: z.string().regex(SHA256_HEX), size: z.number().int().nonnegative() });
const documentSchema = z.strictObject({
  name: z.string().regex(SAFE_DOCUMENT_NAME),
  mediaType: z.string().max(100),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(SHA256_HEX),
  base64: z.string(),
});
const bundleSchema = z.strictObject({
  format: z.literal(EVIDENCE_FORMAT),
  formatVersion: z.literal(EVIDENCE_FORMAT_VERSION),
  schemaVersion: z.union([z.literal(2), z.literal(SCHEMA_VERSION)]),
  exportedAt: isoInstant,
  exportedBy: z.string().max(200),
  installationId: recordId,
  appVersion: z.string().max(50),
  incidentRef: z.string(),
  manifest: z.strictObject({ algorithm: z.literal('SHA-256'), entries: z.array(entrySchema) }),
  incident: z.unknown(),
  events: z.array(z.unknown()),
  notifications: z.array(z.unknown()),
  subjects: z.array(z.unknown()).nullable(),
  documents: z.array(documentSchema),
  /** Files attached to the incident (since schema version 3). */
  attachmentFiles: z.array(z.unknown()).optional(),
  /** The installations' public keys (since schema version 3). */
  installations: z.array(z.unknown()).optional(),
  /** The exporting installation's signature over the manifest (since schema version 3). */
  signature: z.string().regex(SIGNATURE_B64).optional(),
});

/** What a bundle's signature is over: who made it, when, for which incident, and the manifest. */
function bundleSignedPart(bundle: { exportedAt: string; exportedBy: string; installationId: string; incidentRef: string; manifest: unknown }): string {
  const { exportedAt, exportedBy, installationId, incidentRef, manifest } = bundle;
  return canonicalJson({ format: EVIDENCE_FORMAT, exportedAt, exportedBy, installationId, incidentRef, manifest });
}

async function jsonEntry(path: string, value: unknown, digest: Digest) {
  const bytes = utf8Bytes(canonicalJson(value));
  return { path, sha256: await sha256OfBytes(bytes, digest), size: bytes.length };
}

const eventOrder = (a: TimelineEvent, b: TimelineEvent): number =>
  a.at.localeCompare(b.at) || a.installationId.localeCompare(b.installationId) || a.seq - b.seq;

/** The bundle as JSON text, signed by the exporting installation. Documents keep their names; the manifest hashes each part. */
export async function buildEvidenceBundle(input: EvidenceInput, digest: Digest, sign: Sign): Promise<string> {
  const events = [...input.events].sort(eventOrder);
  const notifications = [...input.notifications].sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id));
  const names = new Set<string>();
  const documents = [];
  for (const doc of input.documents) {
    if (!SAFE_DOCUMENT_NAME.test(doc.name) || names.has(doc.name)) throw new RangeError(`Unusable document name: ${doc.name}`);
    names.add(doc.name);
    documents.push({ name: doc.name, mediaType: 'application/pdf', size: doc.bytes.length, sha256: await sha256OfBytes(doc.bytes, digest), base64: toBase64(doc.bytes) });
  }
  const entries = [
    await jsonEntry('incident.json', input.incident, digest),
    await jsonEntry('events.json', events, digest),
    await jsonEntry('notifications.json', notifications, digest),
    ...(input.subjects ? [await jsonEntry('subjects.json', input.subjects, digest)] : []),
    await jsonEntry('attachmentFiles.json', input.attachmentFiles, digest),
    await jsonEntry('installations.json', input.installations, digest),
    ...documents.map((d) => ({ path: `documents/${d.name}`, sha256: d.sha256, size: d.size })),
  ];
  const manifest = { algorithm: 'SHA-256', entries };
  const signed = { exportedAt: input.exportedAt, exportedBy: input.exportedBy, installationId: input.installationId, incidentRef: input.incident.ref, manifest };
  const signature = await signHash(await sha256OfText(bundleSignedPart(signed), digest), sign);
  const bundle = {
    format: EVIDENCE_FORMAT,
    formatVersion: EVIDENCE_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: input.exportedAt,
    exportedBy: input.exportedBy,
    installationId: input.installationId,
    appVersion: input.appVersion,
    incidentRef: input.incident.ref,
    manifest,
    signature,
    incident: input.incident,
    events,
    notifications,
    subjects: input.subjects,
    documents,
    attachmentFiles: input.attachmentFiles,
    installations: input.installations,
  };
  return `${JSON.stringify(bundle, null, 1)}\n`;
}

export interface VerifiedDocument {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  sha256: string;
  /** The notifications recorded as sent with exactly this PDF. */
  notificationIds: string[];
}

export interface ParsedEvidence {
  content: BackupContent;
  documents: VerifiedDocument[];
  exportedAt: string;
  exportedBy: string;
}

export async function parseEvidenceBundle(text: string, digest: Digest, verify: VerifySignature): Promise<ImportResult<ParsedEvidence>> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const file = json.value;
  if (!isObject(file) || file.format !== EVIDENCE_FORMAT) return { ok: false, error: importFailure('not-a-backup', isObject(file) ? `format: ${String(file.format)}` : null) };
  const { formatVersion, schemaVersion } = file;
  if (typeof formatVersion !== 'number' || typeof schemaVersion !== 'number') return { ok: false, error: importFailure('unknown-version') };
  if (formatVersion > EVIDENCE_FORMAT_VERSION || schemaVersion > SCHEMA_VERSION) {
    return { ok: false, error: importFailure('newer-version', `formatVersion ${formatVersion}, schemaVersion ${schemaVersion}`) };
  }
  const parsed = bundleSchema.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const code = formatVersion !== EVIDENCE_FORMAT_VERSION || schemaVersion !== SCHEMA_VERSION ? 'unknown-version' : 'invalid-record';
    return { ok: false, error: importFailure(code, `${issue?.path.map(String).join('.')}: ${issue?.message}`) };
  }
  const bundle = parsed.data;

  // Every part against the manifest, and the manifest against the parts: nothing more, nothing less.
  const documents: VerifiedDocument[] = [];
  const parts = await hashed('bundle', async () => [
    await jsonEntry('incident.json', bundle.incident, digest),
    await jsonEntry('events.json', bundle.events, digest),
    await jsonEntry('notifications.json', bundle.notifications, digest),
    ...(bundle.subjects ? [await jsonEntry('subjects.json', bundle.subjects, digest)] : []),
    ...(bundle.attachmentFiles ? [await jsonEntry('attachmentFiles.json', bundle.attachmentFiles, digest)] : []),
    ...(bundle.installations ? [await jsonEntry('installations.json', bundle.installations, digest)] : []),
  ]);
  if (!parts.ok) return parts;
  const actual = parts.value;
  for (const doc of bundle.documents) {
    const bytes = fromBase64(doc.base64);
    if (!bytes || bytes.length !== doc.size) return { ok: false, error: importFailure('invalid-document', doc.name) };
    const sha256 = await sha256OfBytes(bytes, digest);
    if (sha256 !== doc.sha256) return { ok: false, error: importFailure('manifest-mismatch', `documents/${doc.name}`) };
    documents.push({ name: doc.name, bytes, sha256, notificationIds: [] });
    actual.push({ path: `documents/${doc.name}`, sha256, size: bytes.length });
  }
  const key = (e: { path: string; sha256: string; size: number }) => `${e.path}\u0000${e.sha256}\u0000${e.size}`;
  const listed = new Set(bundle.manifest.entries.map(key));
  const mismatch = actual.find((entry) => !listed.has(key(entry)));
  if (mismatch || listed.size !== actual.length || bundle.manifest.entries.length !== actual.length) {
    return { ok: false, error: importFailure('manifest-mismatch', mismatch?.path ?? 'manifest entries') };
  }

  const incident = validateRecords(incidentSchema, [bundle.incident], 'incident');
  if (!incident.ok) return incident;
  const events = validateRecords(timelineEventSchema, bundle.events, 'events');
  if (!events.ok) return events;
  const notifications = validateRecords(notificationSchema, bundle.notifications, 'notifications');
  if (!notifications.ok) return notifications;
  const subjects = validateRecords(subjectSchema, bundle.subjects ?? [], 'subjects');
  if (!subjects.ok) return subjects;
  const attachmentFiles = validateRecords(attachmentFileRecordSchema, bundle.attachmentFiles ?? [], 'attachmentFiles');
  if (!attachmentFiles.ok) return attachmentFiles;
  const stored: IncidentRecord = { incident: incident.value[0]!, notifications: notifications.value };
  if (events.value.some((event) => event.incidentId !== stored.incident.id)) {
    return { ok: false, error: importFailure('dangling-reference', 'events of another incident') };
  }

  let content: BackupContent;
  if (bundle.schemaVersion === 2) {
    const tables: LegacyTables = { ...emptyLegacyTables(), incidents: [stored.incident], events: events.value, notifications: notifications.value, subjects: subjects.value };
    const failure =
      findDuplicateId(tables.events, 'events') ??
      findDuplicateId(tables.notifications, 'notifications') ??
      findDuplicateId(tables.subjects, 'subjects') ??
      findDanglingReference(new Set([stored.incident.id]), { notifications: tables.notifications, subjects: tables.subjects }) ??
      (await findBrokenChain(tables.events, digest, { [stored.incident.id]: stored.incident.heads }));
    if (failure) return { ok: false, error: failure };
    content = { kind: 'legacy', tables };
  } else {
    const installations = validateRecords(installationRecordSchema, bundle.installations ?? [], 'installations');
    if (!installations.ok) return installations;
    const tables: Tables = {
      events: events.value,
      heads: [{ id: stored.incident.id, heads: stored.incident.heads }],
      installations: installations.value,
      subjects: subjects.value,
      attachmentFiles: attachmentFiles.value,
    };
    const failure =
      (await findHistoryInconsistency(tables, digest, verify)) ??
      (await recordMismatch(stored, events.value, digest)) ??
      (await bundleSignatureFailure(bundle, installations.value, digest, verify));
    if (failure) return { ok: false, error: failure };
    content = { kind: 'history', tables };
  }
  const failure = findDuplicateId(documents.map((d) => ({ id: d.name })), 'documents');
  if (failure) return { ok: false, error: failure };
  for (const doc of documents) {
    doc.notificationIds = notifications.value.filter((n) => n.pdfSha256 === doc.sha256).map((n) => n.id);
  }
  return { ok: true, value: { content, documents, exportedAt: bundle.exportedAt, exportedBy: bundle.exportedBy } };
}

/** A bundle of today's format is signed by the installation that exported it, over its manifest. */
async function bundleSignatureFailure(
  bundle: { exportedAt: string; exportedBy: string; installationId: string; incidentRef: string; manifest: unknown; signature?: string },
  installations: readonly InstallationRecord[],
  digest: Digest,
  verify: VerifySignature,
) {
  const maker = installations.find((record) => record.id === bundle.installationId);
  if (!bundle.signature || !maker) return importFailure('bad-signature', 'the bundle is not signed by its maker');
  const hash = await sha256OfText(bundleSignedPart(bundle), digest);
  return (await checkHash(hash, bundle.signature, maker.publicKey, verify)) ? null : importFailure('bad-signature', 'the bundle');
}

/** The incident and notices the bundle shows must be what its history says: a reader trusts what it sees. */
async function recordMismatch(stored: IncidentRecord, events: TimelineEvent[], digest: Digest) {
  const verdict = await verifyIncidentHistory(events, stored, digest);
  if (verdict.ok) return null;
  return importFailure(verdict.broken.problem === 'record-differs' ? 'record-differs' : 'broken-chain', (verdict.broken.fields ?? [verdict.broken.problem]).join(', '));
}

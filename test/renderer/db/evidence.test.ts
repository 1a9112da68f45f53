import { describe, expect, it } from 'vitest';
import { AvvikDb } from '../../../renderer/src/db/database';
import { exportEvidenceBundle, importEvidenceBundle } from '../../../renderer/src/db/evidence';
import { mergeHistory } from '../../../renderer/src/db/backup';
import { incidentTimeline, trustInstallation, verifyIncidentTimeline } from '../../../renderer/src/db/repository';
import { sha256OfText } from '../../../shared/chain';
import { digest, sampleRecord } from '../../shared/incident/fixtures';
import { openFresh, snapshot, uniqueName, writer } from './support';

const pdf = new TextEncoder().encode('%PDF-1.7\nMelding til Datatilsynet\n%%EOF');

async function machineA() {
  const db = new AvvikDb(uniqueName('machine-a'));
  const record = await sampleRecord();
  await mergeHistory(db, await record.signedTables());
  return { db, incident: (await db.incidents.get([...record.incidents.keys()][0]!))! };
}

describe('an evidence bundle travels to another machine', () => {
  it('exports one incident with its PDFs and records the export in its timeline', async () => {
    const { db, incident } = await machineA();
    const bundle = await exportEvidenceBundle(db, incident.id, [{ name: 'melding.pdf', bytes: pdf }], { ...writer('2026-06-01T08:00:00.000Z'), includeSubjects: false });
    expect(bundle.name).toBe('AVV-2026-001-evidence-2026-06-01.json');
    expect(bundle.sha256).toBe(await sha256OfText(bundle.text, digest));
    // The incident was closed; exporting its evidence is still recorded.
    const last = (await incidentTimeline(db, incident.id)).at(-1);
    expect(last).toMatchObject({ kind: 'document-exported', payload: { documentKind: 'evidence-bundle', sha256: bundle.sha256 } });
  });

  it('imports on another machine with the history intact and the PDFs verified', async () => {
    const { db, incident } = await machineA();
    const bundle = await exportEvidenceBundle(db, incident.id, [{ name: 'melding.pdf', bytes: pdf }], writer('2026-06-01T08:00:00.000Z'));
    const other = await openFresh('machine-b', 'inst-b');
    const result = await importEvidenceBundle(other, bundle.text);
    if (!result.ok) throw new Error(`${result.error.code} ${result.error.detail}`);
    const { updatedAt: _u, heads: _h, ...arrived } = (await other.incidents.get(incident.id))!;
    const { updatedAt: _ou, heads: _oh, ...sent } = (await db.incidents.get(incident.id))!;
    expect(arrived).toEqual(sent);
    expect(await other.notifications.where('incidentId').equals(incident.id).count()).toBe(3);
    expect(await other.subjects.count()).toBe(0);
    // Signed by installations machine B does not trust yet: shown as such, never as verified.
    expect(await verifyIncidentTimeline(other, incident.id)).toMatchObject({ ok: false, broken: { problem: 'untrusted-key' } });
    // A person compares the fingerprints and trusts both installations that signed it.
    const signers = new Set((await other.events.where('incidentId').equals(incident.id).toArray()).map((e) => e.installationId));
    for (const installationId of signers) await trustInstallation(other, installationId, writer('2026-06-02T08:00:00.000Z'));
    expect((await verifyIncidentTimeline(other, incident.id)).ok).toBe(true);
    expect([...result.value.documents[0]!.bytes]).toEqual([...pdf]);
  });

  it('refuses a damaged bundle and leaves the other machine unchanged', async () => {
    const { db, incident } = await machineA();
    const bundle = await exportEvidenceBundle(db, incident.id, [], writer('2026-06-01T08:00:00.000Z'));
    const other = await openFresh('machine-b2', 'inst-b');
    const before = await snapshot(other);
    const result = await importEvidenceBundle(other, bundle.text.replace('Meldt og lukket.', 'Aldri meldt.'));
    expect(!result.ok && result.error.code).toBe('manifest-mismatch');
    expect(await snapshot(other)).toEqual(before);
  });
});

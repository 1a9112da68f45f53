import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256OfBytes } from '../../../shared/chain';
import { buildEvidenceBundle, fromBase64, parseEvidenceBundle, toBase64, type EvidenceInput } from '../../../shared/incident/backup';
import type { Recorder} from './fixtures';
import { digest, sampleRecord, verify } from './fixtures';

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);

let maker: Recorder;

async function input(): Promise<EvidenceInput> {
  const r = await sampleRecord();
  maker = r;
  // The bug at a processor: its notice to the controller is recorded with the PDF's hash.
  const incident = [...r.incidents.values()].find((i) => i.role === 'processor')!;
  const notice = pdf('Varsel til behandlingsansvarlig');
  const sha = await sha256OfBytes(notice, digest);
  await r.notify(incident.id, { recipient: 'controller', recipientName: 'Kunde AS', sentAt: '2026-04-10T09:00:00.000Z', pdfSha256: sha });
  return {
    incident: r.incidents.get(incident.id)!,
    events: r.events.filter((e) => e.incidentId === incident.id),
    notifications: r.notifications.filter((n) => n.incidentId === incident.id),
    subjects: null,
    attachmentFiles: [],
    installations: (await r.signedTables()).installations,
    documents: [
      { name: `${incident.ref}-melding.pdf`, bytes: notice },
      { name: `${incident.ref}-tidslinje.pdf`, bytes: pdf('Tidslinje') },
    ],
    exportedAt: '2026-06-01T08:00:00.000Z',
    exportedBy: 'Kari Nordmann',
    installationId: 'installation-a',
    appVersion: '0.1.0',
  };
}

describe('an evidence bundle for one incident', () => {
  it('carries the record, the PDFs and a manifest, and reads back whole', async () => {
    const data = await input();
    const parsed = await parseEvidenceBundle(await buildEvidenceBundle(data, digest, await maker.sign()), digest, verify);
    if (!parsed.ok) throw new Error(`${parsed.error.code} ${parsed.error.detail}`);
    expect(parsed.value.content.kind).toBe('history');
    expect(parsed.value.content.tables.events).toHaveLength(data.events.length);
    expect(parsed.value.documents.map((d) => d.name)).toEqual(data.documents.map((d) => d.name));
    expect([...parsed.value.documents[0]!.bytes]).toEqual([...data.documents[0]!.bytes]);
  });

  it('ties each PDF to the notification recorded as sent with exactly those bytes', async () => {
    const data = await input();
    const parsed = await parseEvidenceBundle(await buildEvidenceBundle(data, digest, await maker.sign()), digest, verify);
    if (!parsed.ok) throw new Error(parsed.error.code);
    const initial = data.notifications.find((n) => n.pdfSha256 !== null)!;
    expect(parsed.value.documents[0]!.notificationIds).toEqual([initial.id]);
    expect(parsed.value.documents[1]!.notificationIds).toEqual([]);
  });

  it('leaves the people affected out unless asked (Art. 5(1)(c))', async () => {
    const r = await sampleRecord();
    const mail = [...r.incidents.values()][0]!;
    const data = { ...(await input()), incident: mail, events: r.events.filter((e) => e.incidentId === mail.id), notifications: r.notifications.filter((n) => n.incidentId === mail.id) };
    const text = await buildEvidenceBundle(data, digest, await maker.sign());
    expect(text).not.toContain('Áile');
    expect(JSON.parse(text).manifest.entries.map((e: { path: string }) => e.path)).not.toContain('subjects.json');
  });

  it('lists each part’s SHA-256 so an auditor can check it without Avvik', async () => {
    const data = await input();
    const file = JSON.parse(await buildEvidenceBundle(data, digest, await maker.sign()));
    const entry = file.manifest.entries.find((e: { path: string }) => e.path === `documents/${data.documents[0]!.name}`);
    expect(entry.sha256).toBe(await sha256OfBytes(data.documents[0]!.bytes, digest));
  });

  it('refuses a PDF changed after export', async () => {
    const file = JSON.parse(await buildEvidenceBundle(await input(), digest, await maker.sign()));
    file.documents[0].base64 = toBase64(pdf('Forfalsket'));
    file.documents[0].size = pdf('Forfalsket').length;
    const parsed = await parseEvidenceBundle(JSON.stringify(file), digest, verify);
    expect(!parsed.ok && parsed.error.code).toBe('manifest-mismatch');
  });

  it('refuses an incident that is not what its history says, even with the manifest recomputed', async () => {
    const data = await input();
    const forged = await buildEvidenceBundle({ ...data, incident: { ...data.incident, title: 'Pyntet tittel' } }, digest, await maker.sign());
    const parsed = await parseEvidenceBundle(forged, digest, verify);
    expect(!parsed.ok && parsed.error).toMatchObject({ code: 'record-differs', detail: expect.stringContaining('title') });
  });

  it('refuses a changed incident, and a manifest that leaves a part out', async () => {
    const text = await buildEvidenceBundle(await input(), digest, await maker.sign());
    const changed = JSON.parse(text);
    changed.incident.title = 'Annen tittel';
    expect(((await parseEvidenceBundle(JSON.stringify(changed), digest, verify)) as { ok: false; error: { code: string } }).error.code).toBe('manifest-mismatch');
    const shorter = JSON.parse(text);
    shorter.manifest.entries.pop();
    expect(((await parseEvidenceBundle(JSON.stringify(shorter), digest, verify)) as { ok: false; error: { code: string } }).error.code).toBe('manifest-mismatch');
  });

  it('refuses a document name that could escape a folder', async () => {
    const data = await input();
    await expect(buildEvidenceBundle({ ...data, documents: [{ name: '../evil.pdf', bytes: pdf('x') }] }, digest, await maker.sign())).rejects.toThrow(RangeError);
    const file = JSON.parse(await buildEvidenceBundle(data, digest, await maker.sign()));
    file.documents[0].name = '..\\evil.pdf';
    const parsed = await parseEvidenceBundle(JSON.stringify(file), digest, verify);
    expect(!parsed.ok && parsed.error.code).toBe('invalid-record');
  });

  it.each([
    ['a number too large for JSON (1e400)', '1e400'],
    ['nesting thousands deep', `${'['.repeat(50_000)}${']'.repeat(50_000)}`],
  ])('refuses %s in a record with a typed error', async (_name, value) => {
    const text = await buildEvidenceBundle(await input(), digest, await maker.sign());
    const spoilt = text.replace(/"subjectCount": ?(\d+|null)/, `"subjectCount":${value}`);
    expect(spoilt).not.toBe(text);
    const parsed = await parseEvidenceBundle(spoilt, digest, verify);
    expect(!parsed.ok && parsed.error.code).toBe('invalid-record');
  });

  it('refuses a backup file given as a bundle, and a truncated bundle', async () => {
    expect(((await parseEvidenceBundle('{"format":"avvik-backup"}', digest, verify)) as { ok: false; error: { code: string } }).error.code).toBe('not-a-backup');
    const text = await buildEvidenceBundle(await input(), digest, await maker.sign());
    expect(((await parseEvidenceBundle(text.slice(0, 500), digest, verify)) as { ok: false; error: { code: string } }).error.code).toBe('truncated');
  });
});

describe('base64 for PDFs in JSON', () => {
  it('matches the platform encoder and round-trips any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect([...fromBase64(text)!]).toEqual([...bytes]);
      }),
    );
  });

  it('refuses text that is not canonical base64', () => {
    expect(fromBase64('abc')).toBeNull();
    expect(fromBase64('ab!=')).toBeNull();
    expect(fromBase64('QR==')).toBeNull(); // non-zero padding bits
  });
});

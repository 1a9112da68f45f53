import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../renderer/src/db/backup';
import { importBackup, previewBackup, readBackup } from '../../../renderer/src/db/restore';
import {
  createIncident,
  recordDecision,
  saveSettings,
  trustInstallation,
  verifyIncidentTimeline,
  verifySettings,
} from '../../../renderer/src/db/repository';
import { serializeBackup } from '../../../shared/incident/backup/serialize';
import { recordNoticeChange } from '../../../shared/incident/notices';
import { Recorder, digest } from '../../shared/incident/fixtures';
import { contentOf, openFresh, writer } from './support';
import { authorityNotice } from '../../support/notices';

// What an attacker with the published file formats would try, and what Avvik does about it.

const intake = { title: 'Kundeliste sendt til feil mottaker', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' as const };
const decision = { notifyAuthority: true, notifySubjects: false, notifyController: false, subjectException: null, rationale: 'Risiko.', dpoConsulted: true };

async function exported(db: Awaited<ReturnType<typeof openFresh>>): Promise<string> {
  return (await exportBackup(db, { now: new Date('2026-03-10T08:00:00Z') })).chunks.join('');
}

describe('every event is signed, and the history says whose signatures it trusts', () => {
  it('signs what this installation writes, and verifies it', async () => {
    const db = await openFresh('signs');
    const { id } = await createIncident(db, intake, writer());
    await recordDecision(db, id, decision, writer('2026-03-02T10:00:00.000Z'));
    const events = await db.events.where('incidentId').equals(id).toArray();
    expect(events.every((e) => typeof e.sig === 'string' && e.sig.length === 88)).toBe(true);
    expect(await verifyIncidentTimeline(db, id)).toMatchObject({ ok: true });
  });

  it('an event whose signature was swapped for another is found, and named', async () => {
    const db = await openFresh('swapped');
    const { id } = await createIncident(db, intake, writer());
    await recordDecision(db, id, decision, writer('2026-03-02T10:00:00.000Z'));
    const [first, second] = (await db.events.where('incidentId').equals(id).sortBy('seq'))!;
    await db.events.put({ ...second!, sig: first!.sig });
    expect(await verifyIncidentTimeline(db, id)).toMatchObject({ ok: false, broken: { problem: 'bad-signature', eventId: second!.id } });
  });

  it('a decision changed in the database behind the history is found, by field', async () => {
    const db = await openFresh('row');
    const { id } = await createIncident(db, intake, writer());
    const decided = await recordDecision(db, id, decision, writer('2026-03-02T10:00:00.000Z'));
    await db.incidents.put({ ...decided, decision: { ...decided.decision!, notifyAuthority: false } });
    expect(await verifyIncidentTimeline(db, id)).toMatchObject({ ok: false, broken: { problem: 'record-differs', fields: ['decision'] } });
  });

  it('the DPO’s e-mail changed in the settings row behind the history is found', async () => {
    const db = await openFresh('settings');
    const saved = await saveSettings(db, { dpo: { name: 'Ingrid', email: 'pvo@example.no', phone: '' } }, writer());
    expect(await verifySettings(db)).toMatchObject({ ok: true });
    await db.settings.put({ ...saved, dpo: { ...saved.dpo!, email: 'svindel@example.com' } });
    expect(await verifySettings(db)).toMatchObject({ ok: false, broken: { problem: 'record-differs', fields: ['dpo'] } });
  });
});

describe('a backup that adds a chain under a new installation id', () => {
  /** A backdated "Datatilsynet notified on time", under a key of the forger's own, in a file the forger signed. */
  async function forgedBackup(db: Awaited<ReturnType<typeof openFresh>>, incidentId: string, trustsItself = false): Promise<string> {
    const honest = await readBackup(db, await exported(db));
    if (!honest.ok) throw new Error(honest.error.code);
    const forger = new Recorder('installation-forger', '2026-03-02T08:00:00.000Z', 'Noen');
    const incident = (await db.incidents.get(incidentId))!;
    forger.incidents.set(incidentId, { ...incident, heads: {} });
    const notice = authorityNotice('2026-03-03T09:00:00.000Z', 'AR999999');
    const meta = { at: '2026-03-03T09:05:00.000Z', actor: 'Noen' };
    await forger.apply(incidentId, recordNoticeChange(notice, { incident, notifications: [], now: meta.at, notificationId: 'forged-notice' }), meta);
    if (trustsItself) {
      const record = (await forger.signedTables()).installations[0]!;
      await forger.configure(() => ({ kind: 'installation-trusted', payload: { installationId: record.id, publicKey: record.publicKey, fingerprint: 'x' } }));
    }
    const own = await forger.signedTables();
    const content = await contentOf(honest.value);
    const tables = {
      ...content,
      events: [...content.events, ...forger.events],
      heads: [
        ...content.heads.map((h) => (h.id === incidentId ? { ...h, heads: { ...h.heads, ...forger.incidents.get(incidentId)!.heads } } : h)),
        ...own.heads.filter((h) => h.id === 'settings'),
      ],
      installations: [...content.installations, ...own.installations],
    };
    const meta2 = { exportedAt: '2026-03-10T09:00:00.000Z', installationId: 'installation-forger', appVersion: '0.1.0', reason: 'user' as const };
    return (await serializeBackup({ ...tables }, meta2, digest, await forger.sign())).join('');
  }

  it('is shown before anything is written, as signed by an installation not trusted here', async () => {
    const db = await openFresh('forged-preview');
    const { id } = await createIncident(db, intake, writer());
    const read = await readBackup(db, await forgedBackup(db, id));
    if (!read.ok) throw new Error(`${read.error.code} ${read.error.detail}`);
    const preview = await previewBackup(db, read.value);
    if (!preview.ok) throw new Error(preview.error.code);
    expect(preview.value.details.signers).toEqual([expect.objectContaining({ installationId: 'installation-forger', trusted: false, events: 1 })]);
    expect(preview.value.details.incidents).toEqual([expect.objectContaining({ id, change: 'updated', fields: ['notifications.forged-notice'] })]);
    expect(await db.notifications.count()).toBe(0);
  });

  it('once taken in, is never shown as verified: its key is not trusted', async () => {
    const db = await openFresh('forged');
    const { id } = await createIncident(db, intake, writer());
    const result = await importBackup(db, await forgedBackup(db, id));
    if (!result.ok) throw new Error(result.error.code);
    expect(await verifyIncidentTimeline(db, id)).toMatchObject({ ok: false, broken: { problem: 'untrusted-key', installationId: 'installation-forger' } });
  });

  it('a trust decision the forger wrote for itself counts for nothing; one taken here does', async () => {
    const db = await openFresh('forged-trust');
    const { id } = await createIncident(db, intake, writer());
    const forged = await forgedBackup(db, id, true);
    const result = await importBackup(db, forged);
    if (!result.ok) throw new Error(`${result.error.code} ${result.error.detail}`);
    expect((await db.settings.toArray())[0]?.trust['installation-forger']?.['installation-forger']).toMatchObject({ trusted: true, by: 'installation-forger' });
    expect(await verifyIncidentTimeline(db, id)).toMatchObject({ ok: false, broken: { problem: 'untrusted-key' } });
    // Trusted by a decision of this installation, after a person compared the fingerprint: then it verifies.
    await trustInstallation(db, 'installation-forger', writer('2026-03-11T08:00:00.000Z'));
    expect(await verifyIncidentTimeline(db, id)).toMatchObject({ ok: true });
  });

  it('a file changed after its maker signed it is refused whole', async () => {
    const db = await openFresh('edited');
    const { id } = await createIncident(db, intake, writer());
    const text = (await forgedBackup(db, id)).replace('"AR999999"', '"AR888888"');
    const result = await importBackup(db, text);
    expect(result.ok).toBe(false);
    expect(await db.notifications.count()).toBe(0);
  });
});

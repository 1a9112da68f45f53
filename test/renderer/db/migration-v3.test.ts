import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { assessBreach } from '../../../shared/assessment';
import { linkEvent } from '../../../shared/chain';
import { STORES_V2 } from '../../../renderer/src/db/database';
import { exportBackup, listMigrationBackups } from '../../../renderer/src/db/backup';
import { importBackup } from '../../../renderer/src/db/restore';
import { installedVersion, openDatabase } from '../../../renderer/src/db/open';
import {
  getSettings,
  incidentTimeline,
  recordMeasure,
  verifyIncidentTimeline,
  verifySettings,
} from '../../../renderer/src/db/repository';
import { ownProfile } from '../../../shared/incident/settings';
import { digest, mailFacts } from '../../shared/incident/fixtures';
import { counterIds, uniqueName, writer } from './support';

// A database exactly as version 2 wrote it: the incident row beside its events, texts as plain
// strings, the notices and the settings (with one user name and the UI language) as rows of their own.

const INSTALLATION = 'inst-v2';
const AWARE = '2026-03-02T07:30:00.000Z';
const assessment = assessBreach(mailFacts);

const v2Incident = {
  id: 'i1',
  ref: 'AVV-2026-001',
  title: 'Kundeliste sendt til feil mottaker',
  status: 'contained',
  role: 'controller',
  occurredFrom: '2026-03-01T20:00:00.000Z',
  occurredTo: null,
  discoveredAt: '2026-03-02T06:00:00.000Z',
  awareAt: AWARE,
  description: 'Excel-fil med fødselsnummer sendt til ekstern adresse.',
  consequences: 'ID-tyveri er mulig.',
  systems: ['Outlook'],
  dataLocation: 'Hos mottakeren, slettet.',
  facts: mailFacts,
  assessment: { at: '2026-03-02T09:00:00.000Z', actor: 'Kari', facts: mailFacts, result: assessment },
  decision: {
    at: '2026-03-02T10:00:00.000Z',
    actor: 'Kari',
    notifyAuthority: true,
    notifySubjects: true,
    notifyController: false,
    subjectException: null,
    rationale: 'Fødselsnummer på avveie.',
    dpoConsulted: true,
  },
  delayReason: null,
  measures: [{ id: 'm1', kind: 'containment', text: 'Mottaker bekreftet sletting.', doneAt: '2026-03-02T12:00:00.000Z', recordedAt: '2026-03-02T12:05:00.000Z', actor: 'Kari' }],
  closingSummary: null,
  closedAt: null,
  createdAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-03T09:00:00.000Z',
  heads: {} as Record<string, { seq: number; hash: string }>,
  risk: assessment.risk,
  openAwareAt: AWARE,
};

const v2Notice = {
  id: 'n1',
  incidentId: 'i1',
  recipient: 'authority',
  recipientName: 'Datatilsynet',
  phase: 'initial',
  phased: true,
  sentAt: '2026-03-03T09:00:00.000Z',
  channel: 'altinn',
  reference: 'AR4711',
  subjectCount: null,
  documentName: 'melding.pdf',
  pdfSha256: 'a'.repeat(64),
  note: null,
  recordedAt: '2026-03-03T09:00:00.000Z',
  actor: 'Kari',
};

const v2Settings = {
  id: 'settings',
  installationId: INSTALLATION,
  organisationName: 'Fjordkraft Eksempel AS',
  orgNr: '974760673',
  address: 'Strandgata 1\n9008 Tromsø',
  contact: { name: 'Sentralbord', email: 'post@example.no', phone: '+47 77 00 00 00' },
  dpo: { name: 'Ingrid Bårdsen', email: 'pvo@example.no', phone: '' },
  userName: 'Kari Nordmann',
  timeZone: 'Europe/Oslo',
  language: 'en',
  processorDeadlineHours: 24,
  updatedAt: '2026-03-01T00:00:00.000Z',
};

const v2Subject = { id: 's1', incidentId: 'i1', name: 'Máret Čuovga', address: 'Fálesnuorri 3\n9730 Kárášjohka', email: null, language: 'both', createdAt: AWARE, updatedAt: AWARE };

/** The version-2 events of the incident, chained as version 2 chained them. */
async function v2Events() {
  const drafts = [
    { kind: 'incident-created', at: '2026-03-02T08:00:00.000Z', payload: { ref: 'AVV-2026-001', title: v2Incident.title, role: 'controller', awareAt: AWARE } },
    { kind: 'details-changed', at: '2026-03-02T08:30:00.000Z', payload: { changes: { description: { from: '', to: v2Incident.description } } } },
    { kind: 'assessed', at: '2026-03-02T09:00:00.000Z', payload: { risk: assessment.risk, notifyAuthority: true, notifySubjects: true, notifyController: false, subjectException: null, severityScore: assessment.severity.score, reasonCodes: [], unknownFacts: [] } },
    { kind: 'authority-notified', at: '2026-03-03T09:00:00.000Z', payload: { notificationId: 'n1', phase: 'initial', phased: true, sentAt: v2Notice.sentAt, reference: 'AR4711', pdfSha256: 'a'.repeat(64) } },
  ];
  const events = [];
  let head: { seq: number; hash: string } | null = null;
  for (const [n, draft] of drafts.entries()) {
    const event: { seq: number; hash: string } = await linkEvent({ id: `e${n + 1}`, incidentId: 'i1', installationId: INSTALLATION, actor: 'Kari', ...draft } as never, head, digest);
    head = { seq: event.seq, hash: event.hash };
    events.push(event);
  }
  return { events, head: head! };
}

async function version2Database(): Promise<string> {
  const name = uniqueName('v2');
  const old = new Dexie(name);
  old.version(2).stores(STORES_V2);
  await old.open();
  const { events, head } = await v2Events();
  await old.table('incidents').add({ ...v2Incident, heads: { [INSTALLATION]: head } });
  await old.table('events').bulkAdd(events);
  await old.table('notifications').add(v2Notice);
  await old.table('settings').add(v2Settings);
  await old.table('subjects').add(v2Subject);
  old.close();
  return name;
}

async function upgraded(name: string) {
  const result = await openDatabase(name, { newId: counterIds('new'), now: () => new Date('2026-04-01T00:00:00Z'), digest });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
  return result.db;
}

describe('upgrading a version-2 database: the record becomes its history', () => {
  it('keeps every field of the incident, texts now in bokmål with room for English', async () => {
    const db = await upgraded(await version2Database());
    expect(db.verno).toBe(7);
    const incident = (await db.incidents.get('i1'))!;
    expect(incident).toMatchObject({
      title: v2Incident.title,
      status: 'contained',
      description: { nb: v2Incident.description, en: '' },
      consequences: { nb: v2Incident.consequences, en: '' },
      dataLocation: { nb: v2Incident.dataLocation, en: '' },
      systems: ['Outlook'],
      facts: mailFacts,
      decision: { ...v2Incident.decision, rationale: { nb: 'Fødselsnummer på avveie.', en: '' } },
      measures: [{ ...v2Incident.measures[0], text: { nb: 'Mottaker bekreftet sletting.', en: '' } }],
      risk: assessment.risk,
      openAwareAt: AWARE,
    });
    expect(incident.assessment?.result).toEqual(assessment);
    // What version 2 had no place for is "not known yet".
    expect(incident).toMatchObject({ howItHappened: { nb: '', en: '' }, incidentTypes: [], police: { status: null, reportedAt: null, caseNumber: '' }, attachments: [] });
  });

  it('keeps the notices, the people and the organisation; the user name and language become the profile', async () => {
    const db = await upgraded(await version2Database());
    expect(await db.notifications.toArray()).toEqual([{ ...v2Notice, correction: null }]);
    expect(await db.subjects.toArray()).toEqual([v2Subject]);
    const settings = (await getSettings(db))!;
    expect(settings).toMatchObject({ installationId: INSTALLATION, organisationName: v2Settings.organisationName, orgNr: '974760673', dpo: v2Settings.dpo, contact: v2Settings.contact });
    expect(ownProfile(settings)).toMatchObject({ name: 'Kari Nordmann', language: 'en' });
  });

  it('appends one checkpoint to each history, and every history verifies by replaying it', async () => {
    const db = await upgraded(await version2Database());
    const timeline = await incidentTimeline(db, 'i1');
    expect(timeline.map((e) => e.kind)).toEqual(['incident-created', 'details-changed', 'assessed', 'authority-notified', 'record-migrated']);
    expect(timeline.at(-1)).toMatchObject({ seq: 5, installationId: INSTALLATION, actor: 'Avvik' });
    expect(await verifyIncidentTimeline(db, 'i1')).toMatchObject({ ok: true });
    expect(await verifySettings(db)).toMatchObject({ ok: true });
  });

  it('goes on writing after the upgrade, on the same chain', async () => {
    const db = await upgraded(await version2Database());
    await recordMeasure(db, 'i1', { kind: 'prevention', text: 'Opplæring i e-post', doneAt: null }, writer('2026-04-02T08:00:00.000Z'));
    expect((await incidentTimeline(db, 'i1')).at(-1)).toMatchObject({ seq: 6, kind: 'measure-recorded' });
    expect(await verifyIncidentTimeline(db, 'i1')).toMatchObject({ ok: true });
  });

  it('keeps the version-2 rows as a backup that restores onto a fresh installation with nothing lost', async () => {
    const db = await upgraded(await version2Database());
    const backup = (await listMigrationBackups(db)).find((b) => b.fromVersion === 2)!;
    expect(backup).toMatchObject({ toVersion: 3, counts: { incidents: 1, events: 4, notifications: 1, subjects: 1, settings: 1 } });
    const fresh = await openDatabase(uniqueName('fresh'), { newId: counterIds('fresh'), now: () => new Date('2026-04-03T00:00:00Z'), digest });
    if (!fresh.ok) throw new Error(fresh.error.code);
    const result = await importBackup(fresh.db, backup.text, { digest });
    if (!result.ok) throw new Error(`${result.error.code} ${result.error.detail}`);
    const restored = (await fresh.db.incidents.get('i1'))!;
    const { updatedAt: _a, heads: _b, ...upgradedHere } = (await db.incidents.get('i1'))!;
    const { updatedAt: _c, heads: _d, ...restoredThere } = restored;
    expect(restoredThere).toEqual(upgradedHere);
    // A fresh installation gets the organisation and its DPO from the old file.
    expect(await getSettings(fresh.db)).toMatchObject({ organisationName: v2Settings.organisationName, dpo: v2Settings.dpo });
    // The old installation never signed its events: its chain is restored, and honestly shown as unsigned.
    expect(await verifyIncidentTimeline(fresh.db, 'i1')).toMatchObject({ ok: false, broken: { problem: 'unsigned', installationId: INSTALLATION } });
    // And a backup of today's format holds the same again.
    const again = await exportBackup(fresh.db, { now: new Date('2026-04-04T00:00:00Z') });
    expect(again.counts.incidentIds).toEqual(['i1']);
  });

  it('stops on a version-2 row it cannot read and leaves the database untouched', async () => {
    const name = uniqueName('v2-broken');
    const old = new Dexie(name);
    old.version(2).stores(STORES_V2);
    await old.open();
    await old.table('settings').add({ ...v2Settings, language: 'sami' });
    old.close();
    const result = await openDatabase(name, { digest });
    expect(!result.ok && result.error.code).toBe('migration-failed');
    expect(await installedVersion(name)).toBe(20);
  });
});

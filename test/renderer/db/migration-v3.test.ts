import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
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
import { AWARE, INSTALLATION, assessment, v2Incident, v2Notice, v2Settings, v2Subject, version2Rows } from './old-profiles';

async function version2Database(): Promise<string> {
  const name = uniqueName('v2');
  const old = new Dexie(name);
  old.version(2).stores(STORES_V2);
  await old.open();
  for (const [table, rows] of Object.entries(await version2Rows())) await old.table(table).bulkAdd(rows);
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

import { describe, expect, it } from 'vitest';
import { mergeHistory } from '../../../renderer/src/db/backup';
import type { AvvikDb } from '../../../renderer/src/db/database';
import { openDatabase } from '../../../renderer/src/db/open';
import { installationKeys, trustInstallation, verifySettings } from '../../../renderer/src/db/repository';
import type { TimelineEvent } from '../../../shared/incident/events';
import type { InstallationRecord } from '../../../shared/incident/installations';
import { SETTINGS_ID, hasSingleDecisionTrust, type Settings } from '../../../shared/incident/settings';
import { conflictingDecisions, type ConflictingDecisions } from './trustLaptops';
import { uniqueName, writer } from './support';

// Trust decisions made on several laptops reach this one through team sync (the same merge a restore
// uses). Each laptop's decision is kept; which count is keyRing's rule, whatever the arrival order.
// A settings row from before, which kept one decision per installation, is projected again on open.

const LEAD = 'inst-lead';

function arrives(db: AvvikDb, events: TimelineEvent[], installations: InstallationRecord[]) {
  return mergeHistory(db, { events, installations, subjects: [], attachmentFiles: [], heads: [] });
}

async function open(name: string): Promise<AvvikDb> {
  const result = await openDatabase(name, { newId: () => LEAD, now: () => new Date('2026-03-01T00:00:00Z') });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
  return result.db;
}

/** The lead's laptop, trusting the DPO and management, the decisions arriving in `order`. */
async function leadLaptop(order: 'dpo-first' | 'management-first', decisions?: ConflictingDecisions) {
  const { dpo, boss, x } = decisions ?? (await conflictingDecisions());
  const name = uniqueName(`trust-${order}`);
  const db = await open(name);
  await arrives(db, [], [dpo.record, boss.record, x.record]);
  const ctx = writer('2026-03-02T09:00:00.000Z');
  await trustInstallation(db, dpo.id, ctx);
  ctx.tick();
  await trustInstallation(db, boss.id, ctx);
  const [first, second] = order === 'dpo-first' ? [dpo, boss] : [boss, dpo];
  expect(await arrives(db, first.recorder.events, [])).toMatchObject({ ok: true });
  expect(await arrives(db, second.recorder.events, [])).toMatchObject({ ok: true });
  return { db, name, x };
}

async function standing(db: AvvikDb) {
  const keys = (await installationKeys(db))!.keys;
  return Object.fromEntries([...keys].map(([id, key]) => [id, { trusted: key.trusted, by: key.decisions.map((d) => `${d.by}:${d.trusted}`) }]));
}

describe('trust decided on several laptops', () => {
  it('the DPO’s withdrawal and management’s later trust give the same trust in both arrival orders', async () => {
    const decisions = await conflictingDecisions();
    const a = await leadLaptop('dpo-first', decisions);
    const b = await leadLaptop('management-first', decisions);
    const expected = {
      [LEAD]: { trusted: true, by: [] },
      'inst-dpo': { trusted: true, by: [`${LEAD}:true`] },
      'inst-boss': { trusted: true, by: [`${LEAD}:true`] },
      'inst-x': { trusted: false, by: ['inst-dpo:false'] },
    };
    expect(await standing(a.db)).toEqual(expected);
    expect(await standing(b.db)).toEqual(expected);
    const settingsA = (await a.db.settings.get(SETTINGS_ID))!;
    const settingsB = (await b.db.settings.get(SETTINGS_ID))!;
    expect(settingsA.trust).toEqual(settingsB.trust);
    expect(Object.keys(settingsA.trust['inst-x']!).sort()).toEqual(['inst-boss', 'inst-dpo']);
    expect(await verifySettings(a.db)).toMatchObject({ ok: true });
  });

  it('a settings row that kept one decision per installation is projected again from its history on open', async () => {
    const { db, name } = await leadLaptop('dpo-first');
    const current = (await db.settings.get(SETTINGS_ID))!;
    // As the row was written before: management's decision, the last to arrive, in place of the DPO's.
    const old = { ...current, trust: Object.fromEntries(Object.entries(current.trust).map(([subject, byLaptop]) => [subject, Object.values(byLaptop).at(-1)])) };
    expect(old.trust['inst-x']).toMatchObject({ by: 'inst-boss', trusted: true });
    await db.settings.put(old as unknown as Settings);
    db.close();

    const reopened = await open(name);
    const row = (await reopened.settings.get(SETTINGS_ID))!;
    expect(hasSingleDecisionTrust(row)).toBe(false);
    expect(row.trust).toEqual(current.trust);
    expect(await verifySettings(reopened)).toMatchObject({ ok: true });
    expect((await standing(reopened))['inst-x']).toEqual({ trusted: false, by: ['inst-dpo:false'] });
  });
});

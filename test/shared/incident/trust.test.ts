import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../shared/incident/events';
import type { InstallationRecord } from '../../../shared/incident/installations';
import { applySettingsEvent, orderEvents, replaySettings } from '../../../shared/incident/project';
import { defaultSettings, type Settings } from '../../../shared/incident/settings';
import { distrustInstallationChange, trustInstallationChange } from '../../../shared/incident/settings-changes';
import { keyRing } from '../../../shared/incident/trust';
import { Recorder, digest, verify } from './fixtures';

// Whose keys count when every laptop's decisions arrive (shared/incident/trust.ts): each laptop's
// latest decision about a key is kept, a trust counts only from here or an installation trusted here,
// and a withdrawal by a trusted installation stands against any other installation's trust.

const HERE = 'installation-lead';

/** A laptop of the team, deciding about others' keys on its own settings history. */
class Laptop {
  readonly recorder: Recorder;
  constructor(
    readonly id: string,
    actor: string,
  ) {
    this.recorder = new Recorder(id, '2026-03-02T08:00:00.000Z', actor);
  }

  async record(): Promise<InstallationRecord> {
    return (await this.recorder.signing()).record;
  }

  async trusts(other: Laptop, at: string): Promise<void> {
    const record = await other.record();
    this.recorder.at(at);
    await this.recorder.configure((settings) => trustInstallationChange(settings, record, 'compared'));
  }

  async withdraws(other: Laptop, at: string): Promise<void> {
    this.recorder.at(at);
    await this.recorder.configure(() => ({ kind: 'installation-distrusted', payload: { installationId: other.id, reason: 'lost' } }));
  }

  get events(): TimelineEvent[] {
    return this.recorder.events;
  }
}

function team() {
  return { lead: new Laptop(HERE, 'Kari Nordmann'), dpo: new Laptop('installation-dpo', 'Ingrid Berg'), boss: new Laptop('installation-boss', 'Ola Leder'), x: new Laptop('installation-x', 'Per Hansen') };
}

/** The lead's settings after the events arrived one by one in `order` (each laptop's own in order). */
function arrived(order: readonly TimelineEvent[]): Settings {
  return order.reduce((settings, event) => applySettingsEvent(settings, event), defaultSettings(HERE, '2026-03-01T00:00:00.000Z'));
}

async function trustedHere(laptops: readonly Laptop[], settings: Settings): Promise<Record<string, boolean>> {
  const ring = await keyRing(await Promise.all(laptops.map((l) => l.record())), settings, digest, verify);
  return Object.fromEntries([...ring].map(([id, key]) => [id, key.trusted]));
}

describe('keyRing: whose keys this installation trusts', () => {
  it('trusts its own key, and a key it trusted itself', async () => {
    const { lead, dpo, x } = team();
    await lead.trusts(dpo, '2026-03-02T09:00:00.000Z');
    const settings = replaySettings(lead.events, defaultSettings(HERE, '2026-03-01T00:00:00.000Z'));
    const ring = await keyRing([await lead.record(), await dpo.record(), await x.record()], settings, digest, verify);
    expect(ring.get(HERE)).toMatchObject({ trusted: true });
    expect(ring.get(dpo.id)).toMatchObject({ trusted: true, decisions: [expect.objectContaining({ by: HERE, actor: 'Kari Nordmann' })] });
    expect(ring.get(x.id)).toMatchObject({ trusted: false, decisions: [] });
  });

  it('spreads trust from an installation trusted here, never from one nobody here trusted', async () => {
    const { lead, dpo, boss, x } = team();
    await lead.trusts(dpo, '2026-03-02T09:00:00.000Z');
    await dpo.trusts(boss, '2026-03-02T09:10:00.000Z');
    // X trusting itself, and vouching for nobody anyone trusted: counts for nothing.
    await x.trusts(x, '2026-03-02T09:20:00.000Z');
    const settings = replaySettings([...lead.events, ...dpo.events, ...x.events], defaultSettings(HERE, '2026-03-01T00:00:00.000Z'));
    expect(await trustedHere([lead, dpo, boss, x], settings)).toEqual({ [HERE]: true, [dpo.id]: true, [boss.id]: true, [x.id]: false });
  });

  it('a trust in another key than the one the installation holds counts for nothing', async () => {
    const { lead, dpo } = team();
    await lead.trusts(dpo, '2026-03-02T09:00:00.000Z');
    const settings = replaySettings(lead.events, defaultSettings(HERE, '2026-03-01T00:00:00.000Z'));
    const impostor = await new Laptop(dpo.id, 'Noen').record();
    const ring = await keyRing([await lead.record(), impostor], settings, digest, verify);
    expect(ring.get(dpo.id)?.trusted).toBe(false);
  });

  it('the DPO withdrew X and management trusted X later: the withdrawal wins, in either arrival order', async () => {
    const { lead, dpo, boss, x } = team();
    await lead.trusts(dpo, '2026-03-02T09:00:00.000Z');
    await lead.trusts(boss, '2026-03-02T09:01:00.000Z');
    await dpo.trusts(x, '2026-03-02T10:00:00.000Z');
    await dpo.withdraws(x, '2026-03-02T11:00:00.000Z');
    await boss.trusts(x, '2026-03-02T12:00:00.000Z');
    const dpoFirst = arrived([...lead.events, ...dpo.events, ...boss.events]);
    const bossFirst = arrived([...lead.events, ...boss.events, ...dpo.events]);
    // Both laptops' decisions are kept, whichever arrived last.
    expect(Object.keys(bossFirst.trust[x.id]!).sort()).toEqual([boss.id, dpo.id]);
    expect(bossFirst.trust).toEqual(dpoFirst.trust);
    const expected = { [HERE]: true, [dpo.id]: true, [boss.id]: true, [x.id]: false };
    expect(await trustedHere([lead, dpo, boss, x], dpoFirst)).toEqual(expected);
    expect(await trustedHere([lead, dpo, boss, x], bossFirst)).toEqual(expected);
    const ring = await keyRing([await lead.record(), await dpo.record(), await boss.record(), await x.record()], bossFirst, digest, verify);
    expect(ring.get(x.id)?.decisions).toEqual([expect.objectContaining({ by: dpo.id, trusted: false, actor: 'Ingrid Berg' })]);
  });

  it('the withdrawal wins also when it is the later decision, and over a trust made here', async () => {
    const { lead, dpo, x } = team();
    await lead.trusts(dpo, '2026-03-02T09:00:00.000Z');
    await lead.trusts(x, '2026-03-02T09:30:00.000Z');
    await dpo.trusts(x, '2026-03-02T10:00:00.000Z');
    await dpo.withdraws(x, '2026-03-02T11:00:00.000Z');
    for (const order of [[...lead.events, ...dpo.events], [...dpo.events, ...lead.events]]) {
      expect((await trustedHere([lead, dpo, x], arrived(order)))[x.id]).toBe(false);
    }
  });

  it('only the installation that withdrew a key trusts it again, by a later decision of its own', async () => {
    const { lead, dpo, x } = team();
    await lead.trusts(dpo, '2026-03-02T09:00:00.000Z');
    await dpo.trusts(x, '2026-03-02T10:00:00.000Z');
    await dpo.withdraws(x, '2026-03-02T11:00:00.000Z');
    await dpo.trusts(x, '2026-03-02T12:00:00.000Z');
    const settings = arrived(orderEvents([...lead.events, ...dpo.events]));
    expect(settings.trust[x.id]).toEqual({ [dpo.id]: expect.objectContaining({ trusted: true, at: expect.stringMatching(/^2026-03-02T12:/) }) });
    expect((await trustedHere([lead, dpo, x], settings))[x.id]).toBe(true);
  });

  it('a laptop withdrawn here withdraws nothing, and what only it vouched for is no longer trusted', async () => {
    const { lead, dpo, boss, x } = team();
    await lead.trusts(dpo, '2026-03-02T09:00:00.000Z');
    await lead.trusts(boss, '2026-03-02T09:01:00.000Z');
    await boss.trusts(x, '2026-03-02T09:30:00.000Z');
    await dpo.trusts(boss, '2026-03-02T09:40:00.000Z');
    await dpo.withdraws(boss, '2026-03-02T10:00:00.000Z');
    // The DPO's laptop was stolen: the lead withdraws it; the thief's withdrawal of management no longer counts.
    await lead.withdraws(dpo, '2026-03-02T12:00:00.000Z');
    const settings = arrived([...dpo.events, ...boss.events, ...lead.events]);
    expect(await trustedHere([lead, dpo, boss, x], settings)).toEqual({ [HERE]: true, [dpo.id]: false, [boss.id]: true, [x.id]: true });
  });

  it('two trusted laptops that withdraw each other are both untrusted, however the decisions arrive', async () => {
    const { lead, dpo, boss } = team();
    await lead.trusts(dpo, '2026-03-02T09:00:00.000Z');
    await lead.trusts(boss, '2026-03-02T09:01:00.000Z');
    await dpo.withdraws(boss, '2026-03-02T10:00:00.000Z');
    await boss.withdraws(dpo, '2026-03-02T10:00:00.000Z');
    for (const order of [[...lead.events, ...dpo.events, ...boss.events], [...boss.events, ...dpo.events, ...lead.events]]) {
      expect(await trustedHere([lead, dpo, boss], arrived(order))).toEqual({ [HERE]: true, [dpo.id]: false, [boss.id]: false });
    }
  });

  it('no decision can take trust from this installation itself', async () => {
    const { lead, dpo } = team();
    await lead.trusts(dpo, '2026-03-02T09:00:00.000Z');
    await dpo.withdraws(lead, '2026-03-02T10:00:00.000Z');
    expect(await trustedHere([lead, dpo], arrived([...lead.events, ...dpo.events]))).toEqual({ [HERE]: true, [dpo.id]: true });
  });
});

describe('the decisions a laptop records', () => {
  it('trusts again when only another laptop had trusted the key, and withdraws only once', async () => {
    const { lead, dpo, x } = team();
    await dpo.trusts(x, '2026-03-02T10:00:00.000Z');
    const settings = arrived(dpo.events);
    expect(trustInstallationChange(settings, await x.record(), 'compared')).toMatchObject({ kind: 'installation-trusted' });
    expect(distrustInstallationChange(settings, x.id, 'lost')).toMatchObject({ kind: 'installation-distrusted' });
    await lead.withdraws(x, '2026-03-02T11:00:00.000Z');
    expect(distrustInstallationChange(arrived([...dpo.events, ...lead.events]), x.id, 'again')).toBeNull();
    // Nobody trusted it: nothing to withdraw.
    expect(distrustInstallationChange(arrived([]), x.id, 'lost')).toBeNull();
  });
});

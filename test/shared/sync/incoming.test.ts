import { describe, expect, it } from 'vitest';
import { changeDetails } from '../../../shared/incident/changes';
import type { TimelineEvent } from '../../../shared/incident/events';
import { emptyIncoming, type IncomingDocs } from '../../../shared/sync/documents';
import { chainKey, checkIncoming, type LocalRecord } from '../../../shared/sync/incoming';
import { digest, Recorder, verify } from '../incident/fixtures';

// What the DPO's laptop accepts from the server, from the lead's laptop: the lead's key and events.

async function leadWithIncident() {
  const lead = new Recorder('installation-lead');
  const incident = await lead.create('Kundeliste sendt til feil mottaker', '2026-03-02T07:30:00.000Z');
  await lead.change(incident.id, (i, meta) => changeDetails(i, { title: 'Kundeliste sendt til feil kunde' }, meta));
  await lead.change(incident.id, (i, meta) => changeDetails(i, { description: 'Listen gikk til én mottaker.' }, meta));
  return { lead, incidentId: incident.id, key: (await lead.signing()).record };
}

const nothingHere: LocalRecord = { heads: new Map(), eventHashes: new Map(), keys: new Map() };
const batch = (parts: Partial<IncomingDocs>): IncomingDocs => ({ ...emptyIncoming(), ...parts });

describe('events from the team server', () => {
  it('accepts a signed chain from an installation whose key comes with it', async () => {
    const { lead, key } = await leadWithIncident();
    const checked = await checkIncoming(batch({ events: [...lead.events].reverse(), installations: [key] }), nothingHere, digest, verify);
    expect(checked.refused).toEqual([]);
    expect(checked.waiting).toEqual([]);
    expect(checked.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(checked.installations).toEqual([key]);
  });

  it('holds back events whose key or predecessor has not arrived yet, and accepts them when it has', async () => {
    const { lead, key } = await leadWithIncident();
    const [first, second, third] = lead.events as [TimelineEvent, TimelineEvent, TimelineEvent];
    const noKey = await checkIncoming(batch({ events: [first] }), nothingHere, digest, verify);
    expect(noKey.waiting.map((e) => e.id)).toEqual([first.id]);
    const gap = await checkIncoming(batch({ events: [first, third], installations: [key] }), nothingHere, digest, verify);
    expect(gap.events.map((e) => e.seq)).toEqual([1]);
    expect(gap.waiting.map((e) => e.seq)).toEqual([3]);
    const local: LocalRecord = { heads: new Map([[chainKey(first.incidentId, first.installationId), { seq: 1, hash: first.hash }]]), eventHashes: new Map(), keys: new Map([[key.id, key.publicKey]]) };
    const rest = await checkIncoming(batch({ events: [third, second] }), local, digest, verify);
    expect(rest.events.map((e) => e.seq)).toEqual([2, 3]);
  });

  it('skips what it holds already, and refuses an event it holds with another content', async () => {
    const { lead, key } = await leadWithIncident();
    const [first] = lead.events as [TimelineEvent];
    const local: LocalRecord = { heads: new Map([[chainKey(first.incidentId, first.installationId), { seq: 1, hash: first.hash }]]), eventHashes: new Map([[first.id, first.hash]]), keys: new Map([[key.id, key.publicKey]]) };
    expect((await checkIncoming(batch({ events: [first] }), local, digest, verify)).events).toEqual([]);
    const other = { ...local, eventHashes: new Map([[first.id, 'f'.repeat(64)]]) };
    expect((await checkIncoming(batch({ events: [first] }), other, digest, verify)).refused).toMatchObject([{ id: first.id, reason: 'altered' }]);
  });

  it('refuses an event altered after it was signed', async () => {
    const { lead, key } = await leadWithIncident();
    const altered = { ...lead.events[1]!, actor: 'Mallory' };
    const checked = await checkIncoming(batch({ events: [lead.events[0], altered], installations: [key] }), nothingHere, digest, verify);
    expect(checked.refused).toMatchObject([{ id: altered.id, reason: 'altered' }]);
    expect(checked.events.map((e) => e.seq)).toEqual([1]);
  });

  it('refuses an event re-hashed by someone without the key: the signature no longer holds', async () => {
    const { lead, key } = await leadWithIncident();
    const mallory = new Recorder('installation-lead');
    await mallory.create('Kundeliste sendt til feil mottaker', '2026-03-02T07:30:00.000Z');
    const forged = { ...mallory.events[0]!, id: lead.events[0]!.id };
    const checked = await checkIncoming(batch({ events: [forged], installations: [key] }), nothingHere, digest, verify);
    expect(checked.refused[0]?.reason).toMatch(/altered|bad-signature/);
    expect(checked.events).toEqual([]);
  });

  it('refuses a second key under an installation id it knows: someone posing as that laptop', async () => {
    const { key } = await leadWithIncident();
    const impostor = (await new Recorder('installation-lead').signing()).record;
    const local: LocalRecord = { ...nothingHere, keys: new Map([[key.id, key.publicKey]]) };
    const checked = await checkIncoming(batch({ installations: [impostor] }), local, digest, verify);
    expect(checked.refused).toMatchObject([{ id: 'installation-lead', reason: 'impostor' }]);
    expect(checked.installations).toEqual([]);
  });

  it('refuses an event that takes a place in a chain another event holds', async () => {
    const { lead, key } = await leadWithIncident();
    const [first, second] = lead.events as [TimelineEvent, TimelineEvent];
    const local: LocalRecord = {
      heads: new Map([[chainKey(first.incidentId, first.installationId), { seq: 2, hash: 'e'.repeat(64) }]]),
      eventHashes: new Map(),
      keys: new Map([[key.id, key.publicKey]]),
    };
    const checked = await checkIncoming(batch({ events: [second] }), local, digest, verify);
    expect(checked.refused).toMatchObject([{ id: second.id, reason: 'broken-chain' }]);
  });

  it('refuses what is not an event at all, and a person whose data do not fit', async () => {
    const checked = await checkIncoming(batch({ events: [{ id: 'x', kind: 'incident-created' }], subjects: [{ id: 'p', name: '' }] }), nothingHere, digest, verify);
    expect(checked.refused.map((r) => r.reason)).toEqual(['shape', 'shape']);
  });
});

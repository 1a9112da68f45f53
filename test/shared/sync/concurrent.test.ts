import { describe, expect, it } from 'vitest';
import { changeDetails, changeStatus } from '../../../shared/incident/changes';
import type { TimelineEvent } from '../../../shared/incident/events';
import { replayIncident } from '../../../shared/incident/project';
import { concurrentChanges } from '../../../shared/sync/concurrent';
import { Recorder } from '../incident/fixtures';

// The lead and the DPO work on the same incident on two laptops, apart, then their histories meet.

/** The DPO's laptop after it has received everything the lead wrote so far. */
function receive(dpo: Recorder, events: readonly TimelineEvent[]) {
  const ids = new Set(dpo.events.map((e) => e.id));
  dpo.events.push(...events.filter((e) => !ids.has(e.id)));
  const incidentIds = new Set(events.map((e) => e.incidentId));
  for (const id of incidentIds) dpo.incidents.set(id, replayIncident(dpo.events.filter((e) => e.incidentId === id))!.incident);
}

async function apart() {
  const lead = new Recorder('installation-a', '2026-03-02T08:00:00.000Z', 'Kari (sikkerhetsleder)');
  const dpo = new Recorder('installation-b', '2026-03-02T08:00:00.000Z', 'Per (personvernombud)');
  const { id } = await lead.create('Kundeliste sendt til feil mottaker', '2026-03-02T07:30:00.000Z');
  receive(dpo, lead.events);
  return { lead, dpo, id };
}

describe('two people change the same field while apart', () => {
  it('the later change wins, both stay in the history, and the history says the later writer had not seen the other', async () => {
    const { lead, dpo, id } = await apart();
    lead.at('2026-03-02T09:00:00.000Z');
    await lead.change(id, (i, meta) => changeDetails(i, { title: 'Kundeliste til feil kunde' }, meta));
    dpo.at('2026-03-02T09:30:00.000Z');
    await dpo.change(id, (i, meta) => changeDetails(i, { title: 'E-post med kundeliste' }, meta));
    const merged = [...lead.events, ...dpo.events.filter((e) => !lead.events.some((l) => l.id === e.id))];
    expect(replayIncident(merged)!.incident.title).toBe('E-post med kundeliste');
    const found = concurrentChanges(merged);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ field: 'title', replaced: { actor: 'Kari (sikkerhetsleder)', value: 'Kundeliste til feil kunde' }, seen: 'Kundeliste sendt til feil mottaker' });
    expect(merged.find((e) => e.id === found[0]!.eventId)!.actor).toBe('Per (personvernombud)');
  });

  it('gives the same result on both laptops, whatever order the events arrived in', async () => {
    const { lead, dpo, id } = await apart();
    await lead.change(id, (i, meta) => changeDetails(i, { title: 'A' }, meta));
    await dpo.change(id, (i, meta) => changeDetails(i, { title: 'B' }, meta));
    const onLead = [...lead.events, ...dpo.events.slice(1)];
    const onDpo = [...dpo.events].reverse().concat(lead.events.slice(1));
    expect(replayIncident(onLead)!.incident).toEqual(replayIncident(onDpo)!.incident);
    expect(concurrentChanges(onLead)).toEqual(concurrentChanges(onDpo));
  });

  it('at the same instant, the installation whose id sorts last wins', async () => {
    const { lead, dpo, id } = await apart();
    lead.at('2026-03-02T10:00:00.000Z');
    dpo.at('2026-03-02T10:00:00.000Z');
    await lead.change(id, (i, meta) => changeDetails(i, { title: 'From a' }, meta));
    await dpo.change(id, (i, meta) => changeDetails(i, { title: 'From b' }, meta));
    expect(lead.events.at(-1)!.at).toBe(dpo.events.at(-1)!.at);
    expect(replayIncident([...lead.events, dpo.events.at(-1)!])!.incident.title).toBe('From b');
  });

  it('names no conflict when the second person had seen the first change', async () => {
    const { lead, dpo, id } = await apart();
    await lead.change(id, (i, meta) => changeDetails(i, { title: 'Kundeliste til feil kunde' }, meta));
    receive(dpo, lead.events);
    dpo.at('2026-03-02T09:00:00.000Z');
    await dpo.change(id, (i, meta) => changeDetails(i, { title: 'E-post med kundeliste' }, meta));
    expect(concurrentChanges(dpo.events)).toEqual([]);
  });

  it('names no conflict between different fields, nor between one person’s own changes', async () => {
    const { lead, dpo, id } = await apart();
    await lead.change(id, (i, meta) => changeDetails(i, { title: 'Ny tittel' }, meta));
    await lead.change(id, (i, meta) => changeDetails(i, { title: 'Enda en tittel' }, meta));
    await dpo.change(id, (i, meta) => changeDetails(i, { description: 'Oppsummering' }, meta));
    expect(concurrentChanges([...lead.events, ...dpo.events.slice(1)])).toEqual([]);
  });

  it('finds a status changed by both', async () => {
    const { lead, dpo, id } = await apart();
    await lead.change(id, (i, meta) => changeStatus(i, 'contained', meta));
    dpo.at('2026-03-03T08:00:00.000Z');
    await dpo.change(id, (i, meta) => changeStatus(i, 'draft', meta));
    const found = concurrentChanges([...lead.events, ...dpo.events.slice(1)]);
    expect(found.map((c) => c.field)).toEqual(['status']);
  });
});

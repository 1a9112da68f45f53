import { describe, expect, it } from 'vitest';
import { createIncident, incidentsNewestFirst, loadRegister, positionAfter, recordNotification, type NewestFirstPosition } from '../../../renderer/src/db/repository';
import { loadRegisterInSlices, type RegisterLoad } from '../../../renderer/src/features/register/useRegisterRows';
import { screenServices } from './render';
import { authorityNotice } from '../../support/notices';

// The register reads the newest screenful first and the rest in slices: what it ends with must be
// exactly the register, and an abandoned read stops.

async function seeded(count: number) {
  const services = screenServices(new Date('2026-11-25T09:00:00Z'));
  const ctx = { now: services.now(), actor: 'Test User', newId: services.newId };
  for (let i = 0; i < count; i++) {
    const awareAt = new Date(Date.UTC(2026, 10, 24) - i * 3_600_000).toISOString();
    const incident = await createIncident(services.db, { title: `Hendelse ${i}`, awareAt, role: 'controller' }, ctx);
    if (i % 40 === 0) {
      await recordNotification(
        services.db,
        incident.id,
        authorityNotice(new Date(Date.parse(awareAt) + 3_600_000).toISOString(), `AR${String(i).padStart(6, '0')}`),
        ctx,
      );
    }
  }
  return services.db;
}

describe('reading the register in slices', { timeout: 30_000 }, () => {
  it('shows the newest incidents first and ends with the whole register, notifications included', async () => {
    const db = await seeded(130);
    const loads: RegisterLoad[] = [];
    await loadRegisterInSlices(db, (load) => loads.push(load), () => false);

    expect(loads[0]).toMatchObject({ total: 130, complete: false });
    expect(loads[0]!.rows).toHaveLength(60);
    expect(loads[0]!.rows!.map((r) => r.title)).toEqual(Array.from({ length: 60 }, (_, i) => `Hendelse ${i}`));
    expect(loads[0]!.rows![0]!.authority.references).toEqual(['AR000000']);
    const last = loads.at(-1)!;
    expect(last.complete).toBe(true);
    expect(last.rows).toEqual(await loadRegister(db));
    expect(last.rows!.filter((r) => r.authority.count > 0)).toHaveLength(4);
  });

  it('stops reading when the screen no longer wants the rows', async () => {
    const db = await seeded(70);
    const loads: RegisterLoad[] = [];
    await loadRegisterInSlices(db, (load) => loads.push(load), () => loads.length > 0);
    expect(loads).toHaveLength(1);
    expect(loads[0]!.complete).toBe(false);
  });

  it('goes on from where a slice stopped, also when many incidents share one instant of awareness', async () => {
    const services = screenServices(new Date('2026-11-25T09:00:00Z'));
    const ctx = { now: services.now(), actor: 'Test User', newId: services.newId };
    const instants = ['2026-11-03', '2026-11-02', '2026-11-02', '2026-11-02', '2026-11-02', '2026-11-02', '2026-11-01', '2026-11-01'];
    for (const [i, day] of instants.entries()) await createIncident(services.db, { title: `Hendelse ${i}`, awareAt: `${day}T08:00:00.000Z`, role: 'controller' }, ctx);
    const all = (await services.db.incidents.orderBy('awareAt').reverse().toArray()).map((incident) => incident.id);
    for (const limit of [1, 2, 3, 4]) {
      const read: string[] = [];
      let position: NewestFirstPosition | null = null;
      for (let slice = await incidentsNewestFirst(services.db, null, limit); slice.length > 0; slice = await incidentsNewestFirst(services.db, position, limit)) {
        position = positionAfter(position, slice);
        read.push(...slice.map((incident) => incident.id));
      }
      // Every incident once, in the index's order: slices of 2 and 4 end inside the five of 2 November.
      expect(read).toEqual(all);
    }
  });

  it('says at once that an empty register is complete', async () => {
    const db = await seeded(0);
    const loads: RegisterLoad[] = [];
    await loadRegisterInSlices(db, (load) => loads.push(load), () => false);
    expect(loads).toEqual([{ rows: [], total: 0, complete: true }]);
  });
});

import { describe, expect, it } from 'vitest';
import { eventHash } from '../../shared/chain';
import type { TimelineEvent } from '../../shared/incident/events';
import { eventDoc } from '../../shared/sync/documents';
import { createIncident } from '../../renderer/src/db/repository';
import { digest } from '../shared/incident/fixtures';
import { writer } from '../renderer/db/support';
import { eventually, laptop, serverPerTest, TEAM, type Laptop } from './support';

// Someone with a login to the server (or the server itself) tries to change the record: the
// server's rules refuse changes and bad shapes; what gets past them is refused by every laptop's
// own checks, and shown.

const [kari, per] = TEAM as [(typeof TEAM)[number], (typeof TEAM)[number]];
const intake = { title: 'Kundeliste sendt til feil mottaker', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' as const };
const auth = { authorization: `Basic ${btoa(`${kari.name}:${kari.password}`)}`, 'content-type': 'application/json' };

const { server, laptops } = serverPerTest();

async function leadAndDpo(): Promise<{ lead: Laptop; dpo: Laptop; first: TimelineEvent }> {
  const lead = await laptop(server(), kari, 'inst-lead');
  const dpo = await laptop(server(), per, 'inst-dpo');
  laptops.push(lead, dpo);
  const incident = await createIncident(lead.db, intake, writer('2026-03-02T09:00:00.000Z', 'Kari Nordmann', 'lead'));
  await eventually('the incident on the DPO laptop', () => dpo.db.incidents.get(incident.id));
  const first = (await lead.db.events.where('incidentId').equals(incident.id).first())!;
  return { lead, dpo, first };
}

const put = (path: string, body: unknown) => fetch(`${server().url}${path}`, { method: 'PUT', headers: auth, body: JSON.stringify(body) });

describe('a forged or altered event', () => {
  it("is refused by the server's rules when it changes an event, deletes one, or is not shaped as one", async () => {
    const { first } = await leadAndDpo();
    const stored = (await server().call(`/avvik-events/${first.id}`)) as { _rev: string };
    const altered = await put(`/avvik-events/${first.id}`, { ...eventDoc({ ...first, actor: 'Mallory' }), _rev: stored._rev });
    expect(altered.status).toBe(403);
    expect(await altered.json()).toMatchObject({ reason: 'Events and keys are never changed.' });
    const deleted = await fetch(`${server().url}/avvik-events/${first.id}?rev=${stored._rev}`, { method: 'DELETE', headers: auth });
    expect(deleted.status).toBe(403);
    const shapeless = await put('/avvik-events/forged-1', { type: 'event', event: { id: 'forged-1', note: 'no' } });
    expect(shapeless.status).toBe(403);
  });

  it('that the server lets through (right shape, wrong content) is refused by the receiving laptop and named', async () => {
    const { dpo, first } = await leadAndDpo();
    // A second event on the lead's chain, well formed and hashed, but not signed by the lead's key.
    const unsigned = { ...first, id: 'forged-2', seq: 2, prevHash: first.hash, kind: 'status-changed' as const, payload: { from: 'investigating' as const, to: 'closed' as const }, at: '2026-03-02T10:00:00.000Z' };
    const { sig: _dropped, ...content } = unsigned;
    const hash = await eventHash(content, digest);
    const forged = { ...unsigned, hash, sig: first.sig } as TimelineEvent;
    expect((await put('/avvik-events/forged-2', eventDoc(forged))).status).toBe(201);
    // And an event whose content was changed after it was hashed and signed.
    const tampered = { ...first, id: 'forged-3', actor: 'Mallory' } as TimelineEvent;
    expect((await put('/avvik-events/forged-3', eventDoc(tampered))).status).toBe(201);
    const status = await eventually('the refusals shown on the DPO laptop', async () => {
      const last = dpo.engine.current();
      return last.refused.length >= 2 ? last : null;
    });
    expect(status.refused.map((r) => [r.id, r.reason]).sort()).toEqual([
      ['forged-2', 'bad-signature'],
      ['forged-3', 'altered'],
    ]);
    expect(await dpo.db.events.bulkGet(['forged-2', 'forged-3'])).toEqual([undefined, undefined]);
    expect((await dpo.db.incidents.get(first.incidentId))!.status).toBe('investigating');
  });
});

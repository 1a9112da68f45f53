import { describe, expect, it } from 'vitest';
import { getIncident, updateFacts } from '../../../renderer/src/db/repository';
import { makeServices } from '../harness';
import { NOW, ctx, seedIncident } from './support';

// Answers given one after another on the facts form are each laid over the facts as stored, so a
// screen that has not yet seen the last save cannot write an older answer back.

describe('answers to the facts', () => {
  it('each answer is kept when the next is given before the screen has caught up', async () => {
    const services = makeServices(NOW);
    const incident = await seedIncident(services);
    await updateFacts(services.db, incident.id, { protection: 'none' }, ctx(services));
    await updateFacts(services.db, incident.id, { recipient: 'untrusted' }, ctx(services));

    const facts = (await getIncident(services.db, incident.id))!.facts;
    expect(facts).toMatchObject({ protection: 'none', recipient: 'untrusted', personalData: 'unknown' });
    const events = await services.db.events.where('incidentId').equals(incident.id).sortBy('seq');
    expect(events.map((e) => (e.kind === 'facts-changed' ? Object.keys(e.payload.changes) : e.kind))).toEqual(
      ['incident-created', ['protection'], ['recipient']],
    );
  });
});

import { describe, expect, it } from 'vitest';
import { verifyTimeline } from '../../../shared/chain';
import { incidentSchema } from '../../../shared/incident/model';
import { migrateEventsV1, migrateIncidentV1, type EventV1, type IncidentV1 } from '../../../shared/incident/migrations';
import { timelineEventSchema } from '../../../shared/incident/events';
import { digest } from './fixtures';

const v1: IncidentV1 = {
  id: 'i1',
  ref: 'AVV-2026-001',
  title: 'Tapt PC',
  status: 'investigating',
  role: 'processor',
  occurredFrom: '2026-01-01T10:00:00.000Z',
  occurredTo: null,
  discoveredAt: '2026-01-02T10:00:00.000Z',
  awareAt: '2026-01-02T11:00:00.000Z',
  createdAt: '2026-01-02T11:05:00.000Z',
  updatedAt: '2026-01-02T11:05:00.000Z',
};
const created: EventV1 = { id: 'e1', incidentId: 'i1', at: v1.createdAt, actor: 'Kari', kind: 'incident-created', payload: { title: v1.title, awareAt: v1.awareAt, role: 'processor' } };

describe('migrating the first slice’s rows (v1 → v2)', () => {
  it('keeps every v1 field and adds facts as unknown, never guessed', () => {
    const incident = incidentSchema.parse(migrateIncidentV1(v1));
    expect(incident).toMatchObject({ ...v1, assessment: null, decision: null, risk: 'unassessed' });
    expect(incident.facts).toMatchObject({ role: 'processor', personalData: 'unknown', subjectCount: null });
  });

  it('chains the old events on this installation and records the head', async () => {
    const { incidents, events, orphans } = await migrateEventsV1([migrateIncidentV1(v1)], [created], 'inst-1', digest);
    expect(orphans).toBe(0);
    expect(timelineEventSchema.parse(events[0])).toMatchObject({ id: 'e1', seq: 1, prevHash: null, installationId: 'inst-1', payload: { ref: 'AVV-2026-001' } });
    expect(incidents[0]!.heads['inst-1']).toEqual({ seq: 1, hash: events[0]!.hash });
    expect(await verifyTimeline(events, digest, { heads: { i1: incidents[0]!.heads } })).toMatchObject({ ok: true });
  });

  it('leaves out events of an incident that no longer exists', async () => {
    const { events, orphans } = await migrateEventsV1([], [created], 'inst-1', digest);
    expect(events).toEqual([]);
    expect(orphans).toBe(1);
  });
});

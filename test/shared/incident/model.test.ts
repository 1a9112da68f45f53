import { describe, expect, it } from 'vitest';
import { unknownFacts } from '../../../shared/assessment';
import { incidentSchema, newIncident, withIndexKeys } from '../../../shared/incident/model';
import { defaultSettings, isValidOrgNr, ownProfile, settingsSchema } from '../../../shared/incident/settings';
import { subjectSchema } from '../../../shared/incident/subjects';
import { timelineEventSchema } from '../../../shared/incident/events';
import { Recorder } from './fixtures';

const fresh = () =>
  newIncident({ id: 'i1', ref: 'AVV-2026-001', title: 'Tapt PC', role: 'controller', awareAt: '2026-02-01T10:00:00.000Z', now: '2026-02-01T10:05:00.000Z', facts: unknownFacts() });

describe('an incident record', () => {
  it('starts with every fact unknown, nothing assessed, and open', () => {
    const incident = fresh();
    expect(incidentSchema.parse(incident)).toEqual(incident);
    expect(incident.facts.personalData).toBe('unknown');
    expect(incident).toMatchObject({ status: 'investigating', risk: 'unassessed', openAwareAt: incident.awareAt, assessment: null, closedAt: null });
  });

  it('keeps occurred, detected and aware instants apart', () => {
    const incident = { ...fresh(), occurredFrom: '2026-01-30T08:00:00.000Z', occurredTo: null, discoveredAt: '2026-01-31T09:00:00.000Z' };
    expect(incidentSchema.parse(incident)).toMatchObject({ occurredFrom: '2026-01-30T08:00:00.000Z', discoveredAt: '2026-01-31T09:00:00.000Z', awareAt: '2026-02-01T10:00:00.000Z' });
  });

  it('refuses instants with an offset: storage is UTC', () => {
    expect(incidentSchema.safeParse({ ...fresh(), awareAt: '2026-02-01T11:00:00+01:00' }).success).toBe(false);
  });

  it('refuses index keys that disagree with the record', () => {
    expect(incidentSchema.safeParse({ ...fresh(), risk: 'high' }).success).toBe(false);
    expect(incidentSchema.safeParse({ ...fresh(), status: 'closed', closedAt: '2026-02-02T00:00:00.000Z' }).success).toBe(false);
    expect(incidentSchema.safeParse({ ...fresh(), role: 'processor' }).success).toBe(false);
  });

  it('drops the open-deadline key once closed', () => {
    const closed = withIndexKeys({ ...fresh(), status: 'closed', closedAt: '2026-02-02T00:00:00.000Z' });
    expect('openAwareAt' in closed).toBe(false);
    expect(incidentSchema.safeParse(closed).success).toBe(true);
  });

  it('refuses unknown fields: one definition, no strays', () => {
    expect(incidentSchema.safeParse({ ...fresh(), colour: 'red' }).success).toBe(false);
  });
});

describe('events keep people out of the timeline', () => {
  it('allows only ids and a count when people are imported', async () => {
    const r = new Recorder();
    const incident = await r.create('Brev i feil konvolutt', '2026-02-01T10:00:00.000Z');
    await r.addPeople(incident.id, [{ name: 'Ola Nordmann', address: 'Storgata 1, 0155 Oslo', email: 'ola@example.no', language: 'nb' }]);
    const event = r.events.at(-1)!;
    expect(event.kind).toBe('subjects-imported');
    expect(JSON.stringify(r.events)).not.toMatch(/Ola|Storgata|ola@example/);
    const withName = { ...event, payload: { ...event.payload, names: ['Ola Nordmann'] } };
    expect(timelineEventSchema.safeParse(withName).success).toBe(false);
  });

  it('refuses an unknown event kind', async () => {
    const r = new Recorder();
    await r.create('X', '2026-02-01T10:00:00.000Z');
    expect(timelineEventSchema.safeParse({ ...r.events[0]!, kind: 'deleted' }).success).toBe(false);
  });

  it('a person needs a name and a language', () => {
    const base = { id: 's1', incidentId: 'i1', name: 'Kari', address: null, email: null, language: 'nb', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    expect(subjectSchema.safeParse(base).success).toBe(true);
    expect(subjectSchema.safeParse({ ...base, name: '' }).success).toBe(false);
    expect(subjectSchema.safeParse({ ...base, language: 'se' }).success).toBe(false);
  });
});

describe('settings', () => {
  it('default to Oslo time, bokmål and 24 hours for a processor', () => {
    const settings = settingsSchema.parse(defaultSettings('inst-1', '2026-01-01T00:00:00.000Z'));
    expect(settings).toMatchObject({ timeZone: 'Europe/Oslo', processorDeadlineHours: 24, orgNr: '' });
    expect(ownProfile(settings)).toMatchObject({ name: '', language: 'nb' });
  });

  it('check the organisation number’s MOD11 digit', () => {
    expect(isValidOrgNr('974760673')).toBe(true); // Brønnøysundregistrene
    expect(isValidOrgNr('974760674')).toBe(false);
    expect(isValidOrgNr('97476067')).toBe(false);
    expect(settingsSchema.safeParse({ ...defaultSettings('i', '2026-01-01T00:00:00.000Z'), orgNr: '123456789' }).success).toBe(false);
  });

  it('refuse an unknown time zone and a processor limit beyond 72 hours', () => {
    const base = defaultSettings('i', '2026-01-01T00:00:00.000Z');
    expect(settingsSchema.safeParse({ ...base, timeZone: 'Europe/Bergen' }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...base, processorDeadlineHours: 96 }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  foldListProblems,
  schemaProblems,
  splitList,
  timeAnswer,
} from '../../../renderer/src/features/incident/record/problems';

// The record editors' checks read the record's own schemas: what the repository would refuse is
// refused on screen first, each problem at the answer it belongs to.

const ENV = { now: new Date('2026-11-25T09:00:00Z'), timeZone: 'Europe/Oslo', lang: 'nb' as const };

describe('the checks of the record editors', () => {
  it('find each refusal of a field’s schema at its path, with the limit and the length', () => {
    expect(
      schemaProblems('otherParties', [
        { role: 'processor', name: '', contact: 'x'.repeat(301), detail: { nb: '', en: '' } },
      ]),
    ).toEqual({
      'otherParties.0.name': { key: 'record.error.required' },
      'otherParties.0.contact': { key: 'record.error.too-long', params: { max: 300, count: 301 } },
    });
    expect(schemaProblems('police', { status: 'yes', reportedAt: null, caseNumber: '12345' })).toEqual({});
  });

  it('gather a list’s problems under the list, naming the item', () => {
    const items = splitList('Sverige,  , Danmark,' + 'x'.repeat(120), ',');
    expect(items).toHaveLength(3);
    const problems = schemaProblems('crossBorder', { status: 'yes', leadAuthority: '', countries: items });
    expect(foldListProblems(problems, 'crossBorder.countries', items)).toEqual({
      'crossBorder.countries': {
        key: 'record.error.item-too-long',
        params: { item: `${'x'.repeat(24)}…`, max: 100 },
      },
    });
  });

  it('take a time in the user’s zone, refuse the future and a time before the breach began', () => {
    expect(timeAnswer('', ENV)).toEqual({ value: null, problem: null });
    expect(timeAnswer('2026-11-24T15:00', ENV)).toEqual({ value: '2026-11-24T14:00:00.000Z', problem: null });
    expect(timeAnswer('2026-11-25T11:00', ENV).problem).toEqual({ key: 'incident.error.time-in-future' });
    expect(timeAnswer('2026-11-24T15:00', ENV, '2026-11-24T15:00:00.000Z').problem).toEqual({
      key: 'record.error.before-breach',
      params: { at: '24.11.2026 16:00 CET' },
    });
  });
});

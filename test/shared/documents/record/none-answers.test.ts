import { describe, expect, it } from 'vitest';
import { unknownFacts } from '../../../../shared/assessment';
import { otherAuthorities, otherPartiesText } from '../../../../shared/documents/record/incident';
import { newIncident, type Incident } from '../../../../shared/incident/model';

// "Were others involved?" and "Have other authorities been told?" answered "no" are answers: the
// notification says so instead of "not yet known", which it keeps for questions nobody answered.

const AT = '2026-11-24T13:30:00.000Z';

function incident(patch: Partial<Incident> = {}): Incident {
  const base = newIncident({
    id: 'i1',
    ref: 'AVV-2026-001',
    title: 'Tapt PC',
    role: 'controller',
    awareAt: AT,
    now: AT,
    facts: unknownFacts(),
  });
  return { ...base, ...patch };
}

describe('"no one else" in the notification', () => {
  it('is not known until answered', () => {
    expect(otherPartiesText(incident())).toBeNull();
    expect(otherAuthorities(incident(), 'Europe/Oslo').others).toBeNull();
  });

  it('says no when the answer is no', () => {
    const answered = incident({ otherPartiesInvolved: 'no', otherAuthoritiesNotified: 'no' });
    expect(otherPartiesText(answered)).toEqual({
      nb: 'Nei, ingen andre virksomheter var involvert.',
      en: 'No, no other organisation was involved.',
    });
    expect(otherAuthorities(answered, 'Europe/Oslo').others).toEqual({ nb: 'Nei', en: 'No' });
  });

  it('lists the parties when there are some, whatever the answer says', () => {
    const listed = incident({
      otherPartiesInvolved: 'yes',
      otherParties: [{ role: 'processor', name: 'Drift AS', contact: '', detail: { nb: '', en: '' } }],
    });
    expect(otherPartiesText(listed)).toEqual({ nb: 'Databehandler: Drift AS', en: 'Processor: Drift AS' });
  });
});

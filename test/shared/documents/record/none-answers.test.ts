import { describe, expect, it } from 'vitest';
import { unknownFacts } from '../../../../shared/assessment';
import { notificationContent } from '../../../../shared/documents';
import { notificationInput } from '../../../../shared/documents/record/notification';
import { NOT_KNOWN } from '../../../../shared/documents/text/common';
import { NOTIFICATION } from '../../../../shared/documents/text/notification';
import { newIncident, type Incident } from '../../../../shared/incident/model';

// "Were others involved?" and "Have other authorities been told?" answered "no" are answers: the
// notification says so instead of "not yet known", which it keeps for questions nobody answered.
// Read through the one path from record to document, by the form's own labels.

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

/** The value a field of the notification prints, by its label. */
function printed(record: Incident, lang: 'nb' | 'en', label: 'otherParties' | 'others'): string {
  const moment = { lang, timeZone: 'Europe/Oslo', now: new Date('2026-11-25T09:00:00Z') };
  const blocks = notificationContent(notificationInput(record, undefined, [], [], moment, 'complete')).flatMap(
    (s) => s.blocks,
  );
  const field = blocks.find((b) => b.kind === 'field' && b.label === NOTIFICATION[lang].fields[label]);
  if (field?.kind !== 'field') throw new Error(`no field ${label}`);
  return field.value;
}

describe('"no one else" in the notification', () => {
  it('does not say no until it is answered', () => {
    expect(printed(incident(), 'nb', 'otherParties')).not.toMatch(/^Nei\b/);
    expect(printed(incident(), 'en', 'others')).not.toMatch(/^No\b/);
  });

  it('says no when the answer is no, in both languages', () => {
    const answered = incident({ otherPartiesInvolved: 'no', otherAuthoritiesNotified: 'no' });
    for (const lang of ['nb', 'en'] as const) {
      for (const label of ['otherParties', 'others'] as const) {
        const value = printed(answered, lang, label);
        expect(value).not.toContain(NOT_KNOWN[lang]);
        expect(value).toMatch(lang === 'nb' ? /^Nei\b/ : /^No\b/);
      }
    }
  });

  it('lists the parties when there are some', () => {
    const listed = incident({
      otherPartiesInvolved: 'yes',
      otherParties: [{ role: 'processor', name: 'Drift AS', contact: '', detail: { nb: '', en: '' } }],
    });
    expect(printed(listed, 'nb', 'otherParties')).toContain('Drift AS');
  });
});

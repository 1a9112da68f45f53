import { describe, expect, it } from 'vitest';
import { cleanTitle, validateIntake } from '../../../shared/incident/intake';
import { nextIncidentRef } from '../../../shared/incident/model';

const NOW = new Date('2026-11-25T09:00:00Z');

describe('validating the fast intake', () => {
  it('accepts a title and a past awareness time, and stores the instant in UTC', () => {
    const result = validateIntake({ title: 'Tapt PC', awareAt: '2026-11-25T08:30' }, NOW, 'Europe/Oslo');
    expect(result).toEqual({
      ok: true,
      value: { title: 'Tapt PC', awareAt: '2026-11-25T07:30:00.000Z', role: 'controller' },
    });
  });

  it('names every field that is wrong at once', () => {
    const result = validateIntake({ title: '   ', awareAt: '2026-02-30T10:00' }, NOW, 'Europe/Oslo');
    expect(result).toEqual({ ok: false, errors: { title: 'title-required', awareAt: 'aware-invalid' } });
  });

  it('refuses an awareness time in the future, allowing a minute of slack for "now"', () => {
    expect(validateIntake({ title: 'x', awareAt: '2026-11-25T10:01' }, NOW, 'Europe/Oslo').ok).toBe(true);
    expect(validateIntake({ title: 'x', awareAt: '2026-11-25T10:02' }, NOW, 'Europe/Oslo')).toMatchObject({
      ok: false,
      errors: { awareAt: 'aware-in-future' },
    });
  });

  it('refuses a missing awareness time', () => {
    expect(validateIntake({ title: 'x', awareAt: '' }, NOW, 'Europe/Oslo')).toMatchObject({
      errors: { awareAt: 'aware-required' },
    });
  });

  it('refuses a title over 200 characters', () => {
    expect(validateIntake({ title: 'a'.repeat(201), awareAt: '2026-11-25T08:00' }, NOW, 'Europe/Oslo')).toMatchObject({
      errors: { title: 'title-too-long' },
    });
  });

  it('folds control and bidi-override characters out of a hostile title', () => {
    expect(cleanTitle('Tapt\u0000 PC\n\t\u202Egnp.exe')).toBe('Tapt PC gnp.exe');
  });

  it('refuses an unknown time zone loudly rather than guessing', () => {
    expect(() => validateIntake({ title: 'x', awareAt: '2026-11-25T08:00' }, NOW, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('incident references', () => {
  it('numbers incidents within the year of awareness', () => {
    expect(nextIncidentRef(2026, [])).toBe('AVV-2026-001');
    expect(nextIncidentRef(2026, ['AVV-2026-001', 'AVV-2025-014', 'AVV-2026-007'])).toBe('AVV-2026-008');
    expect(nextIncidentRef(2027, ['AVV-2026-999'])).toBe('AVV-2027-001');
    expect(nextIncidentRef(2026, ['AVV-2026-999'])).toBe('AVV-2026-1000');
  });
});

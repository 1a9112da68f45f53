import { describe, expect, it } from 'vitest';
import { cleanDescription, cleanTitle, validateIntake } from '../../../shared/incident/intake';
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
    expect(
      validateIntake({ title: 'a'.repeat(201), awareAt: '2026-11-25T08:00' }, NOW, 'Europe/Oslo'),
    ).toMatchObject({
      errors: { title: 'title-too-long' },
    });
  });

  it('folds control and bidi-override characters out of a hostile title', () => {
    expect(cleanTitle('Tapt\u0000 PC\n\t\u202Egnp.exe')).toBe('Tapt PC gnp.exe');
  });

  it('removes zero-width characters and byte order marks without splitting the word they hide in', () => {
    expect(cleanTitle('\uFEFFTapt\u200B PC\u2060 i Tromsø\u200D')).toBe('Tapt PC i Tromsø');
    expect(cleanTitle('Lån\u200Btaker')).toBe('Låntaker');
  });

  it('keeps Sámi and Polish letters and emoji in a title', () => {
    expect(cleanTitle('Brev til Máret Čuovga og Łukasz Øvergård 📨')).toBe(
      'Brev til Máret Čuovga og Łukasz Øvergård 📨',
    );
  });

  it('refuses an unknown time zone loudly rather than guessing', () => {
    expect(() => validateIntake({ title: 'x', awareAt: '2026-11-25T08:00' }, NOW, 'Mars/Olympus')).toThrow(
      RangeError,
    );
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

describe('the optional fields of the intake', () => {
  const base = { title: 'Tapt PC', awareAt: '2026-11-25T08:30' };

  it('keeps every optional field apart and in UTC, and leaves out what was not given', () => {
    const result = validateIntake(
      {
        ...base,
        role: 'processor',
        occurredFrom: '2026-11-24T22:00',
        occurredTo: '2026-11-25T01:15',
        discoveredAt: '2026-11-25T07:45',
        description: '  PC-en ble glemt på toget.\r\nDen var ikke kryptert.  ',
      },
      NOW,
      'Europe/Oslo',
    );
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Tapt PC',
        awareAt: '2026-11-25T07:30:00.000Z',
        role: 'processor',
        details: {
          occurredFrom: '2026-11-24T21:00:00.000Z',
          occurredTo: '2026-11-25T00:15:00.000Z',
          discoveredAt: '2026-11-25T06:45:00.000Z',
          description: 'PC-en ble glemt på toget.\nDen var ikke kryptert.',
        },
      },
    });
  });

  it('reads empty optional fields as "not known yet", not as an error', () => {
    const result = validateIntake(
      { ...base, occurredFrom: '', occurredTo: ' ', discoveredAt: '', description: '   ' },
      NOW,
      'Europe/Oslo',
    );
    expect(result).toEqual({
      ok: true,
      value: { title: 'Tapt PC', awareAt: '2026-11-25T07:30:00.000Z', role: 'controller' },
    });
  });

  it('accepts a breach that began but whose end is not known yet', () => {
    const result = validateIntake({ ...base, occurredFrom: '2026-11-20T12:00' }, NOW, 'Europe/Oslo');
    expect(result).toMatchObject({
      ok: true,
      value: { details: { occurredFrom: '2026-11-20T11:00:00.000Z' } },
    });
  });

  it('refuses occurred and detected times in the future', () => {
    const result = validateIntake(
      {
        ...base,
        occurredFrom: '2026-11-26T08:00',
        occurredTo: '2026-11-27T08:00',
        discoveredAt: '2026-11-25T10:30',
      },
      NOW,
      'Europe/Oslo',
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        occurredFrom: 'occurred-from-in-future',
        occurredTo: 'occurred-to-in-future',
        discoveredAt: 'discovered-in-future',
      },
    });
  });

  it('refuses a breach that ends before it began', () => {
    const result = validateIntake(
      { ...base, occurredFrom: '2026-11-24T12:00', occurredTo: '2026-11-24T11:59' },
      NOW,
      'Europe/Oslo',
    );
    expect(result).toMatchObject({ ok: false, errors: { occurredTo: 'occurred-to-before-from' } });
    expect(
      validateIntake(
        { ...base, occurredFrom: '2026-11-24T12:00', occurredTo: '2026-11-24T12:00' },
        NOW,
        'Europe/Oslo',
      ).ok,
    ).toBe(true);
  });

  it('refuses impossible dates in the optional fields', () => {
    const result = validateIntake(
      { ...base, occurredFrom: '2026-02-30T10:00', occurredTo: 'i går', discoveredAt: '2026-13-01T10:00' },
      NOW,
      'Europe/Oslo',
    );
    expect(result).toMatchObject({
      ok: false,
      errors: {
        occurredFrom: 'occurred-from-invalid',
        occurredTo: 'occurred-to-invalid',
        discoveredAt: 'discovered-invalid',
      },
    });
  });

  it('warns, but saves, when the incident was detected after the organisation became aware', () => {
    const result = validateIntake({ ...base, discoveredAt: '2026-11-25T09:00' }, NOW, 'Europe/Oslo');
    expect(result).toMatchObject({ ok: true, warnings: { discoveredAt: 'discovered-after-aware' } });
    expect(
      validateIntake({ ...base, discoveredAt: '2026-11-25T08:30' }, NOW, 'Europe/Oslo'),
    ).not.toHaveProperty('warnings');
  });

  it('warns when the breach began after the organisation became aware of it', () => {
    const result = validateIntake({ ...base, occurredFrom: '2026-11-25T09:30' }, NOW, 'Europe/Oslo');
    expect(result).toMatchObject({ ok: true, warnings: { occurredFrom: 'occurred-after-aware' } });
  });

  it('still gives the warnings when something else is wrong', () => {
    const result = validateIntake(
      { title: '', awareAt: '2026-11-25T08:30', discoveredAt: '2026-11-25T09:00' },
      NOW,
      'Europe/Oslo',
    );
    expect(result).toEqual({
      ok: false,
      errors: { title: 'title-required' },
      warnings: { discoveredAt: 'discovered-after-aware' },
    });
  });

  it('refuses a description over 5000 characters and strips control characters but keeps lines', () => {
    expect(validateIntake({ ...base, description: 'x'.repeat(5001) }, NOW, 'Europe/Oslo')).toMatchObject({
      errors: { description: 'description-too-long' },
    });
    expect(cleanDescription('a\u0000b\r\n\u202Ec\u200B\uFEFF')).toBe('a b\nc');
  });
});

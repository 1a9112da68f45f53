import { describe, expect, it } from 'vitest';
import {
  checkOrgNr,
  formatOrgNr,
  isPlausibleEmail,
  isPlausiblePhone,
  normaliseOrgNr,
  orgNrCheckDigit,
} from '../../../shared/org';
import { isValidOrgNr } from '../../../shared/incident/settings';

// Real organisation numbers from Enhetsregisteret.
const REAL = {
  Brønnøysundregistrene: '974760673',
  'Equinor ASA': '923609016',
  'DNB Bank ASA': '984851006',
  'Arbeids- og velferdsetaten (NAV)': '889640782',
  // The sum is a multiple of 11: the check digit is 0.
  'Statistisk sentralbyrå': '971526920',
};

describe('the organisation number (MOD11)', () => {
  it.each(Object.entries(REAL))('accepts the real number of %s', (_name, number) => {
    expect(checkOrgNr(number)).toEqual({ ok: true, value: number });
  });

  it('accepts the number as people write it, with spaces or as a VAT number', () => {
    expect(checkOrgNr('974 760 673')).toEqual({ ok: true, value: '974760673' });
    expect(checkOrgNr('NO 974 760 673 MVA')).toEqual({ ok: true, value: '974760673' });
    expect(checkOrgNr(' 974.760.673 ')).toEqual({ ok: true, value: '974760673' });
  });

  it('refuses a mistyped last digit', () => {
    expect(checkOrgNr('974760674')).toEqual({ ok: false, problem: 'checksum' });
  });

  it('refuses two digits swapped, the commonest typing error', () => {
    expect(checkOrgNr('923609061')).toEqual({ ok: false, problem: 'checksum' });
    expect(checkOrgNr('984850106')).toEqual({ ok: false, problem: 'checksum' });
  });

  it('refuses every number whose first eight digits have no check digit (remainder 1)', () => {
    expect(orgNrCheckDigit('97476069')).toBeNull();
    for (let last = 0; last <= 9; last++) expect(checkOrgNr(`97476069${last}`).ok).toBe(false);
  });

  it('says when the shape is wrong rather than the checksum', () => {
    expect(checkOrgNr('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkOrgNr('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkOrgNr('97476067')).toEqual({ ok: false, problem: 'format' });
    expect(checkOrgNr('9747606730')).toEqual({ ok: false, problem: 'format' });
    expect(checkOrgNr('97476067A')).toEqual({ ok: false, problem: 'format' });
  });

  it('agrees with the check the settings schema applies, for every number it accepts or refuses', () => {
    for (let n = 974760600; n < 974760800; n++) {
      const value = String(n);
      expect(checkOrgNr(value).ok).toBe(isValidOrgNr(value));
    }
  });

  it('prints the number in groups of three and leaves anything else alone', () => {
    expect(formatOrgNr('974760673')).toBe('974 760 673');
    expect(formatOrgNr('12345')).toBe('12345');
    expect(normaliseOrgNr('974-760-673')).toBe('974760673');
  });
});

describe('contact details', () => {
  it('accepts an e-mail address and refuses the plain mistakes', () => {
    expect(isPlausibleEmail('personvern@example.no')).toBe(true);
    expect(isPlausibleEmail('ingrid.bardsen@kommune.example.no')).toBe(true);
    expect(isPlausibleEmail('personvern.example.no')).toBe(false);
    expect(isPlausibleEmail('per son@example.no')).toBe(false);
    expect(isPlausibleEmail('person@example')).toBe(false);
  });

  it('accepts Norwegian and international phone numbers and refuses words', () => {
    expect(isPlausiblePhone('+47 22 39 69 00')).toBe(true);
    expect(isPlausiblePhone('22396900')).toBe(true);
    expect(isPlausiblePhone('(0)22-39 69 00')).toBe(true);
    expect(isPlausiblePhone('ring sentralbordet')).toBe(false);
    expect(isPlausiblePhone('112')).toBe(false);
  });
});

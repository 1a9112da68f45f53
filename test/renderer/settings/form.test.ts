import { describe, expect, it } from 'vitest';
import {
  checkSettingsForm,
  formFromSettings,
  type SettingsForm,
} from '../../../renderer/src/features/settings/form';
import { defaultSettings } from '../../../shared/incident/settings';

const EMPTY = formFromSettings(defaultSettings('inst-1', '2026-11-25T09:00:00.000Z'));
const check = (patch: Partial<SettingsForm>) => checkSettingsForm({ ...EMPTY, ...patch });

describe('the settings form', () => {
  it('accepts the defaults as they are: everything may be filled in later', () => {
    expect(check({})).toMatchObject({
      ok: true,
      patch: { orgNr: '', dpo: null, timeZone: 'Europe/Oslo', processorDeadlineHours: 24 },
    });
  });

  it('stores the org.nr as nine digits, and tells a wrong shape from a wrong check digit', () => {
    expect(check({ orgNr: 'NO 974 760 673 MVA' })).toMatchObject({ ok: true, patch: { orgNr: '974760673' } });
    expect(check({ orgNr: '97476067' })).toEqual({ ok: false, errors: { orgNr: 'orgnr-format' } });
    expect(check({ orgNr: '974760674' })).toEqual({ ok: false, errors: { orgNr: 'orgnr-checksum' } });
  });

  it('spells a time zone as IANA does, and refuses one that does not exist', () => {
    expect(check({ timeZone: 'europe/oslo' })).toMatchObject({
      ok: true,
      patch: { timeZone: 'Europe/Oslo' },
    });
    expect(check({ timeZone: 'Europe/Bergen' })).toEqual({ ok: false, errors: { timeZone: 'timezone' } });
    expect(check({ timeZone: '' })).toEqual({ ok: false, errors: { timeZone: 'timezone' } });
  });

  it('allows a processor deadline of 1 to 72 whole hours', () => {
    expect(check({ processorDeadlineHours: '48' })).toMatchObject({
      ok: true,
      patch: { processorDeadlineHours: 48 },
    });
    for (const hours of ['0', '73', '12.5', 'tolv', ''])
      expect(check({ processorDeadlineHours: hours })).toEqual({
        ok: false,
        errors: { processorDeadlineHours: 'hours' },
      });
  });

  it('checks the DPO only when one is designated, and reports every problem at once', () => {
    expect(check({ hasDpo: false, dpoEmail: 'not an address' })).toMatchObject({
      ok: true,
      patch: { dpo: null },
    });
    expect(check({ hasDpo: true, dpoEmail: 'pvo.example.no', contactPhone: 'ring oss' })).toEqual({
      ok: false,
      errors: { dpoName: 'dpo-name', dpoEmail: 'email', contactPhone: 'phone' },
    });
  });
});

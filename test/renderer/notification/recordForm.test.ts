import { describe, expect, it } from 'vitest';
import {
  checkRecordForm,
  needsDelayReason,
  type RecordForm,
} from '../../../renderer/src/features/notification/recordForm';

const CTX = {
  now: new Date('2026-11-25T09:00:00Z'),
  timeZone: 'Europe/Oslo',
  awareAt: new Date('2026-11-21T09:00:00Z'),
  authorityFirstNotice: true,
  delayExplained: false,
};
const FORM: RecordForm = {
  sentAt: '2026-11-25T10:00',
  reference: 'AR1',
  phase: 'initial',
  phased: false,
  channel: 'altinn',
  delayReason: '',
};

describe('recording a notice as sent', () => {
  it('reads the typed time in Oslo and stores it as UTC', () => {
    expect(checkRecordForm(FORM, { ...CTX, awareAt: new Date('2026-11-24T09:00:00Z') })).toEqual({
      ok: true,
      sentAt: '2026-11-25T09:00:00.000Z',
      delayReason: null,
    });
  });

  it('Art. 33(1): a first notice after 72 hours needs the reasons for the delay', () => {
    expect(needsDelayReason(FORM, CTX)).toBe(true);
    expect(checkRecordForm(FORM, CTX)).toEqual({ ok: false, errors: { delayReason: 'delay' } });
    expect(checkRecordForm({ ...FORM, delayReason: ' Politiet ba oss vente. ' }, CTX)).toMatchObject({
      ok: true,
      delayReason: 'Politiet ba oss vente.',
    });
  });

  it('asks no reasons for a follow-up, a second notice, or when they are already recorded', () => {
    expect(needsDelayReason({ ...FORM, phase: 'follow-up' }, CTX)).toBe(false);
    expect(needsDelayReason(FORM, { ...CTX, authorityFirstNotice: false })).toBe(false);
    expect(needsDelayReason(FORM, { ...CTX, delayExplained: true })).toBe(false);
  });

  it('refuses a time in the future and a time that is not one', () => {
    expect(
      checkRecordForm({ ...FORM, sentAt: '2026-11-25T11:00' }, { ...CTX, delayExplained: true }),
    ).toEqual({ ok: false, errors: { sentAt: 'future' } });
    expect(
      checkRecordForm({ ...FORM, sentAt: '2026-02-30T10:00' }, { ...CTX, delayExplained: true }),
    ).toEqual({ ok: false, errors: { sentAt: 'sentAt' } });
  });
});

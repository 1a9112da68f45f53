import { describe, expect, it } from 'vitest';
import { assessBreach } from '../../../shared/assessment';
import { codes, incident, unknownFacts } from './incident';

// Availability and integrity breaches: data lost, locked up or changed.

const accountingFirm = {
  cause: 'external-attack',
  malicious: 'yes',
  dataCategories: ['identity', 'contact', 'financial'],
  subjectCount: 600,
} as const;

describe('ransomware', () => {
  it('with backups restored in six hours and no sign of exfiltration is only documented', () => {
    const a = assessBreach(
      incident({
        ...accountingFirm,
        dataCategories: [...accountingFirm.dataCategories],
        availability: 'yes',
        dataRecovered: 'yes',
        outageHours: 6,
        availabilityEffect: 'none',
      }),
    );
    expect(a).toMatchObject({
      personalDataCompromised: 'yes',
      risk: 'none',
      notifyAuthority: false,
      notifySubjects: false,
    });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['availability-breach', 'short-outage-restored', 'unlikely-to-result-in-risk']),
    );
  });

  it('scores high on ENISA even when the legal risk is none, and says the score is only advisory', () => {
    const a = assessBreach(
      incident({
        ...accountingFirm,
        dataCategories: [...accountingFirm.dataCategories],
        availability: 'yes',
        dataRecovered: 'yes',
        outageHours: 6,
        availabilityEffect: 'none',
      }),
    );
    expect(a.severity).toEqual({ score: 3.5, level: 'high', dpc: 3, ei: 1, cb: 0.5 });
    expect(a.risk).toBe('none');
    const enisa = a.reasons.find((r) => r.code === 'enisa-severity');
    expect(enisa?.basis).toBe('ENISA 2013');
    expect(enisa?.text.nb).toContain('veiledende');
    expect(enisa?.text.nb).toContain('SE 3,5 = DPC 3 × EI 1 + CB 0,5');
    expect(enisa?.text.en).toContain('advisory');
  });

  it('without backups loses the data for good, which must be notified', () => {
    const a = assessBreach(
      incident({
        ...accountingFirm,
        dataCategories: [...accountingFirm.dataCategories],
        availability: 'yes',
        dataRecovered: 'no',
        outageHours: null,
        availabilityEffect: 'significant',
      }),
    );
    expect(a).toMatchObject({ risk: 'risk', notifyAuthority: true, notifySubjects: false });
    expect(codes(a)).toContain('data-lost-permanently');
    // Once the data is gone for good, how long it was out of reach changes nothing.
    expect(unknownFacts(a)).not.toContain('outageHours');
  });

  it('with the files stolen and published on a leak site is high risk for everyone in them', () => {
    const a = assessBreach(
      incident({
        ...accountingFirm,
        dataCategories: ['identity', 'contact', 'national-id', 'financial'],
        subjectCount: 5000,
        confidentiality: 'yes',
        availability: 'yes',
        recipient: 'malicious',
        dataRecovered: 'yes',
        outageHours: 30,
      }),
    );
    expect(a).toMatchObject({ risk: 'high', notifyAuthority: true, notifySubjects: true });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['malicious-recipient', 'long-outage', 'national-id-number']),
    );
  });

  it('restored from backup while the forensics on exfiltration are still running is notified in phases', () => {
    const a = assessBreach(
      incident({
        ...accountingFirm,
        dataCategories: [...accountingFirm.dataCategories],
        confidentiality: 'unknown',
        availability: 'yes',
        recipient: 'unknown',
        dataRecovered: 'yes',
        outageHours: 8,
      }),
    );
    expect(a).toMatchObject({ risk: 'high', notifyAuthority: true, notifySubjects: true });
    expect(unknownFacts(a)).toEqual(expect.arrayContaining(['confidentiality', 'recipient']));
    expect(codes(a)).toEqual(expect.arrayContaining(['unknown-treated-cautiously', 'notify-in-phases']));
  });

  it('at a hospital, with backups back after two days, scores very high on ENISA (DOMAIN §5.6)', () => {
    const a = assessBreach(
      incident({
        cause: 'external-attack',
        malicious: 'yes',
        dataCategories: ['health'],
        availability: 'yes',
        dataRecovered: 'yes',
        outageHours: 48,
        subjectCount: 20_000,
      }),
    );
    expect(a.severity).toEqual({ score: 4.75, level: 'very-high', dpc: 4, ei: 1, cb: 0.75 });
    expect(a).toMatchObject({ risk: 'high', notifySubjects: true });
  });
});

describe('outages', () => {
  it('a web shop’s customer database down for two hours and fully restored is only documented', () => {
    const a = assessBreach(
      incident({
        cause: 'system-failure',
        availability: 'yes',
        dataRecovered: 'yes',
        outageHours: 2,
        availabilityEffect: 'inconvenience',
        subjectCount: 30_000,
      }),
    );
    expect(a).toMatchObject({ risk: 'none', notifyAuthority: false });
    expect(codes(a)).toContain('short-outage-restored');
  });

  it('a home care service without its patient lists for three days is high risk', () => {
    const a = assessBreach(
      incident({
        cause: 'system-failure',
        availability: 'yes',
        dataCategories: ['identity', 'location', 'health'],
        subjectCount: 350,
        vulnerableSubjects: 'yes',
        dataRecovered: 'yes',
        outageHours: 72,
        availabilityEffect: 'severe',
      }),
    );
    expect(a).toMatchObject({ risk: 'high', notifyAuthority: true, notifySubjects: true });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['long-outage', 'outage-in-care', 'vulnerable-subjects']),
    );
  });

  it('a three-hour outage of a GP’s records is notified, because care was affected', () => {
    const a = assessBreach(
      incident({
        cause: 'system-failure',
        availability: 'yes',
        dataCategories: ['identity', 'health'],
        subjectCount: 1200,
        dataRecovered: 'yes',
        outageHours: 3,
        availabilityEffect: 'severe',
      }),
    );
    expect(a).toMatchObject({ risk: 'risk', notifyAuthority: true, notifySubjects: false });
    expect(codes(a)).toEqual(expect.arrayContaining(['short-outage-restored', 'outage-in-care']));
  });

  it('a physiotherapist’s paper records lost in a fire, with no copies, is high risk', () => {
    const a = assessBreach(
      incident({
        cause: 'unknown',
        availability: 'yes',
        dataCategories: ['identity', 'health'],
        subjectCount: 400,
        dataRecovered: 'no',
        outageHours: null,
        availabilityEffect: 'severe',
      }),
    );
    expect(a).toMatchObject({ risk: 'high', notifySubjects: true });
    expect(codes(a)).toEqual(expect.arrayContaining(['data-lost-permanently', 'outage-in-care']));
  });

  it('a stolen laptop whose files were all on the server has lost nothing', () => {
    const a = assessBreach(
      incident({
        cause: 'lost-or-stolen',
        confidentiality: 'yes',
        availability: 'yes',
        protection: 'encrypted',
        recipient: 'unknown',
        malicious: 'yes',
        dataCategories: ['identity', 'health'],
        dataRecovered: 'yes',
        outageHours: 0,
      }),
    );
    expect(a).toMatchObject({ risk: 'none', notifyAuthority: false, subjectException: 'encrypted' });
    expect(codes(a)).not.toContain('outage-in-care');
  });
});

describe('altered data', () => {
  it('a payroll bug that paid salaries into the wrong accounts is high risk', () => {
    const a = assessBreach(
      incident({
        cause: 'system-failure',
        integrity: 'yes',
        dataCategories: ['identity', 'financial'],
        subjectCount: 90,
        misuseObserved: 'yes',
      }),
    );
    expect(a).toMatchObject({ risk: 'high', notifyAuthority: true, notifySubjects: true });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['integrity-breach', 'altered-data-misused', 'financial-data']),
    );
  });

  it('customer addresses overwritten by a script and restored from backup before use is only documented', () => {
    const a = assessBreach(
      incident({ cause: 'system-failure', integrity: 'yes', subjectCount: 5000, dataRecovered: 'yes' }),
    );
    expect(a).toMatchObject({ risk: 'none', notifyAuthority: false });
    expect(codes(a)).toContain('altered-data-restored');
  });

  it('medication lists changed in a patient record system, restored and unused, are still notified', () => {
    const a = assessBreach(
      incident({
        cause: 'system-failure',
        integrity: 'yes',
        dataCategories: ['identity', 'health'],
        subjectCount: 60,
        dataRecovered: 'yes',
      }),
    );
    expect(a).toMatchObject({ risk: 'risk', notifyAuthority: true, notifySubjects: false });
    expect(codes(a)).toEqual(expect.arrayContaining(['altered-data-restored', 'special-category-data']));
  });

  it('grades changed by an intruder and not yet corrected are notified', () => {
    const a = assessBreach(
      incident({
        cause: 'external-attack',
        malicious: 'yes',
        integrity: 'yes',
        dataCategories: ['identity', 'behaviour'],
        subjectCount: 120,
        vulnerableSubjects: 'yes',
      }),
    );
    expect(a).toMatchObject({ risk: 'high', notifyAuthority: true });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['altered-data-not-restored', 'malicious-intent', 'vulnerable-subjects']),
    );
  });
});

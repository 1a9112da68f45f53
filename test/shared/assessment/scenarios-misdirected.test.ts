import { describe, expect, it } from 'vitest';
import { assessBreach } from '../../../shared/assessment';
import { codes, incident } from './incident';

// Confidentiality breaches by mistake: data sent, posted or handed to the wrong people.

describe('a mis-sent e-mail with a fødselsnummer', () => {
  it('to a stranger who never answered is a high risk, so the person is told (as the Danish DPA held)', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        dataCategories: ['identity', 'national-id'],
        recipient: 'untrusted',
      }),
    );
    expect(a).toMatchObject({
      personalDataCompromised: 'yes',
      risk: 'high',
      notifyAuthority: true,
      notifySubjects: true,
    });
    expect(codes(a)).toEqual(
      expect.arrayContaining([
        'confidentiality-breach',
        'national-id-number',
        'untrusted-recipient',
        'notify-authority',
        'notify-subjects',
      ]),
    );
    expect(a.unknowns).toEqual([]);
    expect(codes(a)).not.toContain('unknown-treated-cautiously');
  });

  it('to a partner bank bound by secrecy that confirmed deletion is unlikely to result in a risk', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        dataCategories: ['identity', 'national-id'],
        recipient: 'trusted',
        dataRecovered: 'yes',
      }),
    );
    expect(a).toMatchObject({
      risk: 'none',
      notifyAuthority: false,
      notifySubjects: false,
      subjectException: null,
    });
    expect(codes(a)).toEqual(
      expect.arrayContaining([
        'trusted-recipient-deleted',
        'unlikely-to-result-in-risk',
        'document-internally',
      ]),
    );
  });

  it('with a spreadsheet of 1,500 customers’ numbers to a stranger is high risk, so the customers are told', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        dataCategories: ['identity', 'contact', 'national-id'],
        subjectCount: 1500,
        recordCount: 1500,
        recipient: 'untrusted',
      }),
    );
    expect(a).toMatchObject({
      risk: 'high',
      notifyAuthority: true,
      notifySubjects: true,
      subjectException: null,
    });
    expect(codes(a)).toEqual(expect.arrayContaining(['large-number-of-people', 'notify-subjects']));
  });

  it('that is already being used for an identity theft attempt means warning the person at once', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        dataCategories: ['identity', 'national-id'],
        recipient: 'untrusted',
        misuseObserved: 'yes',
      }),
    );
    expect(a).toMatchObject({ risk: 'high', notifySubjects: true });
    expect(codes(a)).toEqual(expect.arrayContaining(['misuse-observed', 'inform-subjects-without-delay']));
  });
});

describe('a letter in the wrong envelope', () => {
  it('with a decision on financial aid, returned by the other client, is still notified to Datatilsynet', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        dataCategories: ['identity', 'contact', 'financial'],
        recipient: 'untrusted',
        dataRecovered: 'yes',
      }),
    );
    expect(a).toMatchObject({ risk: 'risk', notifyAuthority: true, notifySubjects: false });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['financial-data', 'untrusted-recipient', 'data-retrieved']),
    );
  });

  it('with only an appointment time, returned by the neighbour, is only documented', () => {
    const a = assessBreach(
      incident({ confidentiality: 'yes', recipient: 'untrusted', dataRecovered: 'yes' }),
    );
    expect(a).toMatchObject({ risk: 'none', notifyAuthority: false, notifySubjects: false });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['basic-data-only', 'data-retrieved', 'unlikely-to-result-in-risk']),
    );
  });
});

describe('health data sent to the wrong place', () => {
  it('a discharge summary sent to the wrong GP, who deleted it, is only documented: a trusted recipient removes the risk', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        dataCategories: ['identity', 'national-id', 'health'],
        recipient: 'trusted',
        dataRecovered: 'yes',
      }),
    );
    expect(a).toMatchObject({ risk: 'none', notifyAuthority: false, notifySubjects: false });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['special-category-data', 'trusted-recipient-deleted', 'unlikely-to-result-in-risk']),
    );
    expect(a.reasons.find((r) => r.code === 'special-category-data')?.basis).toBe(
      'GDPR Art. 9; EDPB Guidelines 9/2022 §102',
    );
  });

  it('a lab result texted to a stranger is high risk and the patient is told', () => {
    const a = assessBreach(
      incident({ confidentiality: 'yes', dataCategories: ['identity', 'health'], recipient: 'untrusted' }),
    );
    expect(a).toMatchObject({ risk: 'high', notifyAuthority: true, notifySubjects: true });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['special-category-data', 'untrusted-recipient', 'notify-subjects']),
    );
  });

  it('a storage bucket of patient letters left open, with logs showing nobody read it, is still notified', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        cause: 'system-failure',
        dataCategories: ['identity', 'health'],
        subjectCount: 300,
        recipient: 'none',
      }),
    );
    expect(a).toMatchObject({ risk: 'risk', notifyAuthority: true, notifySubjects: false });
    expect(codes(a)).toEqual(expect.arrayContaining(['no-known-recipient', 'special-category-data']));
  });

  it('a nurse who browsed her neighbours’ records out of curiosity is high risk', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        cause: 'insider',
        malicious: 'yes',
        dataCategories: ['identity', 'health'],
        subjectCount: 4,
        recipient: 'untrusted',
      }),
    );
    expect(a).toMatchObject({ risk: 'high', notifySubjects: true });
    expect(codes(a)).toEqual(expect.arrayContaining(['malicious-intent', 'special-category-data']));
  });
});

describe('a job applicant’s CV', () => {
  const cv = { confidentiality: 'yes', dataCategories: ['identity', 'contact', 'employment'] } as const;

  it('sent to another applicant who confirmed deletion is only documented', () => {
    const a = assessBreach(
      incident({
        ...cv,
        dataCategories: [...cv.dataCategories],
        recipient: 'untrusted',
        dataRecovered: 'yes',
      }),
    );
    expect(a).toMatchObject({ risk: 'none', notifyAuthority: false });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['private-life-data', 'data-retrieved', 'unlikely-to-result-in-risk']),
    );
  });

  it('sent to an unknown address that never replied is notified to Datatilsynet', () => {
    const a = assessBreach(
      incident({ ...cv, dataCategories: [...cv.dataCategories], recipient: 'untrusted' }),
    );
    expect(a).toMatchObject({ risk: 'risk', notifyAuthority: true, notifySubjects: false });
  });
});

describe('children’s data', () => {
  it('a kindergarten’s allergy list posted in a parents’ group is high risk and the parents are told', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        dataCategories: ['identity', 'health'],
        subjectCount: 45,
        vulnerableSubjects: 'yes',
        recipient: 'untrusted',
      }),
    );
    expect(a).toMatchObject({ risk: 'high', notifySubjects: true });
    expect(codes(a)).toEqual(expect.arrayContaining(['vulnerable-subjects', 'special-category-data']));
  });

  it('a class list with pupils’ addresses sent to all parents is notified, because they are children', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        subjectCount: 25,
        vulnerableSubjects: 'yes',
        recipient: 'untrusted',
      }),
    );
    expect(a).toMatchObject({ risk: 'risk', notifyAuthority: true, notifySubjects: false });
    expect(codes(a)).toContain('vulnerable-subjects');
  });
});

describe('criminal records', () => {
  it('a police certificate with remarks e-mailed to the wrong colleague is high risk', () => {
    const a = assessBreach(
      incident({ confidentiality: 'yes', dataCategories: ['identity', 'criminal'], recipient: 'untrusted' }),
    );
    expect(a).toMatchObject({ risk: 'high', notifyAuthority: true, notifySubjects: true });
    expect(codes(a)).toContain('criminal-offence-data');
    expect(a.reasons.find((r) => r.code === 'criminal-offence-data')?.basis).toBe(
      'GDPR Art. 10; EDPB Guidelines 9/2022 §102',
    );
  });

  it('the same certificate sent to the company’s lawyer, who deleted it, is only documented', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        dataCategories: ['identity', 'criminal'],
        recipient: 'trusted',
        dataRecovered: 'yes',
      }),
    );
    expect(a).toMatchObject({ risk: 'none', notifyAuthority: false, notifySubjects: false });
  });
});

describe('mass mailings', () => {
  it('2,000 customers’ e-mail addresses in the cc field are only documented: the number alone is no risk', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        dataCategories: ['contact'],
        subjectCount: 2000,
        recipient: 'untrusted',
      }),
    );
    expect(a).toMatchObject({ risk: 'none', notifyAuthority: false, notifySubjects: false });
    expect(codes(a)).toEqual(expect.arrayContaining(['large-number-of-people', 'basic-data-only']));
  });

  it('the same mistake with twelve addresses is only documented', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        dataCategories: ['contact'],
        subjectCount: 12,
        recipient: 'untrusted',
      }),
    );
    expect(a).toMatchObject({ risk: 'none', notifyAuthority: false });
  });

  it('a payroll list sent to the whole staff is notified to Datatilsynet', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        dataCategories: ['identity', 'financial', 'employment'],
        subjectCount: 200,
        recipient: 'untrusted',
      }),
    );
    expect(a).toMatchObject({ risk: 'risk', notifyAuthority: true, notifySubjects: false });
  });
});

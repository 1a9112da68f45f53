import { describe, expect, it } from 'vitest';
import { assessBreach, severityLevel } from '../../../shared/assessment';
import type { BreachFacts } from '../../../shared/assessment';
import { incident } from './incident';

const severityOf = (overrides: Partial<BreachFacts>) => assessBreach(incident(overrides)).severity;

describe('the ENISA score of DOMAIN §5.6’s worked examples', () => {
  it('a mis-sent e-mail with one customer’s name and address is low (SE 1.25)', () => {
    expect(severityOf({ confidentiality: 'yes', recipient: 'untrusted' })).toEqual({
      score: 1.25,
      level: 'low',
      dpc: 1,
      ei: 1,
      cb: 0.25,
    });
  });

  it('a hacked web shop offering contact details and order history for sale is high (SE 3)', () => {
    expect(
      severityOf({
        confidentiality: 'yes',
        malicious: 'yes',
        recipient: 'malicious',
        dataCategories: ['contact', 'behaviour'],
        subjectCount: 10_000,
      }),
    ).toEqual({ score: 3, level: 'high', dpc: 2, ei: 1, cb: 1 });
  });
});

describe('the range of the score', () => {
  it('starts at 0.25 for encrypted names altered without consequence', () => {
    expect(severityOf({ integrity: 'yes', dataCategories: ['identity'], protection: 'encrypted' })).toEqual({
      score: 0.25,
      level: 'low',
      dpc: 1,
      ei: 0.25,
      cb: 0,
    });
  });

  it('reaches 6 when nothing is known, because every unknown is read on the cautious side', () => {
    const { score, level, dpc, ei, cb } = assessBreach({
      ...incident({}),
      personalData: 'unknown',
      confidentiality: 'unknown',
      integrity: 'unknown',
      availability: 'unknown',
      malicious: 'unknown',
      dataCategories: [],
      recipient: 'unknown',
      dataRecovered: 'unknown',
      misuseObserved: 'unknown',
      protection: 'unknown',
    }).severity;
    expect({ score, level, dpc, ei, cb }).toEqual({ score: 6, level: 'very-high', dpc: 4, ei: 1, cb: 2 });
  });

  it('is not scored at all when no personal data was hit', () => {
    expect(severityOf({ personalData: 'no', confidentiality: 'yes' })).toEqual({
      score: 0,
      level: 'low',
      dpc: 0,
      ei: 0,
      cb: 0,
    });
  });
});

describe('DPC, the data processing context', () => {
  const dpcOf = (dataCategories: BreachFacts['dataCategories'], more: Partial<BreachFacts> = {}) =>
    severityOf({ integrity: 'yes', dataCategories, ...more }).dpc;

  it('takes the most sensitive kind of data', () => {
    expect(dpcOf(['identity', 'contact'])).toBe(1);
    expect(dpcOf(['identity', 'location'])).toBe(2);
    expect(dpcOf(['identity', 'financial'])).toBe(3);
    expect(dpcOf(['identity', 'criminal'])).toBe(4);
  });

  it('counts a CV’s work history as simple data and a fødselsnummer as more than that', () => {
    expect(dpcOf(['employment'])).toBe(1);
    // Scored as financial data: the fødselsnummer is the key to identity theft and credit fraud.
    expect(dpcOf(['national-id'])).toBe(3);
  });

  it('scores credentials by what they open: like financial data on their own, never above what the account holds', () => {
    expect(dpcOf(['credentials'])).toBe(3);
    expect(dpcOf(['credentials', 'health'])).toBe(4);
  });

  it('rises for children and other vulnerable people, but never above 4', () => {
    expect(dpcOf(['identity'], { vulnerableSubjects: 'yes' })).toBe(2);
    expect(dpcOf(['health'], { vulnerableSubjects: 'yes' })).toBe(4);
  });

  it('rises when four or more kinds of data make a profile of each person', () => {
    expect(dpcOf(['identity', 'contact', 'location'])).toBe(2);
    expect(dpcOf(['identity', 'contact', 'location', 'employment'])).toBe(3);
  });
});

describe('EI, the ease of identification', () => {
  const eiOf = (
    protection: BreachFacts['protection'],
    dataCategories: BreachFacts['dataCategories'] = ['identity'],
  ) => severityOf({ confidentiality: 'yes', recipient: 'malicious', protection, dataCategories }).ei;

  it('is negligible for data encrypted with a safe key', () => expect(eiOf('encrypted')).toBe(0.25));
  it('is limited for strongly hashed passwords alone', () =>
    expect(eiOf('hashed', ['credentials'])).toBe(0.5));
  it('is significant for weakly hashed passwords alone', () =>
    expect(eiOf('hashed-weak', ['credentials'])).toBe(0.75));
  it('is maximum when e-mail addresses sit beside the hashes', () =>
    expect(eiOf('hashed', ['contact', 'credentials'])).toBe(1));
  it('is maximum when the key was compromised', () => expect(eiOf('encrypted-key-compromised')).toBe(1));
  it('is maximum when the protection is not known', () => expect(eiOf('unknown')).toBe(1));
});

describe('CB, the circumstances of the breach', () => {
  it('adds nothing for data exposed without evidence anyone took it', () => {
    expect(severityOf({ confidentiality: 'yes', recipient: 'none' }).cb).toBe(0);
  });

  it('adds 0.25 for a known recipient and 0.5 for one who may pass it on to anyone', () => {
    expect(severityOf({ confidentiality: 'yes', recipient: 'trusted' }).cb).toBe(0.25);
    expect(severityOf({ confidentiality: 'yes', recipient: 'malicious' }).cb).toBe(0.5);
  });

  it('grades altered data by whether it was used and can be put right', () => {
    expect(severityOf({ integrity: 'yes', misuseObserved: 'no' }).cb).toBe(0);
    expect(severityOf({ integrity: 'yes', misuseObserved: 'yes', dataRecovered: 'yes' }).cb).toBe(0.25);
    expect(severityOf({ integrity: 'yes', misuseObserved: 'yes', dataRecovered: 'no' }).cb).toBe(0.5);
  });

  it('grades lost data by how long and whether it came back', () => {
    expect(severityOf({ availability: 'yes', dataRecovered: 'yes', outageHours: 3 }).cb).toBe(0);
    expect(severityOf({ availability: 'yes', dataRecovered: 'yes', outageHours: 60 }).cb).toBe(0.25);
    expect(severityOf({ availability: 'yes', dataRecovered: 'no' }).cb).toBe(0.5);
  });

  it('adds the three elements and 0.5 for malicious intent together', () => {
    const cb = severityOf({
      confidentiality: 'yes',
      integrity: 'yes',
      availability: 'yes',
      recipient: 'malicious',
      misuseObserved: 'yes',
      dataRecovered: 'no',
      malicious: 'yes',
    }).cb;
    expect(cb).toBe(2);
  });
});

describe('the bands', () => {
  it('are low below 2, medium below 3, high below 4 and very high from 4', () => {
    expect(severityLevel(1.75)).toBe('low');
    expect(severityLevel(2)).toBe('medium');
    expect(severityLevel(2.75)).toBe('medium');
    expect(severityLevel(3)).toBe('high');
    expect(severityLevel(3.9999)).toBe('high');
    expect(severityLevel(4)).toBe('very-high');
    expect(severityLevel(6)).toBe('very-high');
  });

  it('are compared after rounding to 4 decimals, so floating-point noise cannot drop a band', () => {
    expect(severityLevel(3 - 1e-12)).toBe('high');
    expect(severityLevel(0.7 + 0.6 + 0.7)).toBe('medium');
    expect(severityLevel(2.99999)).toBe('high');
    expect(severityLevel(1.99994)).toBe('low');
  });
});

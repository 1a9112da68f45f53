import { describe, expect, it } from 'vitest';
import { assessBreach, type BreachFacts } from '../../../shared/assessment';
import { codes, incident, unknownFacts } from './incident';

// Confidentiality breaches by loss or attack: devices gone astray, accounts and databases taken.

describe('a lost laptop', () => {
  const hrFiles = {
    cause: 'lost-or-stolen',
    dataCategories: ['identity', 'contact', 'national-id', 'employment', 'health'],
    subjectCount: 40,
    recordCount: 400,
  } as const;

  it('unencrypted, with HR files, found by nobody knows whom, is high risk and the staff are told', () => {
    const a = assessBreach(
      incident({
        ...hrFiles,
        dataCategories: [...hrFiles.dataCategories],
        confidentiality: 'unknown',
        recipient: 'unknown',
        malicious: 'unknown',
      }),
    );
    expect(a).toMatchObject({
      risk: 'high',
      notifyAuthority: true,
      notifySubjects: true,
      subjectException: null,
    });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['recipient-unknown', 'unknown-treated-cautiously', 'notify-in-phases']),
    );
    expect(unknownFacts(a)).toEqual(expect.arrayContaining(['confidentiality', 'recipient', 'malicious']));
  });

  it('encrypted with a key that is safe, and backed up, needs neither notice: Art. 34(3)(a)', () => {
    const a = assessBreach(
      incident({
        ...hrFiles,
        dataCategories: [...hrFiles.dataCategories],
        confidentiality: 'unknown',
        recipient: 'unknown',
        malicious: 'unknown',
        protection: 'encrypted',
      }),
    );
    expect(a).toMatchObject({
      risk: 'none',
      notifyAuthority: false,
      notifySubjects: false,
      subjectException: 'encrypted',
    });
    expect(codes(a)).toEqual(
      expect.arrayContaining([
        'encrypted-key-safe',
        'exception-unintelligible',
        'unlikely-to-result-in-risk',
      ]),
    );
    expect(a.reasons.find((r) => r.code === 'exception-unintelligible')?.basis).toBe('GDPR Art. 34(3)(a)');
    // Who found an unreadable disk changes nothing, so it is not asked for.
    expect(unknownFacts(a)).not.toContain('recipient');
  });

  it('encrypted, but with the password on a note in the bag, is treated as unencrypted', () => {
    const a = assessBreach(
      incident({
        ...hrFiles,
        dataCategories: [...hrFiles.dataCategories],
        confidentiality: 'yes',
        recipient: 'unknown',
        protection: 'encrypted-key-compromised',
      }),
    );
    expect(a).toMatchObject({ risk: 'high', notifySubjects: true, subjectException: null });
    expect(codes(a)).toContain('encryption-key-compromised');
  });

  it('a USB stick with meeting minutes, found unopened by a colleague, is only documented', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        cause: 'lost-or-stolen',
        dataCategories: ['identity', 'employment'],
        subjectCount: 10,
        recipient: 'trusted',
        dataRecovered: 'yes',
      }),
    );
    expect(a).toMatchObject({ risk: 'none', notifyAuthority: false });
  });
});

describe('a hijacked mailbox', () => {
  it('sending fake invoices to customers is high risk, and the customers are warned at once', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        cause: 'external-attack',
        malicious: 'yes',
        dataCategories: ['identity', 'contact', 'communications', 'financial'],
        subjectCount: 300,
        recipient: 'malicious',
        misuseObserved: 'yes',
      }),
    );
    expect(a).toMatchObject({ risk: 'high', notifyAuthority: true, notifySubjects: true });
    expect(codes(a)).toEqual(
      expect.arrayContaining([
        'malicious-recipient',
        'misuse-observed',
        'malicious-intent',
        'inform-subjects-without-delay',
      ]),
    );
  });

  // The customer list with logins, taken by whoever broke into the mailbox.
  const stolenLogins = {
    confidentiality: 'yes',
    cause: 'external-attack',
    malicious: 'yes',
    dataCategories: ['contact', 'credentials'],
    subjectCount: 800,
    recipient: 'malicious',
  } satisfies Partial<BreachFacts>;

  it('whose stolen customer list had every password reset before use falls under Art. 34(3)(b)', () => {
    const a = assessBreach(
      incident({
        ...stolenLogins,
        highRiskNeutralised: 'yes',
        neutralisingMeasure: 'credentials-reset',
      }),
    );
    expect(a).toMatchObject({
      risk: 'high',
      notifyAuthority: true,
      notifySubjects: false,
      subjectException: 'subsequent-measures',
    });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['credentials-exposed', 'exception-subsequent-measures']),
    );
  });

  it('cannot rely on Art. 34(3)(b) once an account was used before the reset, and says why', () => {
    const a = assessBreach(
      incident({
        ...stolenLogins,
        misuseObserved: 'yes',
        highRiskNeutralised: 'yes',
        neutralisingMeasure: 'credentials-reset',
      }),
    );
    expect(a).toMatchObject({ notifySubjects: true, subjectException: null });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['neutralisation-barred-by-misuse', 'inform-subjects-without-delay']),
    );
  });

  it('cannot rely on Art. 34(3)(b) with no measure named, and asks for it', () => {
    const a = assessBreach(
      incident({
        ...stolenLogins,
        highRiskNeutralised: 'yes',
        neutralisingMeasure: 'unknown',
      }),
    );
    expect(a).toMatchObject({ notifySubjects: true, subjectException: null });
    expect(codes(a)).toContain('neutralisation-needs-measure');
    expect(unknownFacts(a)[0]).toBe('neutralisingMeasure');
  });
});

describe('published password hashes', () => {
  const forumDump = {
    confidentiality: 'yes',
    cause: 'external-attack',
    malicious: 'yes',
    dataCategories: ['contact', 'credentials'],
    subjectCount: 50_000,
    recipient: 'malicious',
  } as const;

  it('hashed strongly: notified to Datatilsynet for the e-mail addresses, the hashes keep it from high risk', () => {
    const a = assessBreach(
      incident({ ...forumDump, dataCategories: [...forumDump.dataCategories], protection: 'hashed' }),
    );
    expect(a).toMatchObject({
      risk: 'risk',
      notifyAuthority: true,
      notifySubjects: false,
      subjectException: 'encrypted',
    });
    expect(codes(a)).toEqual(expect.arrayContaining(['strong-hash', 'exception-unintelligible']));
  });

  it('hashed weakly: the passwords can be cracked, so every user is told to change them', () => {
    const a = assessBreach(
      incident({ ...forumDump, dataCategories: [...forumDump.dataCategories], protection: 'hashed-weak' }),
    );
    expect(a).toMatchObject({
      risk: 'high',
      notifyAuthority: true,
      notifySubjects: true,
      subjectException: null,
    });
    expect(codes(a)).toEqual(expect.arrayContaining(['weak-hash', 'credentials-exposed', 'notify-subjects']));
  });

  it('strong hashes with no user names beside them are unlikely to result in a risk', () => {
    const a = assessBreach(incident({ ...forumDump, dataCategories: ['credentials'], protection: 'hashed' }));
    expect(a).toMatchObject({ risk: 'none', notifyAuthority: false, subjectException: 'encrypted' });
  });
});

describe('a web shop', () => {
  it('whose customer database with order history was stolen by criminals is high risk', () => {
    const a = assessBreach(
      incident({
        confidentiality: 'yes',
        cause: 'external-attack',
        malicious: 'yes',
        dataCategories: ['identity', 'contact', 'behaviour'],
        subjectCount: 100_000,
        recipient: 'malicious',
      }),
    );
    expect(a).toMatchObject({ risk: 'high', notifySubjects: true });
  });
});

describe('encryption, judged against the attack', () => {
  // A web shop's database server with full-disk encryption: an intruder copied the customer table
  // while the server ran, so the disk was unlocked and the copy is readable.
  const copied = incident({
    confidentiality: 'yes',
    cause: 'external-attack',
    malicious: 'yes',
    dataCategories: ['identity', 'contact', 'financial'],
    subjectCount: 3000,
    recipient: 'malicious',
  });

  it('encryption at rest does not count when the data was taken from the running system', () => {
    const a = assessBreach({ ...copied, protection: 'encryption-bypassed' });
    expect(a).toMatchObject({ risk: 'high', notifySubjects: true, subjectException: null });
    expect(codes(a)).toContain('encryption-bypassed');
    expect(a.severity.ei).toBe(1);
  });

  it('the same encryption counts when the attacker only got the locked disk: Art. 34(3)(a)', () => {
    expect(assessBreach({ ...copied, protection: 'encrypted' })).toMatchObject({
      risk: 'none',
      notifyAuthority: false,
      subjectException: 'encrypted',
    });
  });
});

describe('a pseudonymised research extract', () => {
  // Health data of 400 patients under study numbers, sent to the wrong research group; the key that
  // links the numbers to patients stayed at the hospital.
  const extract = incident({
    confidentiality: 'yes',
    dataCategories: ['health'],
    subjectCount: 400,
    recipient: 'untrusted',
  });

  it('is a risk to tell Datatilsynet about, one step below the high risk of the same data in clear', () => {
    expect(assessBreach(extract)).toMatchObject({ risk: 'high', notifySubjects: true });
    const a = assessBreach({ ...extract, protection: 'pseudonymised' });
    expect(a).toMatchObject({ risk: 'risk', notifyAuthority: true, notifySubjects: false });
    expect(codes(a)).toEqual(expect.arrayContaining(['pseudonymised', 'not-high-risk']));
  });

  it('is not "unintelligible" data: Art. 34(3)(a) is never claimed for it', () => {
    const a = assessBreach({ ...extract, protection: 'pseudonymised' });
    expect(a.subjectException).toBeNull();
    expect(codes(a)).not.toContain('exception-unintelligible');
  });
});

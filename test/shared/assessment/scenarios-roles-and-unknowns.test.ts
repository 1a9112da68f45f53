import { describe, expect, it } from 'vitest';
import { assessBreach, unknownFacts as freshIntake } from '../../../shared/assessment';
import { codes, incident, unknownFacts } from './incident';

describe('a processor', () => {
  it('whose payroll bug showed payslips to other customers is told to notify its controller', () => {
    const a = assessBreach(
      incident({
        role: 'processor',
        cause: 'system-failure',
        confidentiality: 'yes',
        dataCategories: ['identity', 'national-id', 'financial'],
        subjectCount: 2000,
        recipient: 'untrusted',
      }),
    );
    expect(a).toMatchObject({
      notifyController: true,
      notifyAuthority: false,
      notifySubjects: false,
      subjectException: null,
    });
    expect(codes(a)).toEqual(expect.arrayContaining(['processor-informs-controller', 'controller-decides']));
    expect(a.reasons.find((r) => r.code === 'processor-informs-controller')?.basis).toBe('GDPR Art. 33(2)');
  });

  it('still passes its own view of the risk on to the controller', () => {
    const a = assessBreach(
      incident({
        role: 'processor',
        confidentiality: 'yes',
        dataCategories: ['identity', 'national-id', 'financial'],
        subjectCount: 2000,
        recipient: 'untrusted',
      }),
    );
    expect(a.risk).toBe('high');
    expect(codes(a)).not.toContain('notify-authority');
    expect(codes(a)).not.toContain('notify-subjects');
  });

  it('tells its controller even when the lost data was encrypted', () => {
    const a = assessBreach(
      incident({
        role: 'processor',
        confidentiality: 'yes',
        protection: 'encrypted',
        recipient: 'unknown',
        dataCategories: ['health'],
      }),
    );
    expect(a).toMatchObject({ risk: 'none', notifyController: true, notifyAuthority: false });
  });

  it('tells its controller when it cannot yet say whether personal data was hit', () => {
    const a = assessBreach(freshIntake('processor'));
    expect(a).toMatchObject({
      personalDataCompromised: 'unknown',
      notifyController: true,
      notifyAuthority: false,
    });
    expect(unknownFacts(a)).toContain('personalData');
    // Whether the controller may rely on an Art. 34(3) exception is the controller's question.
    expect(unknownFacts(a)).not.toContain('disproportionateEffort');
  });

  it('has nothing to tell when only its own log files, with no personal data, were lost', () => {
    const a = assessBreach(incident({ role: 'processor', personalData: 'no', availability: 'yes' }));
    expect(a).toMatchObject({ notifyController: false, risk: 'none' });
    expect(codes(a)).toEqual(['no-personal-data', 'document-internally']);
  });
});

describe('a controller', () => {
  it('is never asked to notify a controller', () => {
    const a = assessBreach(freshIntake('controller'));
    expect(a.notifyController).toBe(false);
  });
});

describe('an incident nobody has looked into yet', () => {
  const a = assessBreach(freshIntake());

  it('is treated as possibly high risk, to both Datatilsynet and the people', () => {
    expect(a).toMatchObject({
      personalDataCompromised: 'unknown',
      risk: 'high',
      notifyAuthority: true,
      notifySubjects: true,
    });
  });

  it('says what to find out, in both languages', () => {
    expect(unknownFacts(a)).toEqual(
      expect.arrayContaining([
        'personalData',
        'confidentiality',
        'integrity',
        'availability',
        'dataCategories',
        'recipient',
        'protection',
      ]),
    );
    for (const unknown of a.unknowns) {
      expect(unknown.why.nb.length).toBeGreaterThan(10);
      expect(unknown.why.en.length).toBeGreaterThan(10);
    }
    expect(a.unknowns.find((u) => u.fact === 'protection')?.why.nb).toContain('kryptert');
  });

  it('explains that the unknowns were read cautiously and that a phased notice is allowed', () => {
    expect(codes(a)).toEqual(
      expect.arrayContaining(['unknown-treated-cautiously', 'notify-in-phases', 'data-categories-unknown']),
    );
  });

  it('never asks about facts that cannot change the outcome', () => {
    expect(unknownFacts(a)).not.toContain('cause');
    expect(unknownFacts(a)).not.toContain('recordCount');
  });
});

describe('a stolen bag with a class list, found again, whose finder is not known', () => {
  // Misuse was reported, so with nobody named it is a high risk; had it come back through the
  // school's own caretaker, nobody else had it. Who had it is worth asking, though "nobody"
  // is not the best answer for a stolen bag: a trusted finder is.
  const bag = incident({
    confidentiality: 'yes',
    cause: 'lost-or-stolen',
    malicious: 'yes',
    dataCategories: ['identity', 'contact'],
    subjectCount: 25,
    vulnerableSubjects: 'yes',
    recipient: 'unknown',
    dataRecovered: 'yes',
    misuseObserved: 'yes',
  });

  it('is a high risk until the finder is known, and asks who it was', () => {
    expect(assessBreach(bag)).toMatchObject({ risk: 'high', notifySubjects: true });
    expect(assessBreach({ ...bag, recipient: 'trusted' })).toMatchObject({
      risk: 'none',
      notifyAuthority: false,
    });
    expect(unknownFacts(assessBreach(bag))).toContain('recipient');
  });
});

describe('an incident that is not a personal data breach', () => {
  it('a stolen cash register with no personal data is only documented', () => {
    const a = assessBreach(incident({ personalData: 'no', confidentiality: 'yes', cause: 'lost-or-stolen' }));
    expect(a).toMatchObject({
      personalDataCompromised: 'no',
      risk: 'none',
      notifyAuthority: false,
      notifySubjects: false,
      notifyController: false,
      subjectException: null,
      unknowns: [],
    });
    expect(codes(a)).toEqual(['no-personal-data', 'document-internally']);
  });

  it('a blocked intrusion that reached no data is a security incident, not a breach', () => {
    const a = assessBreach(
      incident({ cause: 'external-attack', malicious: 'yes', dataCategories: ['health'] }),
    );
    expect(a).toMatchObject({ personalDataCompromised: 'no', risk: 'none', notifyAuthority: false });
    expect(codes(a)).toEqual(['no-compromise', 'document-internally']);
  });
});

describe('the exceptions of Art. 34(3)', () => {
  const lostArchive = incident({
    confidentiality: 'yes',
    cause: 'lost-or-stolen',
    dataCategories: ['identity', 'national-id'],
    subjectCount: 20_000,
    recipient: 'unknown',
  });

  it('an old archive of customers with no contact details calls for a public communication instead: (c)', () => {
    const a = assessBreach({ ...lostArchive, disproportionateEffort: 'yes' });
    expect(a).toMatchObject({
      risk: 'high',
      notifyAuthority: true,
      notifySubjects: false,
      subjectException: 'disproportionate-effort',
    });
    expect(codes(a)).toEqual(
      expect.arrayContaining(['exception-disproportionate-effort', 'public-communication-required']),
    );
    const publicNotice = a.reasons.find((r) => r.code === 'public-communication-required');
    expect(publicNotice?.basis).toBe('GDPR Art. 34(3)(c)');
    expect(publicNotice?.text.nb).toContain('allmennheten');
  });

  it('without knowing whether each person can be reached, the people are to be told individually', () => {
    const a = assessBreach({ ...lostArchive, disproportionateEffort: 'unknown' });
    expect(a).toMatchObject({ notifySubjects: true, subjectException: null });
    expect(unknownFacts(a)).toContain('disproportionateEffort');
  });

  it('measures that neutralise the risk take precedence over a public communication: (b)', () => {
    const a = assessBreach({
      ...lostArchive,
      highRiskNeutralised: 'yes',
      neutralisingMeasure: 'other',
      disproportionateEffort: 'yes',
    });
    expect(a).toMatchObject({
      notifySubjects: false,
      subjectException: 'subsequent-measures',
      notifyAuthority: true,
    });
  });

  it('no exception is named where the risk was never high', () => {
    const a = assessBreach(
      incident({ confidentiality: 'yes', recipient: 'untrusted', disproportionateEffort: 'yes' }),
    );
    expect(a).toMatchObject({ risk: 'none', subjectException: null });
  });
});

describe('every assessment', () => {
  it('ends with the duty to document, citing Art. 33(5)', () => {
    const a = assessBreach(incident({ confidentiality: 'yes', recipient: 'untrusted' }));
    expect(a.reasons.at(-1)).toMatchObject({ code: 'document-internally', basis: 'GDPR Art. 33(5)' });
  });

  it('opens with its conclusion', () => {
    const a = assessBreach(
      incident({ confidentiality: 'yes', recipient: 'untrusted', dataCategories: ['health'] }),
    );
    expect(codes(a).slice(0, 2)).toEqual(['notify-authority', 'notify-subjects']);
  });
});

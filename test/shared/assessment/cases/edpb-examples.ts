import { EDPB_01_2021, facts, type PublishedCase } from './case';

// EDPB Guidelines 01/2021: the cases with the Board's conclusion in its "actions necessary" table.
//
// What each conclusion rests on (the guideline's own PDF could not be fetched here):
// - case 01: the guideline's text (v2.0, paras 16-25 and the table), from a copy quoting it.
// - case 05: Greenberg Traurig's reading of the draft (v1.0), "Do all malware attacks need to be
//   reported under the GDPR?" (gtlaw-dataprivacydish.com, February 2021, also natlawreview.com):
//   the authority and the people; facts also in privacyacademy.it's note on case 05.
// - case 06: the same article: telling the people is advisable, not required, when the salted
//   hash is state of the art.
// - cases 08 and 11: the Board's conclusions and reasoning as quoted from it (hrlaw.pl, January
//   2024): 08 the authority only; 11 the authority and the people.
// - the others: the encoder's reading of the guideline, not yet checked against a text reachable
//   here; none of the sources found contradicts them.
// Case 16 (an insurer's enveloping machine puts another policyholder's letter in an envelope) is
// left out: the only trace of its conclusion is Insurance Europe's comment on the draft (the Board
// asks to tell the person whenever misuse cannot be ruled out), and the final text was not reached.

const at = (n: string) => `${EDPB_01_2021}, case ${n}`;

export const EDPB_CASES: PublishedCase[] = [
  {
    id: 'edpb-01',
    source: at('01: ransomware with proper backup and without exfiltration'),
    facts: facts({
      confidentiality: 'yes',
      availability: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'contact', 'employment'],
      subjectCount: 40,
      protection: 'encrypted',
      recipient: 'malicious',
      dataRecovered: 'yes',
      outageHours: 4,
      availabilityEffect: 'none',
    }),
    expected: { authority: false, people: false },
    note: 'Nothing readable reached the attacker (encrypted at rest, key never reached, logs showing no outward flow), and the only harm, a few hours without the data, touched neither pay nor clients because the backup worked: no risk to anyone, so neither the authority nor the people.',
  },
  {
    id: 'edpb-02',
    source: at('02: ransomware without proper backup'),
    facts: facts({
      availability: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'contact', 'employment'],
      subjectCount: 40,
      dataRecovered: 'yes',
      outageHours: 120,
      availabilityEffect: 'inconvenience',
    }),
    expected: { authority: true, people: false },
    note: 'Nothing was taken, but without a backup the data had to be rebuilt from paper over several working days and orders were delayed. The loss of access had real if modest effects on people, so it is a risk for the authority; ordinary data and a passing delay are not a high risk, so the people need not be told.',
  },
  {
    id: 'edpb-03',
    source: at('03: ransomware with backup and without exfiltration in a hospital'),
    facts: facts({
      availability: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'health'],
      subjectCount: 1500,
      vulnerableSubjects: 'yes',
      dataRecovered: 'yes',
      outageHours: 48,
      availabilityEffect: 'severe',
    }),
    expected: { authority: true, people: true },
    note: 'Nothing was taken and backups existed, yet for two days patient records were out of reach, so treatment was delayed and operations cancelled. What decided it is the effect on care, not the hours: patients’ health was at stake, a high risk, so both the authority and the patients are told.',
  },
  {
    id: 'edpb-04',
    source: at('04: ransomware without backup and with exfiltration'),
    facts: facts({
      confidentiality: 'yes',
      availability: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'contact', 'national-id', 'financial'],
      subjectCount: 5000,
      recipient: 'malicious',
      dataRecovered: 'no',
      outageHours: null,
      availabilityEffect: 'significant',
    }),
    expected: { authority: true, people: true },
    note: 'The attacker took identity and card data of thousands before encrypting the only copy. Data that lets someone pass as the person or pay in their name, held by whoever wanted it, makes identity theft and fraud likely: a high risk, so the authority and the people.',
  },
  {
    id: 'edpb-06',
    source: at('06: exfiltration of hashed passwords from a website'),
    facts: facts({
      confidentiality: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['credentials'],
      subjectCount: 1200,
      protection: 'hashed',
      recipient: 'malicious',
    }),
    expected: { authority: false, people: false },
    note: 'Only user names and passwords hashed with a strong, salted, state-of-the-art algorithm were taken, with nothing else readable about the users: the passwords stay unintelligible and no risk to the people follows, so no notification (telling users to change passwords remains good practice).',
  },
  {
    id: 'edpb-07',
    source: at('07: credential stuffing attack on a banking website'),
    facts: facts({
      confidentiality: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'national-id', 'financial', 'credentials'],
      subjectCount: 100_000,
      recipient: 'malicious',
    }),
    expected: { authority: true, people: true },
    note: 'With credentials stolen elsewhere an attacker got into clients’ accounts and saw their identity data and tax numbers. Access to a bank account and what is needed to pass as the client make financial loss and identity theft likely: a high risk, so the authority and the clients whose accounts were entered.',
  },
  {
    id: 'edpb-08',
    source: at('08: exfiltration of business data by an employee'),
    facts: facts({
      confidentiality: 'yes',
      cause: 'insider',
      malicious: 'yes',
      dataCategories: ['identity', 'contact'],
      recipient: 'untrusted',
      misuseObserved: 'yes',
    }),
    expected: { authority: true, people: false },
    note: 'A departing employee copied client contact data and later used it to court them. The controller cannot call the risk low without any assurance about his intentions (graver misuse is not ruled out), so the authority is told; basic contact data used for marketing is not a high risk, so the people need not be.',
  },
  {
    id: 'edpb-09',
    source: at('09: accidental transmission of data to a trusted third party'),
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'contact', 'financial'],
      subjectCount: 24,
      recipient: 'trusted',
      dataRecovered: 'yes',
    }),
    expected: { authority: false, people: false },
    note: 'The only person who saw the data was the controller’s own insurance agent, bound by contract and secrecy, who reported the mistake himself and confirmed in writing that he deleted it. A trusted recipient who gives the data back takes away the likelihood of harm: no risk, so no notification.',
  },
  {
    id: 'edpb-10',
    source: at('10: stolen material storing encrypted personal data'),
    facts: facts({
      confidentiality: 'yes',
      availability: 'yes',
      cause: 'lost-or-stolen',
      malicious: 'yes',
      dataCategories: ['identity', 'behaviour'],
      vulnerableSubjects: 'yes',
      protection: 'encrypted',
      recipient: 'none',
      dataRecovered: 'yes',
      outageHours: 0,
    }),
    expected: { authority: false, people: false },
    note: "Children's data on the stolen tablets stayed unreadable (strong encryption, devices off, wiped remotely), and a backup held everything, so nothing was disclosed and nothing lost: however sensitive the people, no risk follows, and neither the authority nor the parents are told.",
  },
  {
    id: 'edpb-11',
    source: at('11: stolen material storing non-encrypted personal data'),
    facts: facts({
      confidentiality: 'yes',
      availability: 'yes',
      cause: 'lost-or-stolen',
      malicious: 'yes',
      // Names, sex, addresses and birth dates were known to be on it; whether other data was
      // could not be established without the device, so the kinds of data stay "not known".
      dataCategories: [],
      subjectCount: 100_000,
      recipient: 'none',
      dataRecovered: 'yes',
      outageHours: 0,
    }),
    expected: { authority: true, people: true },
    note: 'A notebook with names, sex, addresses and birth dates of over 100,000 customers, with neither password nor encryption, is in the thief’s hands and whoever gets it next; what else was on it cannot be known without the device. The Board read the missing basic security as raising the risk to high: tell the authority and the people.',
  },
  {
    id: 'edpb-12',
    source: at('12: stolen paper files with sensitive data'),
    facts: facts({
      confidentiality: 'yes',
      availability: 'yes',
      cause: 'lost-or-stolen',
      malicious: 'yes',
      dataCategories: ['identity', 'health', 'sensitive-service'],
      vulnerableSubjects: 'yes',
      recipient: 'none',
      dataRecovered: 'no',
      outageHours: null,
      availabilityEffect: 'severe',
    }),
    expected: { authority: true, people: true },
    note: 'A paper logbook of patients at a drug rehabilitation centre was stolen and there was no copy. Merely being in it reveals an addiction treatment, which can bring stigma and exclusion, and the doctors lost what care depended on: a high risk on both counts, so the authority and the patients.',
  },
  {
    id: 'edpb-13',
    source: at('13: postal mail mistake'),
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'contact', 'behaviour'],
      subjectCount: 2,
      recipient: 'untrusted',
      dataRecovered: 'yes',
    }),
    expected: { authority: false, people: false },
    note: 'Two shoe orders and their packing slips went to each other’s buyers and were recalled. Two people, ordinary order data, and the papers back: the harm is unlikely, so no notification.',
  },
  {
    id: 'edpb-14',
    source: at('14: highly confidential personal data sent by mail by mistake'),
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'contact', 'national-id'],
      subjectCount: 60_000,
      recipient: 'untrusted',
    }),
    expected: { authority: true, people: true },
    note: 'A file with names, addresses and social security numbers of all registered job seekers was attached to a mail to every one of them: over 60,000 people’s national numbers in the hands of as many strangers, with no way to get them back. Identity theft is likely and the number is large: a high risk, so the authority and the people.',
  },
  {
    id: 'edpb-15',
    source: at('15: personal data sent by mail by mistake'),
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'contact', 'health'],
      subjectCount: 15,
      recipient: 'untrusted',
      minorDetail: 'yes',
    }),
    expected: { authority: false, people: false },
    note: 'A course list with 15 names, e-mail addresses and food preferences went to former participants instead of the hotel. Two entries said lactose intolerant, health data in form but revealing almost nothing, and nobody on the list had a confidential identity: the harm is unlikely, so no notification.',
  },
  {
    id: 'edpb-17',
    source: at('17: identity theft (social engineering at a contact centre)'),
    facts: facts({
      confidentiality: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'contact', 'national-id', 'financial', 'communications'],
      subjectCount: 1,
      recipient: 'malicious',
      misuseObserved: 'yes',
    }),
    expected: { authority: true, people: true },
    note: "A fraudster posing as the client got the contact centre to send a month's billing data to his address. Only one person, but the impostor already holds enough to pass as them and has shown he will: identity theft is under way, a high risk, so the authority and the client.",
  },
  {
    id: 'edpb-18',
    source: at('18: email exfiltration'),
    facts: facts({
      confidentiality: 'yes',
      integrity: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'contact', 'financial', 'communications'],
      recipient: 'malicious',
      misuseObserved: 'yes',
    }),
    expected: { authority: true, people: true },
    note: 'Hidden mail rules sent invoices and bank details to an attacker for months, who then had a supplier’s account number changed and sent fake invoices. The data was being used for fraud already: a high risk, so the authority and the people whose details were taken.',
  },
  {
    id: 'edpb-05',
    source: at('05: exfiltration of job application data from a website'),
    facts: facts({
      confidentiality: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'contact', 'employment'],
      subjectCount: 213,
      recipient: 'malicious',
    }),
    expected: { authority: true, people: true },
    note: 'Malicious code on the recruiter’s site let an attacker read the application forms of 213 people for a month and hide its traces. No special categories, but a whole application (who the person is, how to reach them, their education and work history) in the hands of someone who set out to take it can be used against them, for phishing, fraud or unwanted approaches: a high risk, so the applicants are told as well as the authority.',
  },
];

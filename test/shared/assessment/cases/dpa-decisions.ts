import { facts, type PublishedCase } from './case';

// Published decisions of data protection authorities on breaches. "authority: true" where the
// breach was notified and the authority treated it as notifiable, or fined the controller for not
// notifying; "people" only where the authority said whether the people had to be told.

export const DPA_CASES: PublishedCase[] = [
  // Norway: Datatilsynet.
  {
    id: 'no-bergen-2019',
    source: 'Datatilsynet, fine to Bergen kommune (NOK 1.6 million, 2019): log-in credentials of over 35,000 pupils and staff stored unencrypted and publicly reachable; https://www.beiten-burkhardt.com/en/blogs/substantial-fine-norwegian-data-protection-supervisory-authority-demonstrates-need',
    facts: facts({
      confidentiality: 'yes',
      cause: 'system-failure',
      dataCategories: ['identity', 'contact', 'credentials'],
      subjectCount: 35_000,
      vulnerableSubjects: 'yes',
      recipient: 'published',
      misuseObserved: 'unknown',
    }),
    expected: { authority: true, people: null },
    note: 'Credentials that opened names, addresses, birth dates and grades of children lay open to anyone; mostly children, and the municipality had been warned.',
  },
  {
    id: 'no-bergen-vigilo',
    source: 'Datatilsynet, fine to Bergen kommune (NOK 3 million, 2020): Vigilo school-home messaging without routines for children with a confidential address; https://www.efdpo.eu/norwegian-data-protection-authority-decision-to-fine-bergen-municipality/',
    facts: facts({
      confidentiality: 'yes',
      cause: 'system-failure',
      dataCategories: ['identity', 'contact', 'protected-identity'],
      vulnerableSubjects: 'yes',
      recipient: 'untrusted',
    }),
    expected: { authority: true, people: null },
    note: 'Information about children with a confidential or strictly confidential address reached people not entitled to it; the authority stressed that life and health could be in danger.',
  },
  {
    id: 'no-oslo-skolemelding',
    source: 'Datatilsynet 18/02579 (11 October 2019), Utdanningsetaten i Oslo kommune, fine NOK 1.2 million: the Skolemelding app; https://gdprhub.eu/index.php?title=Datatilsynet_(Norway)_-_18/02579',
    facts: facts({
      confidentiality: 'unknown',
      cause: 'system-failure',
      dataCategories: ['identity', 'contact', 'communications', 'health'],
      subjectCount: 63_000,
      vulnerableSubjects: 'yes',
      recipient: 'unknown',
      misuseObserved: 'unknown',
    }),
    expected: { authority: true, people: null },
    note: 'A flaw let unauthorised users act as authorised ones in an app with messages about more than 63,000 pupils, some of them about health.',
  },
  {
    id: 'no-raelingen-showbie',
    source: 'Datatilsynet 20/02191 (7 July 2020), Rælingen kommune, fine NOK 500,000: health data of pupils with special needs in the Showbie app; https://gdprhub.eu/index.php?title=Datatilsynet_-_20%2F02191',
    facts: facts({
      confidentiality: 'unknown',
      cause: 'system-failure',
      dataCategories: ['identity', 'health', 'communications'],
      subjectCount: 15,
      vulnerableSubjects: 'yes',
      recipient: 'unknown',
      misuseObserved: 'unknown',
    }),
    expected: { authority: true, people: null },
    note: 'Weak log-in made it possible to read other pupils’ information, including medication, for fifteen children with physical and mental disabilities.',
  },
  {
    id: 'no-ostre-toten',
    source: 'Datatilsynet, fine to Østre Toten kommune (NOK 4 million, 2021): ransomware, backups deleted, documents published on the dark web; https://www.tv2.no/a/14301066/',
    facts: facts({
      confidentiality: 'yes',
      availability: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'contact', 'national-id', 'health', 'professional-secrecy'],
      subjectCount: 30_000,
      recipient: 'published',
      dataRecovered: 'no',
      outageHours: null,
      availabilityEffect: 'significant',
    }),
    expected: { authority: true, people: null },
    note: 'Attackers encrypted everything, deleted the backups and published documents with national identity numbers, health and child-welfare information.',
  },
  {
    id: 'no-argon',
    source: 'Datatilsynet 21/03126 (8 March 2023), Argon Medical Devices, fine NOK 2.5 million for late notification; https://www.datatilsynet.no/regelverk-og-verktoy/lover-og-regler/avgjorelser-fra-datatilsynet/2023/overtredelsesgebyr-til-argon-medical-devices/',
    facts: facts({
      confidentiality: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'employment', 'financial'],
      subjectCount: 20,
      recipient: 'malicious',
      misuseObserved: 'unknown',
    }),
    expected: { authority: true, people: null },
    note: 'A compromised mailbox exposed salary and benefit data of all European employees; data usable for fraud and identity theft had to be notified within 72 hours, not after a full investigation.',
  },
  {
    id: 'no-nif',
    source: 'Datatilsynet, fine to Norges idrettsforbund (NOK 1.25 million, 2021): 3.2 million people’s data reachable on a public IP address for 87 days; https://www.datatilsynet.no/aktuelt/aktuelle-nyheter-2020/varsel-om-overtredelsesgebyr-til-norges-idrettsforbund/',
    facts: facts({
      confidentiality: 'yes',
      cause: 'system-failure',
      dataCategories: ['identity', 'contact', 'behaviour'],
      subjectCount: 3_200_000,
      vulnerableSubjects: 'yes',
      recipient: 'published',
      misuseObserved: 'no',
    }),
    expected: { authority: true, people: null },
    note: 'Names, birth dates, addresses and club membership lay open for 87 days; nearly half a million were children, which the authority called strongly aggravating, although no access was found.',
  },

  // Denmark: Datatilsynet.
  {
    id: 'dk-family-law-agency',
    source: 'Datatilsynet (Denmark) 2021-432-0063 (6 September 2022), Familieretshuset: 37 breaches sharing protected name and address information with the other party; https://gdprhub.eu/index.php?title=Datatilsynet_(Denmark)_-_2021-432-0063',
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'contact', 'protected-identity'],
      subjectCount: 1,
      recipient: 'untrusted',
    }),
    expected: { authority: true, people: null },
    note: 'Parties had protected their address precisely to keep the other party away, for fear of violence or abduction; disclosing it to that party is the harm.',
  },
  {
    id: 'dk-customs-tax',
    source: 'Datatilsynet (Denmark) 2021-442-13805 (22 September 2021), Skatteforvaltningen: letter with identity, financial data and CPR number to the wrong recipient; https://gdprhub.eu/index.php?title=Datatilsynet_(Denmark)_-_2021-442-13805',
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'contact', 'financial', 'national-id'],
      subjectCount: 1,
      recipient: 'untrusted',
    }),
    expected: { authority: true, people: true },
    note: 'The authority held that the person had to be told under Art. 34 and criticised the six weeks it took: a CPR number with financial data in a stranger’s hands.',
  },
  {
    id: 'dk-ministry-of-justice',
    source: 'Datatilsynet (Denmark), Justitsministeriet (June 2021): unencrypted e-mail with 35 persons’ names, CPR numbers and fine-collection notes; ordered to inform the people; https://www.holst-law.com/en/aktuelt/gdpr-news-june-2021/',
    facts: facts({
      confidentiality: 'unknown',
      dataCategories: ['identity', 'national-id', 'criminal'],
      subjectCount: 35,
      recipient: 'unknown',
      misuseObserved: 'unknown',
    }),
    expected: { authority: true, people: true },
    note: 'The ministry looked only at whether anyone was known to have read the mail; the authority looked at what the people could lose, found the risk high and ordered them informed.',
  },
  {
    id: 'dk-3f-ostfyn',
    source: 'Datatilsynet (Denmark) 2021-441-9224 (11 May 2022), 3F Østfyn: a member’s new name sent to the old address of a violent former partner; https://www.dataguidance.com/news/denmark%C2%A0datatilsynet-criticises-3f-%C3%B8stfyn-violation',
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'protected-identity'],
      subjectCount: 1,
      recipient: 'untrusted',
    }),
    expected: { authority: true, people: null },
    note: 'One name in one newsletter, but it told a violent former partner the new name of someone living under address protection.',
  },

  // Finland.
  {
    id: 'fi-vastaamo',
    source: 'Tietosuojavaltuutetun toimisto 1150/161/2021 (7 December 2021), Psykoterapiakeskus Vastaamo, fine EUR 608,000; https://gdprhub.eu/index.php?title=Tietosuojavaltuutetun_toimisto_(Finland)_-_1150/161/2021',
    facts: facts({
      confidentiality: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'contact', 'national-id', 'health', 'sensitive-service'],
      subjectCount: 33_000,
      recipient: 'malicious',
      misuseObserved: 'yes',
    }),
    expected: { authority: true, people: true },
    note: 'Therapy records with identity codes were stolen and used to blackmail patients; the centre should have told both the authority and its patients when it learnt of it.',
  },

  // Ireland: Data Protection Commission.
  {
    id: 'ie-tusla-abuser',
    source: 'Data Protection Commission, Tusla (fine EUR 75,000, 2020), breach 1: location of a mother and child disclosed to an alleged abuser; https://www.irishtimes.com/news/crime-and-law/tusla-becomes-first-organisation-fined-for-gdpr-rule-breach-1.4255692',
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'contact', 'location', 'protected-identity'],
      subjectCount: 2,
      vulnerableSubjects: 'yes',
      recipient: 'untrusted',
    }),
    expected: { authority: true, people: null },
    note: 'Where a mother and child could be found reached the person they were protected from.',
  },
  {
    id: 'ie-tusla-grandparent',
    source: 'Data Protection Commission, Tusla (fine EUR 75,000, 2020), breach 2: foster family’s contact, location and school details disclosed to a grandparent, who made contact; https://dataprivacysolutions.ie/tusla-the-child-and-family-agency/',
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'contact', 'location', 'protected-identity'],
      vulnerableSubjects: 'yes',
      recipient: 'untrusted',
      misuseObserved: 'yes',
    }),
    expected: { authority: true, people: null },
    note: 'Children in foster care were placed where relatives could not find them; the disclosure undid that, and the grandparent used it.',
  },
  {
    id: 'ie-tusla-father',
    source: 'Data Protection Commission, Tusla (fine EUR 75,000, 2020), breach 3: address of children in foster care disclosed to their imprisoned father; https://www.medianama.com/2020/05/223-ireland-gdpr-fine-75000-euro-tusla/',
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'contact', 'protected-identity'],
      vulnerableSubjects: 'yes',
      recipient: 'untrusted',
      misuseObserved: 'yes',
    }),
    expected: { authority: true, people: null },
    note: 'The father used the address to write to the children; their placement was meant to be unknown to him.',
  },
  {
    id: 'ie-tusla-social-media',
    source: 'Data Protection Commission, Tusla (fine EUR 40,000, 2020): letter with abuse allegations sent to the wrong recipient and posted on social media; late notification (Art. 33(1)); https://dataprivacysolutions.ie/tusla-the-child-and-family-agency/',
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'criminal', 'professional-secrecy'],
      recipient: 'published',
      misuseObserved: 'yes',
    }),
    expected: { authority: true, people: null },
    note: 'Child-welfare information about an allegation of abuse ended up public; notifying 29 weeks later broke Art. 33(1).',
  },
  {
    id: 'ie-twitter',
    source: 'Data Protection Commission, decision on Twitter International Company (15 December 2020, fine EUR 450,000): protected tweets made public by a bug, notified late; https://www.dataprotection.ie/',
    facts: facts({
      confidentiality: 'yes',
      cause: 'system-failure',
      dataCategories: ['identity', 'communications'],
      subjectCount: 88_726,
      recipient: 'published',
    }),
    expected: { authority: true, people: null },
    note: 'Posts users had chosen to keep to their followers became public; the authority fined the late notification and its documentation.',
  },

  // Poland: UODO.
  {
    id: 'pl-toyota-bank',
    source: 'UODO DKN.5131.28.2023 (12 March 2024), Toyota Bank Polska, fine PLN 78,575: loan letter with PESEL and ID number opened by another client; https://gdprhub.eu/index.php?title=UODO_(Poland)_-_DKN.5131.28.2023',
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'contact', 'national-id', 'financial'],
      subjectCount: 1,
      recipient: 'untrusted',
    }),
    expected: { authority: true, people: null },
    note: 'Name, address, account number, PESEL and ID document number in a stranger’s hands allow identity theft; the bank’s view that no notice was due was wrong.',
  },
  {
    id: 'pl-insurance-broker',
    source: 'UODO DKN.5131.3.2021 (21 June 2021), insurance brokerage, fine PLN 160,000: e-mails with PESEL numbers to wrong recipients, neither notified nor communicated; https://gdprhub.eu/index.php?title=UODO_%28Poland%29_-_DKN.5131.3.2021',
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'contact', 'national-id', 'financial'],
      recipient: 'untrusted',
    }),
    expected: { authority: true, people: true },
    note: 'Insurance offers with name, PESEL and address went to the wrong people; the authority required both the notification and the communication to those affected.',
  },
  {
    id: 'pl-energy-company',
    source: 'UODO DKN.5131.7.2020 (11 January 2021), energy company, fine about EUR 30,000: unencrypted attachment with data of several hundred people sent to an unauthorised recipient; https://gdprhub.eu/index.php?title=UODO_%28Poland%29_-_DKN.5131.7.2020',
    facts: facts({
      confidentiality: 'yes',
      // The kinds of data are not given in the summary read.
      dataCategories: [],
      subjectCount: 300,
      recipient: 'untrusted',
      dataRecovered: 'yes',
    }),
    expected: { authority: true, people: null },
    note: 'A stranger’s word that the attachment was destroyed did not remove the duty to notify: the controller cannot verify it.',
  },
  {
    id: 'pl-housing-association',
    source: 'UODO DKN.5131.31.2021 (published 7 February 2023), housing association: stolen documents with tenants’ names, addresses, bank accounts and PESEL; https://gdprhub.eu/index.php?title=UODO_%28Poland%29_-_DKN.5131.31.2021',
    facts: facts({
      confidentiality: 'yes',
      cause: 'lost-or-stolen',
      malicious: 'yes',
      dataCategories: ['identity', 'contact', 'financial', 'national-id'],
      recipient: 'none',
    }),
    expected: { authority: true, people: true },
    note: 'Paper documents stolen are in a thief’s hands; the association told one tenant orally and nobody else, and should have notified the authority and all affected.',
  },

  // Hungary: NAIH.
  {
    id: 'hu-child-welfare-letters',
    source: 'NAIH, social and child welfare institution (fine HUF 100,000): nine letters with data of 18 people, incl. criminal-record and child-protection data, to wrong recipients, notified late; https://www.lexology.com/library/detail.aspx?g=b7ae3756-ceab-45b8-a22f-1e4b3304f602',
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'contact', 'criminal', 'professional-secrecy'],
      subjectCount: 18,
      vulnerableSubjects: 'yes',
      recipient: 'untrusted',
    }),
    expected: { authority: true, people: null },
    note: 'Child-protection files and criminal records of children and families reached the wrong homes; notifying after twenty days was too late.',
  },
  {
    id: 'hu-budapest-utilities',
    source: 'NAIH-6364-1/2023 (23 June 2023), Budapest Public Utilities, fine HUF 16 million: minutes with customers’ personal data left on the website; https://www.dataguidance.com/news/hungary-naih-fines-budapest-public-utilities-huf-16m',
    facts: facts({
      confidentiality: 'yes',
      dataCategories: ['identity', 'contact'],
      recipient: 'published',
    }),
    expected: { authority: true, people: null },
    note: 'Failed anonymisation left customer data readable by anyone on the internet.',
  },

  // Germany (Berlin), Art. 60 final decision.
  {
    id: 'de-berlin-delivery-hero',
    source: 'Berlin DPA, Art. 60 final decision (25 January 2019), Delivery Hero SE: a data export flaw gave one user the data of 30 others; https://privacydesign.ch/2020/06/page/7',
    facts: facts({
      confidentiality: 'yes',
      cause: 'system-failure',
      dataCategories: ['identity', 'contact', 'behaviour'],
      subjectCount: 30,
      recipient: 'untrusted',
    }),
    expected: { authority: true, people: null },
    note: 'Order data of thirty users reached one other user; notified in time, and the case was closed without corrective measures.',
  },

  // Netherlands: Autoriteit Persoonsgegevens.
  {
    id: 'nl-booking',
    source: 'Autoriteit Persoonsgegevens (10 December 2020), Booking.com, fine EUR 475,000 for late notification; https://www.edpb.europa.eu/news/national-news/2020/dutch-sa-fines-bookingcom-delay-reporting-data-breach_en',
    facts: facts({
      confidentiality: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'contact', 'behaviour', 'financial'],
      subjectCount: 4109,
      recipient: 'malicious',
      misuseObserved: 'yes',
    }),
    expected: { authority: true, people: true },
    note: 'Criminals used hotel accounts to read bookings and card data and then phished the guests; the authority saw a high risk and fined the 22-day delay.',
  },

  // United Kingdom: ICO (penalty notices under the GDPR).
  {
    id: 'uk-british-airways',
    source: 'ICO penalty notice, British Airways (16 October 2020, £20 million): card skimming on the website, about 429,612 customers and staff; https://www.cliffordchance.com/insights/resources/blogs/talking-tech/en/articles/2020/10/ico-announces-significantly-reduced-gdpr-fine-for-british-airway.html',
    facts: facts({
      confidentiality: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'contact', 'financial', 'credentials'],
      subjectCount: 429_612,
      recipient: 'malicious',
      misuseObserved: 'unknown',
    }),
    expected: { authority: true, people: null },
    note: 'Names, addresses and full card details with CVV went to the attackers’ server for weeks.',
  },
  {
    id: 'uk-marriott',
    source: 'ICO penalty notice, Marriott International (30 October 2020, £18.4 million): Starwood guest reservation database compromised; https://ico.org.uk/',
    facts: facts({
      confidentiality: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'contact', 'national-id', 'behaviour'],
      subjectCount: 339_000_000,
      recipient: 'malicious',
      misuseObserved: 'unknown',
    }),
    expected: { authority: true, people: null },
    note: 'An attacker sat in the reservation database for years, with passport numbers and stay details of hundreds of millions of guest records.',
  },
  {
    id: 'uk-ticketmaster',
    source: 'ICO penalty notice, Ticketmaster UK (13 November 2020, £1.25 million): a chat-bot on the payment page compromised to skim card data; https://ico.org.uk/',
    facts: facts({
      confidentiality: 'yes',
      cause: 'external-attack',
      malicious: 'yes',
      dataCategories: ['identity', 'contact', 'financial'],
      subjectCount: 9_400_000,
      recipient: 'malicious',
      misuseObserved: 'yes',
    }),
    expected: { authority: true, people: null },
    note: 'Payment data was taken through a third-party script and banks reported fraud on customers’ cards.',
  },
];

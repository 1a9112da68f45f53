import { formatNumber } from './numbers';
import { LARGE_SCALE_SUBJECTS, SHORT_OUTAGE_HOURS } from './thresholds';

// The risk factors of EDPB Guidelines 9/2022 §IV.B as the engine states them, bokmål and English.

const FACTORS = 'EDPB Guidelines 9/2022 §IV.B';


export const FACTOR_TEXTS = {
  // Type of breach.
  'confidentiality-breach': {
    basis: 'EDPB Guidelines 9/2022 §I.B.2',
    nb: 'Brudd på konfidensialitet: personopplysninger er eller kan være sett eller hentet ut av noen som ikke har rett til det.',
    en: 'Confidentiality breach: personal data was, or may have been, seen or obtained by someone not entitled to it.',
  },
  'integrity-breach': {
    basis: 'EDPB Guidelines 9/2022 §I.B.2',
    nb: 'Brudd på integritet: personopplysninger er eller kan være endret, ulovlig eller ved et uhell.',
    en: 'Integrity breach: personal data was, or may have been, altered, unlawfully or by accident.',
  },
  'availability-breach': {
    basis: 'EDPB Guidelines 9/2022 §I.B.2',
    nb: 'Brudd på tilgjengelighet: personopplysninger er eller kan være tapt, slettet eller utilgjengelige.',
    en: 'Availability breach: personal data was, or may have been, lost, destroyed or made unavailable.',
  },

  // Nature and sensitivity of the data.
  'special-category-data': {
    basis: 'GDPR Art. 9; EDPB Guidelines 9/2022 §102',
    nb: 'Bruddet gjelder særlige kategorier av personopplysninger, som helseopplysninger. Da skal skade for de registrerte anses som sannsynlig.',
    en: 'The breach involves special categories of personal data, such as health data. Damage to the data subjects should then be considered likely.',
  },
  'criminal-offence-data': {
    basis: 'GDPR Art. 10; EDPB Guidelines 9/2022 §102',
    nb: 'Bruddet gjelder opplysninger om straffedommer og lovovertredelser. Da skal skade for de registrerte anses som sannsynlig.',
    en: 'The breach involves data about criminal convictions and offences. Damage to the data subjects should then be considered likely.',
  },
  'national-id-number': {
    basis: FACTORS,
    nb: 'Fødselsnummer eller D-nummer er berørt. Sammen med navn kan det brukes til identitetstyveri og svindel.',
    en: 'National identity numbers (fødselsnummer or D-number) are affected. Together with a name they can be used for identity theft and fraud.',
  },
  'financial-data': {
    basis: 'GDPR Recital 85',
    nb: 'Økonomiske opplysninger er berørt. De kan føre til svindel og økonomisk tap.',
    en: 'Financial data is affected. It can lead to fraud and financial loss.',
  },
  'credentials-exposed': {
    basis: FACTORS,
    nb: 'Brukernavn og passord eller andre innloggingsopplysninger er berørt. De kan gi tilgang til kontoer, også andre steder der samme passord er brukt.',
    en: 'Usernames and passwords or other credentials are affected. They can open accounts, also elsewhere where the same password is used.',
  },
  'private-life-data': {
    basis: FACTORS,
    nb: 'Opplysninger om arbeid, bevegelser, kommunikasjon eller vaner er berørt. De sier mer om en person enn navn og kontaktopplysninger.',
    en: "Data about a person's work, movements, communications or habits is affected. It reveals more than a name and contact details.",
  },
  'basic-data-only': {
    basis: FACTORS,
    nb: 'Bare navn og kontaktopplysninger er berørt. Slike opplysninger gir alene sjelden alvorlig skade.',
    en: 'Only names and contact details are affected. On their own they rarely cause serious harm.',
  },
  'data-categories-unknown': {
    basis: 'EDPB Guidelines 9/2022 §102',
    nb: 'Det er ikke kjent hvilke opplysninger som er berørt. Inntil det er avklart, vurderes bruddet som om særlige kategorier kan være med.',
    en: 'It is not known which data is affected. Until that is clear, the breach is assessed as if special categories may be included.',
  },

  // Ease of identification: was the data readable?
  'encrypted-key-safe': {
    basis: 'GDPR Art. 34(3)(a)',
    nb: 'Opplysningene var kryptert, og nøkkelen er ikke kompromittert, så de er uleselige for uvedkommende. Det fjerner risikoen ved at noen får tak i dem.',
    en: 'The data was encrypted and the key is not compromised, so it is unintelligible to anyone not authorised. That removes the risk from someone obtaining it.',
  },
  'encryption-key-compromised': {
    basis: FACTORS,
    nb: 'Opplysningene var kryptert, men nøkkelen er kompromittert. De må derfor regnes som leselige.',
    en: 'The data was encrypted, but the key is compromised. It must therefore be treated as readable.',
  },
  'strong-hash': {
    basis: FACTORS,
    nb: 'Passordene var lagret som sterke hashverdier (med salt og en treg algoritme) og kan i praksis ikke gjenskapes. Andre opplysninger regnes fortsatt som leselige.',
    en: 'The passwords were stored as strong hashes (salted, with a slow algorithm) and cannot realistically be recovered. Other data still counts as readable.',
  },
  'weak-hash': {
    basis: FACTORS,
    nb: 'Opplysningene var lagret med en svak hashfunksjon (for eksempel MD5 eller SHA-1 uten salt) og kan knekkes. De må regnes som leselige.',
    en: 'The data was stored with a weak hash (for example unsalted MD5 or SHA-1) and can be cracked. It must be treated as readable.',
  },

  // Who has the data, and can it be undone?
  'no-known-recipient': {
    basis: FACTORS,
    nb: 'Ingen er kjent for å ha sett eller hentet ut opplysningene.',
    en: 'Nobody is known to have seen or obtained the data.',
  },
  'trusted-recipient-deleted': {
    basis: FACTORS,
    nb: 'Mottakeren er betrodd (har taushetsplikt eller et fast avtaleforhold med dere) og har bekreftet at opplysningene er slettet. Det senker risikoen.',
    en: 'The recipient is trusted (bound by confidentiality or in an ongoing relationship with you) and has confirmed that the data is deleted. That lowers the risk.',
  },
  'trusted-recipient': {
    basis: FACTORS,
    nb: 'Mottakeren er betrodd, men har ennå ikke bekreftet at opplysningene er slettet eller levert tilbake.',
    en: 'The recipient is trusted but has not yet confirmed that the data is deleted or returned.',
  },
  'untrusted-recipient': {
    basis: FACTORS,
    nb: 'Opplysningene har kommet til en mottaker uten taushetsplikt eller avtale med dere.',
    en: 'The data reached a recipient with no duty of confidentiality and no agreement with you.',
  },
  'data-retrieved': {
    basis: FACTORS,
    nb: 'Opplysningene er hentet tilbake, eller mottakeren har bekreftet at de er slettet. Det senker risikoen, men mottakeren kan ha lest dem.',
    en: 'The data has been retrieved, or the recipient has confirmed deletion. That lowers the risk, but the recipient may have read it.',
  },
  'malicious-recipient': {
    basis: FACTORS,
    nb: 'Opplysningene er i hendene på noen med ondsinnede hensikter. Et løfte fra en angriper om å slette dem kan ikke stoles på.',
    en: "The data is in the hands of someone with malicious intent. An attacker's promise to delete it cannot be relied on.",
  },
  'recipient-unknown': {
    basis: FACTORS,
    nb: 'Det er ikke kjent hvem som har fått opplysningene. Inntil det er avklart, behandles de som om de er i hendene på noen med ondsinnede hensikter.',
    en: 'It is not known who has the data. Until that is clear, it is treated as being in the hands of someone with malicious intent.',
  },
  'misuse-observed': {
    basis: 'GDPR Recital 85',
    nb: 'Det er sett tegn på misbruk av opplysningene. Skaden er ikke bare mulig, den er allerede i gang.',
    en: 'Misuse of the data has been seen. Harm is not just possible, it has already begun.',
  },
  'malicious-intent': {
    basis: FACTORS,
    nb: 'Bruddet skyldes, eller kan skyldes, en bevisst handling. Det gjør misbruk mer sannsynlig.',
    en: 'The breach was, or may have been, caused deliberately. That makes misuse more likely.',
  },

  // Integrity.
  'altered-data-restored': {
    basis: FACTORS,
    nb: 'De endrede opplysningene er rettet fra en korrekt kopi, og det er ikke sett at de ble brukt mens de var feil.',
    en: 'The altered data has been restored from a correct copy, and it was not seen to be used while it was wrong.',
  },
  'altered-data-not-restored': {
    basis: FACTORS,
    nb: 'De endrede opplysningene er ikke rettet ennå. Feil opplysninger kan føre til feil beslutninger om de registrerte.',
    en: 'The altered data has not been restored yet. Wrong data can lead to wrong decisions about the data subjects.',
  },
  'altered-data-misused': {
    basis: FACTORS,
    nb: 'De endrede opplysningene er brukt, eller kan ha blitt brukt, mens de var feil.',
    en: 'The altered data was, or may have been, used while it was wrong.',
  },

  // Availability.
  'short-outage-restored': {
    basis: FACTORS,
    nb: `Opplysningene var utilgjengelige i kort tid (høyst ${SHORT_OUTAGE_HOURS} timer) og er gjenopprettet fullt ut.`,
    en: `The data was unavailable for a short time (at most ${SHORT_OUTAGE_HOURS} hours) and has been fully restored.`,
  },
  'long-outage': {
    basis: FACTORS,
    nb: `Opplysningene var utilgjengelige i mer enn ${SHORT_OUTAGE_HOURS} timer, eller i en periode som ikke er kjent. Det kan ha hindret de registrerte i å få tjenester eller ivareta rettighetene sine.`,
    en: `The data was unavailable for more than ${SHORT_OUTAGE_HOURS} hours, or for a time that is not known. That may have kept the data subjects from services or from exercising their rights.`,
  },
  'data-lost-permanently': {
    basis: FACTORS,
    nb: 'Opplysningene er ikke gjenopprettet og kan være tapt for godt.',
    en: 'The data has not been restored and may be lost for good.',
  },
  'outage-in-care': {
    basis: FACTORS,
    nb: 'Opplysningene gjelder helse eller personer i en sårbar situasjon. Da kan selv kort utilgjengelighet gå ut over behandling, omsorg og sikkerhet.',
    en: 'The data concerns health or people in a vulnerable position, where even a short outage can affect treatment, care and safety.',
  },

  // The people affected.
  'vulnerable-subjects': {
    basis: FACTORS,
    nb: 'Barn eller andre i en sårbar situasjon er, eller kan være, blant de berørte. De kan ha vanskeligere for å beskytte seg og rammes hardere.',
    en: 'Children or others in a vulnerable position are, or may be, among those affected. They may find it harder to protect themselves and be harmed more.',
  },
  // Getters: the number is formatted when the text is first read, not when this module loads.
  'large-number-of-people': {
    basis: FACTORS,
    get nb() {
      return `Mange personer er berørt (minst ${formatNumber('nb', LARGE_SCALE_SUBJECTS)}), eller antallet er ikke kjent. Jo flere som rammes, desto større blir virkningen.`;
    },
    get en() {
      return `Many people are affected (at least ${formatNumber('en', LARGE_SCALE_SUBJECTS)}), or the number is not known. The more people affected, the greater the impact.`;
    },
  },
} as const satisfies Record<string, { basis: string; nb: string; en: string }>;

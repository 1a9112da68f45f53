import { formatNumber } from '../i18n/numbers';
import type { ReasonText } from './reasons';
import { LARGE_SCALE_SUBJECTS, SHORT_OUTAGE_HOURS } from './thresholds';

// The risk factors of EDPB Guidelines 9/2022 §IV.B as the engine states them, bokmål and English:
// advice for the DPO, and the claim the notification makes to Datatilsynet.

const FACTORS = 'EDPB Guidelines 9/2022 §IV.B';
const EXAMPLES = 'EDPB Guidelines 9/2022 §IV.B; EDPB Guidelines 01/2021';


export const FACTOR_TEXTS = {
  // Type of breach.
  'confidentiality-breach': {
    basis: 'EDPB Guidelines 9/2022 §I.B.2',
    nb: 'Brudd på konfidensialitet: personopplysninger er eller kan være sett eller hentet ut av noen som ikke har rett til det.',
    en: 'Confidentiality breach: personal data was, or may have been, seen or obtained by someone not entitled to it.',
    claim: {
      nb: 'Bruddet er et brudd på konfidensialitet: personopplysninger er eller kan være gjort kjent for uvedkommende',
      en: 'The breach is a confidentiality breach: personal data was or may have been disclosed to someone not entitled to it',
    },
  },
  'integrity-breach': {
    basis: 'EDPB Guidelines 9/2022 §I.B.2',
    nb: 'Brudd på integritet: personopplysninger er eller kan være endret, ulovlig eller ved et uhell.',
    en: 'Integrity breach: personal data was, or may have been, altered, unlawfully or by accident.',
    claim: {
      nb: 'Bruddet er et brudd på integritet: personopplysninger er eller kan være endret',
      en: 'The breach is an integrity breach: personal data was or may have been altered',
    },
  },
  'availability-breach': {
    basis: 'EDPB Guidelines 9/2022 §I.B.2',
    nb: 'Brudd på tilgjengelighet: personopplysninger er eller kan være tapt, slettet eller utilgjengelige.',
    en: 'Availability breach: personal data was, or may have been, lost, destroyed or made unavailable.',
    claim: {
      nb: 'Bruddet er et brudd på tilgjengelighet: personopplysninger er eller kan være tapt eller utilgjengelige',
      en: 'The breach is an availability breach: personal data was or may have been lost or made unavailable',
    },
  },

  // Nature and sensitivity of the data, in its context.
  'protected-identity': {
    basis: 'GDPR Recital 85; EDPB Guidelines 9/2022 §IV.B',
    nb: 'Opplysningene kan avsløre hvem eller hvor noen med skjult identitet eller fortrolig adresse er. Selv et navn og en adresse kan da sette liv og helse i fare, også for én person.',
    en: 'The data can reveal who or where someone with a hidden identity or a confidential address is. Even a name and an address can then put life and health at risk, also for one person.',
    claim: {
      nb: 'Virksomheten legger vekt på at opplysningene kan avsløre identiteten eller oppholdsstedet til personer med skjult identitet eller fortrolig adresse, noe som kan true liv og helse',
      en: 'The organisation gives weight to the data being able to reveal the identity or whereabouts of people with a hidden identity or confidential address, which can threaten life and health',
    },
  },
  'special-category-data': {
    basis: 'GDPR Art. 9; EDPB Guidelines 9/2022 §102',
    nb: 'Bruddet gjelder særlige kategorier av personopplysninger, som helseopplysninger. Da skal skade for de registrerte anses som sannsynlig.',
    en: 'The breach involves special categories of personal data, such as health data. Damage to the data subjects should then be considered likely.',
    claim: {
      nb: 'Bruddet gjelder særlige kategorier av personopplysninger, og skade for de registrerte anses derfor som sannsynlig',
      en: 'The breach involves special categories of personal data, so damage to the data subjects is considered likely',
    },
  },
  'criminal-offence-data': {
    basis: 'GDPR Art. 10; EDPB Guidelines 9/2022 §102',
    nb: 'Bruddet gjelder opplysninger om straffedommer og lovovertredelser. Da skal skade for de registrerte anses som sannsynlig.',
    en: 'The breach involves data about criminal convictions and offences. Damage to the data subjects should then be considered likely.',
    claim: {
      nb: 'Bruddet gjelder opplysninger om straffedommer og lovovertredelser, og skade for de registrerte anses derfor som sannsynlig',
      en: 'The breach involves data about criminal convictions and offences, so damage to the data subjects is considered likely',
    },
  },
  'sensitive-service': {
    basis: FACTORS,
    nb: 'At en person står i disse opplysningene, avslører noe privat, for eksempel at vedkommende er klient hos en psykolog, et rusbehandlingstilbud eller et krisesenter. Konteksten gjør vanlige opplysninger følsomme.',
    en: "Being in this data reveals something private about a person, for example that they are a client of a psychologist, an addiction service or a shelter. The context makes ordinary data sensitive.",
    claim: {
      nb: 'Virksomheten legger vekt på at konteksten avslører at de registrerte bruker en tjeneste som sier noe privat om dem',
      en: 'The organisation gives weight to the context revealing that the data subjects use a service that says something private about them',
    },
  },
  'professional-secrecy': {
    basis: 'GDPR Recital 85; EDPB Guidelines 9/2022 §IV.B',
    nb: 'Opplysningene er underlagt taushetsplikt (for eksempel hos advokat, lege, barnevern eller NAV). Brudd på taushetsbelagte opplysninger er en skade i seg selv.',
    en: 'The data is covered by professional secrecy (for example held by a lawyer, a doctor, child welfare or social services). Losing the confidentiality of such data is a harm in itself.',
    claim: {
      nb: 'Opplysningene er underlagt taushetsplikt, og tap av konfidensialitet for slike opplysninger er i seg selv en skade for de registrerte',
      en: 'The data is covered by professional secrecy, and the loss of its confidentiality is in itself a harm to the data subjects',
    },
  },
  'national-id-number': {
    basis: FACTORS,
    nb: 'Fødselsnummer eller D-nummer er berørt. Sammen med navn kan det brukes til identitetstyveri og svindel.',
    en: 'National identity numbers (fødselsnummer or D-number) are affected. Together with a name they can be used for identity theft and fraud.',
    claim: {
      nb: 'Fødselsnummer eller D-nummer er berørt, og sammen med navn kan det brukes til identitetstyveri og svindel',
      en: 'National identity numbers are affected, and together with names they can be used for identity theft and fraud',
    },
  },
  'financial-data': {
    basis: 'GDPR Recital 85',
    nb: 'Økonomiske opplysninger er berørt. De kan føre til svindel og økonomisk tap.',
    en: 'Financial data is affected. It can lead to fraud and financial loss.',
    claim: {
      nb: 'Økonomiske opplysninger er berørt og kan føre til svindel og økonomisk tap',
      en: 'Financial data is affected and can lead to fraud and financial loss',
    },
  },
  'credentials-exposed': {
    basis: FACTORS,
    nb: 'Brukernavn og passord eller andre innloggingsopplysninger er berørt. De kan gi tilgang til kontoer, også andre steder der samme passord er brukt.',
    en: 'Usernames and passwords or other credentials are affected. They can open accounts, also elsewhere where the same password is used.',
    claim: {
      nb: 'Innloggingsopplysninger er berørt og kan gi tilgang til kontoer, også hos andre tjenester der samme passord er brukt',
      en: 'Credentials are affected and can give access to accounts, also with other services where the same password is used',
    },
  },
  'private-life-data': {
    basis: FACTORS,
    nb: 'Opplysninger om arbeid, bevegelser, kommunikasjon eller vaner er berørt. De sier mer om en person enn navn og kontaktopplysninger.',
    en: "Data about a person's work, movements, communications or habits is affected. It reveals more than a name and contact details.",
    claim: {
      nb: 'Opplysninger om arbeid, bevegelser, kommunikasjon eller vaner er berørt, og de sier mer om de registrerte enn navn og kontaktopplysninger',
      en: "Data about the data subjects' work, movements, communications or habits is affected, which reveals more than names and contact details",
    },
  },
  'basic-data-only': {
    basis: FACTORS,
    nb: 'Bare navn og kontaktopplysninger er berørt, uten en kontekst som gjør dem følsomme. Slike opplysninger gir alene sjelden alvorlig skade.',
    en: 'Only names and contact details are affected, with no context that makes them sensitive. On their own they rarely cause serious harm.',
    claim: {
      nb: 'Bare navn og kontaktopplysninger er berørt, og konteksten gjør dem ikke følsomme',
      en: 'Only names and contact details are affected, and the context does not make them sensitive',
    },
  },
  'minor-detail': {
    basis: 'ENISA 2013; EDPB Guidelines 9/2022 §IV.B',
    nb: 'Opplysningene sier mindre enn kategorien tilsier (for eksempel en matpreferanse, ikke en diagnose, eller et utløpt kort). De vurderes derfor som enkle opplysninger.',
    en: 'The data reveals less than its kind suggests (for example a food preference rather than a diagnosis, or an expired card). It is therefore assessed as simple data.',
    claim: {
      nb: 'Virksomheten vurderer at opplysningene sier mindre enn kategorien tilsier, og vurderer dem som enkle opplysninger',
      en: 'The organisation considers that the data reveals less than its kind suggests and assesses it as simple data',
    },
  },
  'data-categories-unknown': {
    basis: 'EDPB Guidelines 9/2022 §102',
    nb: 'Det er ikke kjent hvilke opplysninger som er berørt. Inntil det er avklart, vurderes bruddet som om særlige kategorier kan være med.',
    en: 'It is not known which data is affected. Until that is clear, the breach is assessed as if special categories may be included.',
    claim: {
      nb: 'Det er ennå ikke avklart hvilke opplysninger som er berørt, og virksomheten har lagt til grunn at særlige kategorier kan være med',
      en: 'It is not yet clear which data is affected, and the organisation has assumed that special categories may be included',
    },
  },

  // Ease of identification: did the protection hold against this attack?
  'encrypted-key-safe': {
    basis: 'GDPR Art. 34(3)(a)',
    nb: 'Opplysningene var kryptert, og beskyttelsen holdt mot dette angrepet: den som fikk dem, hadde verken nøkkelen eller et åpent, opplåst system. De er uleselige for uvedkommende.',
    en: 'The data was encrypted and the protection held against this attack: whoever got it had neither the key nor an open, unlocked system. It is unintelligible to anyone not authorised.',
    claim: {
      nb: 'Opplysningene var kryptert med en nøkkel som ikke er kompromittert, og er uleselige for uvedkommende',
      en: 'The data was encrypted with a key that is not compromised and is unintelligible to anyone not authorised',
    },
  },
  'encryption-key-compromised': {
    basis: FACTORS,
    nb: 'Opplysningene var kryptert, men nøkkelen er kompromittert eller ble tatt sammen med dem. Krypteringen beskytter da ingenting, og opplysningene må regnes som leselige.',
    en: 'The data was encrypted, but the key is compromised or was taken with it. The encryption then protects nothing, and the data must be treated as readable.',
    claim: {
      nb: 'Opplysningene var kryptert, men nøkkelen er kompromittert, og opplysningene regnes derfor som leselige',
      en: 'The data was encrypted, but the key is compromised, so the data is treated as readable',
    },
  },
  'encryption-bypassed': {
    basis: 'EDPB Guidelines 9/2022 §IV.B; EDPB Guidelines 01/2021',
    nb: 'Opplysningene var kryptert på disk, men ble hentet fra et system som kjørte og var låst opp, eller av noen som kunne dekryptere. Diskkryptering beskytter ikke mot det, så opplysningene må regnes som leselige.',
    en: 'The data was encrypted at rest, but was taken from a running, unlocked system, or by someone able to decrypt it. Disk encryption does not protect against that, so the data must be treated as readable.',
    claim: {
      nb: 'Opplysningene var kryptert på lagringsmediet, men ble hentet ut fra et kjørende og opplåst system, og regnes derfor som leselige',
      en: 'The data was encrypted at rest but was taken from a running, unlocked system, and is therefore treated as readable',
    },
  },
  pseudonymised: {
    basis: 'GDPR Art. 34(3)(a); EDPB Guidelines 9/2022 §IV.B',
    nb: 'Opplysningene var pseudonymisert, og nøkkelen til å knytte dem til personer er ikke tatt. Det gjør det vanskelig å identifisere noen og senker risikoen.',
    en: 'The data was pseudonymised, and the key that links it to people was not taken. That makes it hard to identify anyone and lowers the risk.',
    claim: {
      nb: 'Opplysningene var pseudonymisert, og nøkkelen som knytter dem til personer, er ikke kompromittert',
      en: 'The data was pseudonymised, and the key linking it to people is not compromised',
    },
  },
  'strong-hash': {
    basis: FACTORS,
    nb: 'Passordene var lagret som sterke hashverdier (med salt og en treg algoritme) og kan i praksis ikke gjenskapes. Andre opplysninger regnes fortsatt som leselige.',
    en: 'The passwords were stored as strong hashes (salted, with a slow algorithm) and cannot realistically be recovered. Other data still counts as readable.',
    claim: {
      nb: 'Passordene var lagret som sterke, saltede hashverdier som i praksis ikke kan gjenskapes',
      en: 'The passwords were stored as strong, salted hashes that cannot realistically be recovered',
    },
  },
  'weak-hash': {
    basis: FACTORS,
    nb: 'Opplysningene var lagret med en svak hashfunksjon (for eksempel MD5 eller SHA-1 uten salt) og kan knekkes. De må regnes som leselige.',
    en: 'The data was stored with a weak hash (for example unsalted MD5 or SHA-1) and can be cracked. It must be treated as readable.',
    claim: {
      nb: 'Opplysningene var lagret med en svak hashfunksjon som kan knekkes, og regnes derfor som leselige',
      en: 'The data was stored with a weak hash that can be cracked, and is therefore treated as readable',
    },
  },

  // Who has the data, and can it be undone?
  'no-known-recipient': {
    basis: FACTORS,
    nb: 'Ingen er kjent for å ha sett eller hentet ut opplysningene.',
    en: 'Nobody is known to have seen or obtained the data.',
    claim: {
      nb: 'Virksomheten har ikke holdepunkter for at noen har sett eller hentet ut opplysningene',
      en: 'The organisation has no indication that anyone has seen or obtained the data',
    },
  },
  'lost-in-unknown-hands': {
    basis: EXAMPLES,
    nb: 'Utstyret eller dokumentene er tapt eller stjålet, eller årsaken er ikke kjent. Opplysningene må da regnes som i ukjente hender, uansett om noen mottaker er kjent.',
    en: 'The device or documents are lost or stolen, or the cause is not known. The data must then be treated as in unknown hands, whether or not any recipient is known.',
    claim: {
      nb: 'Utstyret eller dokumentene er tapt eller stjålet, og virksomheten legger til grunn at opplysningene er i ukjente hender',
      en: 'The device or documents are lost or stolen, and the organisation assumes the data is in unknown hands',
    },
  },
  'trusted-recipient-deleted': {
    basis: EXAMPLES,
    nb: 'Mottakeren er betrodd (har taushetsplikt eller et fast avtaleforhold med dere) og har bekreftet at opplysningene er slettet. Det kan fjerne risikoen, også for særlige kategorier.',
    en: 'The recipient is trusted (bound by confidentiality or in an ongoing relationship with you) and has confirmed that the data is deleted. That can remove the risk, also for special categories.',
    claim: {
      nb: 'Mottakeren er betrodd, er bundet av taushetsplikt eller avtale, og har bekreftet at opplysningene er slettet',
      en: 'The recipient is trusted, bound by confidentiality or agreement, and has confirmed that the data is deleted',
    },
  },
  'trusted-recipient': {
    basis: FACTORS,
    nb: 'Mottakeren er betrodd, men har ennå ikke bekreftet at opplysningene er slettet eller levert tilbake.',
    en: 'The recipient is trusted but has not yet confirmed that the data is deleted or returned.',
    claim: {
      nb: 'Mottakeren er betrodd, men har ennå ikke bekreftet at opplysningene er slettet',
      en: 'The recipient is trusted but has not yet confirmed that the data is deleted',
    },
  },
  'untrusted-recipient': {
    basis: FACTORS,
    nb: 'Opplysningene har kommet til en mottaker uten taushetsplikt eller avtale med dere.',
    en: 'The data reached a recipient with no duty of confidentiality and no agreement with you.',
    claim: {
      nb: 'Opplysningene har kommet til en mottaker uten taushetsplikt eller avtale med virksomheten',
      en: 'The data reached a recipient with no duty of confidentiality and no agreement with the organisation',
    },
  },
  'data-retrieved': {
    basis: FACTORS,
    nb: 'Opplysningene er hentet tilbake, eller mottakeren har bekreftet at de er slettet. Det senker risikoen, men mottakeren kan ha lest dem.',
    en: 'The data has been retrieved, or the recipient has confirmed deletion. That lowers the risk, but the recipient may have read it.',
    claim: {
      nb: 'Opplysningene er hentet tilbake, eller mottakeren har bekreftet sletting',
      en: 'The data has been retrieved, or the recipient has confirmed deletion',
    },
  },
  'data-published': {
    basis: FACTORS,
    nb: 'Opplysningene er eller har vært offentlig tilgjengelige, for et ukjent antall mennesker. Det kan ikke gjøres om.',
    en: 'The data is or was publicly available, to an unknown number of people. That cannot be undone.',
    claim: {
      nb: 'Opplysningene er eller har vært offentlig tilgjengelige for et ukjent antall personer',
      en: 'The data is or was publicly available to an unknown number of people',
    },
  },
  'malicious-recipient': {
    basis: FACTORS,
    nb: 'Opplysningene er i hendene på noen med ondsinnede hensikter. Et løfte fra en angriper om å slette dem kan ikke stoles på.',
    en: "The data is in the hands of someone with malicious intent. An attacker's promise to delete it cannot be relied on.",
    claim: {
      nb: 'Opplysningene er i hendene på noen med ondsinnede hensikter',
      en: 'The data is in the hands of someone with malicious intent',
    },
  },
  'recipient-unknown': {
    basis: FACTORS,
    nb: 'Det er ikke kjent hvem som har fått opplysningene. Inntil det er avklart, behandles de som om de er i hendene på noen med ondsinnede hensikter.',
    en: 'It is not known who has the data. Until that is clear, it is treated as being in the hands of someone with malicious intent.',
    claim: {
      nb: 'Det er ennå ikke avklart hvem som har fått opplysningene, og virksomheten har lagt til grunn at de kan være i hendene på noen med ondsinnede hensikter',
      en: 'It is not yet clear who has the data, and the organisation has assumed that it may be in the hands of someone with malicious intent',
    },
  },
  'misuse-observed': {
    basis: 'GDPR Recital 85',
    nb: 'Det er sett tegn på misbruk av opplysningene. Skaden er ikke bare mulig, den er allerede i gang.',
    en: 'Misuse of the data has been seen. Harm is not just possible, it has already begun.',
    claim: {
      nb: 'Det er sett tegn på misbruk av opplysningene',
      en: 'Signs of misuse of the data have been seen',
    },
  },
  'misuse-not-ruled-out': {
    basis: FACTORS,
    nb: 'Det er ikke undersøkt om opplysningene er misbrukt. Det er ikke det samme som at misbruk er sett, men inntil det er undersøkt, kan det ikke utelukkes.',
    en: 'Whether the data has been misused has not been looked into. That is not the same as misuse seen, but until it is looked into, misuse cannot be ruled out.',
    claim: {
      nb: 'Virksomheten har ennå ikke kunnet utelukke at opplysningene er misbrukt',
      en: 'The organisation has not yet been able to rule out misuse of the data',
    },
  },
  'malicious-intent': {
    basis: FACTORS,
    nb: 'Bruddet skyldes, eller kan skyldes, en bevisst handling. Det gjør misbruk mer sannsynlig.',
    en: 'The breach was, or may have been, caused deliberately. That makes misuse more likely.',
    claim: {
      nb: 'Bruddet skyldes eller kan skyldes en bevisst handling, noe som gjør misbruk mer sannsynlig',
      en: 'The breach was or may have been caused deliberately, which makes misuse more likely',
    },
  },

  // Integrity.
  'altered-data-restored': {
    basis: FACTORS,
    nb: 'De endrede opplysningene er rettet fra en korrekt kopi, og det er ikke sett at de ble brukt mens de var feil.',
    en: 'The altered data has been restored from a correct copy, and it was not seen to be used while it was wrong.',
    claim: {
      nb: 'De endrede opplysningene er rettet fra en korrekt kopi og ble ikke brukt mens de var feil',
      en: 'The altered data has been restored from a correct copy and was not used while wrong',
    },
  },
  'altered-data-not-restored': {
    basis: FACTORS,
    nb: 'De endrede opplysningene er ikke rettet ennå. Feil opplysninger kan føre til feil beslutninger om de registrerte.',
    en: 'The altered data has not been restored yet. Wrong data can lead to wrong decisions about the data subjects.',
    claim: {
      nb: 'De endrede opplysningene er ennå ikke rettet og kan føre til feil beslutninger om de registrerte',
      en: 'The altered data has not yet been restored and can lead to wrong decisions about the data subjects',
    },
  },
  'altered-data-misused': {
    basis: FACTORS,
    nb: 'De endrede opplysningene er brukt, eller kan ha blitt brukt, mens de var feil.',
    en: 'The altered data was, or may have been, used while it was wrong.',
    claim: {
      nb: 'De endrede opplysningene er eller kan ha blitt brukt mens de var feil',
      en: 'The altered data was or may have been used while wrong',
    },
  },

  // Availability, judged by its effect on people.
  'short-outage-restored': {
    basis: FACTORS,
    nb: `Opplysningene var utilgjengelige i kort tid (høyst ${SHORT_OUTAGE_HOURS} timer) og er gjenopprettet fullt ut.`,
    en: `The data was unavailable for a short time (at most ${SHORT_OUTAGE_HOURS} hours) and has been fully restored.`,
    claim: {
      nb: `Opplysningene var utilgjengelige i høyst ${SHORT_OUTAGE_HOURS} timer og er gjenopprettet fullt ut`,
      en: `The data was unavailable for at most ${SHORT_OUTAGE_HOURS} hours and has been fully restored`,
    },
  },
  'long-outage': {
    basis: FACTORS,
    nb: `Opplysningene var utilgjengelige i mer enn ${SHORT_OUTAGE_HOURS} timer, eller i en periode som ikke er kjent.`,
    en: `The data was unavailable for more than ${SHORT_OUTAGE_HOURS} hours, or for a time that is not known.`,
    claim: {
      nb: `Opplysningene var utilgjengelige i mer enn ${SHORT_OUTAGE_HOURS} timer`,
      en: `The data was unavailable for more than ${SHORT_OUTAGE_HOURS} hours`,
    },
  },
  'data-lost-permanently': {
    basis: FACTORS,
    nb: 'Opplysningene er ikke gjenopprettet og kan være tapt for godt.',
    en: 'The data has not been restored and may be lost for good.',
    claim: {
      nb: 'Opplysningene er ikke gjenopprettet og kan være tapt for godt',
      en: 'The data has not been restored and may be lost for good',
    },
  },
  'outage-no-effect': {
    basis: EXAMPLES,
    nb: 'Ingen ble berørt av at opplysningene var borte: ingen tjeneste, frist, betaling eller behandling var avhengig av dem i perioden. Det gir ingen risiko, selv om opplysningene skulle være tapt.',
    en: 'Nobody was affected by the data being out of reach: no service, deadline, payment or care depended on it at the time. That is no risk, even if the data is lost.',
    claim: {
      nb: 'Virksomheten vurderer at ingen ble berørt av at opplysningene var utilgjengelige',
      en: 'The organisation considers that nobody was affected by the data being unavailable',
    },
  },
  'outage-inconvenience': {
    basis: EXAMPLES,
    nb: 'Folk ble bare forsinket eller måtte gi opplysninger på nytt. Over lengre tid eller ved varig tap kan det likevel medføre risiko.',
    en: 'People were only delayed or had to provide data again. Over a longer time, or with a permanent loss, that can still be a risk.',
    claim: {
      nb: 'Utilgjengeligheten førte til forsinkelser og ulemper for de registrerte',
      en: 'The unavailability caused delays and inconvenience for the data subjects',
    },
  },
  'outage-significant-effect': {
    basis: EXAMPLES,
    nb: 'Folk mistet frister, penger eller tilgang til tjenester mens opplysningene var borte.',
    en: 'People missed deadlines, lost money or lost access to services while the data was out of reach.',
    claim: {
      nb: 'Utilgjengeligheten førte til at de registrerte mistet frister, penger eller tilgang til tjenester',
      en: 'The unavailability caused the data subjects to miss deadlines, lose money or lose access to services',
    },
  },
  'outage-in-care': {
    basis: EXAMPLES,
    nb: 'Utilgjengeligheten gikk ut over behandling, omsorg, sikkerhet eller viktige tjenester. Selv kort tid kan da gi risiko, og lengre tid gir høy risiko.',
    en: 'The unavailability affected treatment, care, safety or essential services. Even a short time can then be a risk, and a longer time a high risk.',
    claim: {
      nb: 'Utilgjengeligheten gikk ut over behandling, omsorg, sikkerhet eller viktige tjenester for de registrerte',
      en: 'The unavailability affected treatment, care, safety or essential services for the data subjects',
    },
  },
  'outage-effect-unknown': {
    basis: FACTORS,
    nb: 'Det er ikke kjent hva utilgjengeligheten gjorde med folk. Inntil det er avklart, vurderes den som om den kan ha gått ut over behandling, omsorg eller viktige tjenester.',
    en: 'It is not known what the unavailability did to people. Until that is clear, it is assessed as if it may have affected care or essential services.',
    claim: {
      nb: 'Det er ennå ikke avklart hvilke følger utilgjengeligheten fikk for de registrerte, og virksomheten har lagt til grunn at de kan være alvorlige',
      en: 'The consequences of the unavailability for the data subjects are not yet clear, and the organisation has assumed they may be serious',
    },
  },

  // The people affected.
  'vulnerable-subjects': {
    basis: FACTORS,
    nb: 'Barn eller andre i en sårbar situasjon er, eller kan være, blant de berørte. De kan ha vanskeligere for å beskytte seg og rammes hardere.',
    en: 'Children or others in a vulnerable position are, or may be, among those affected. They may find it harder to protect themselves and be harmed more.',
    claim: {
      nb: 'Barn eller andre i en sårbar situasjon er eller kan være blant de berørte',
      en: 'Children or others in a vulnerable position are or may be among those affected',
    },
  },
  // Getters: the number is formatted when the text is first read, not when this module loads.
  'large-number-of-people': {
    basis: FACTORS,
    get nb() {
      return `Mange personer er berørt (minst ${formatNumber('nb', LARGE_SCALE_SUBJECTS)}). Sammen med opplysningenes art gjør det virkningen større; antallet alene gjør ikke navn og kontaktopplysninger til høy risiko.`;
    },
    get en() {
      return `Many people are affected (at least ${formatNumber('en', LARGE_SCALE_SUBJECTS)}). Together with the nature of the data that makes the impact greater; the number alone does not make names and contact details a high risk.`;
    },
    claim: {
      get nb() {
        return `Et stort antall personer er berørt (minst ${formatNumber('nb', LARGE_SCALE_SUBJECTS)})`;
      },
      get en() {
        return `A large number of people is affected (at least ${formatNumber('en', LARGE_SCALE_SUBJECTS)})`;
      },
    },
  },
  'subject-count-unknown': {
    basis: FACTORS,
    nb: 'Antallet berørte er ikke kjent. For enkle opplysninger betyr antallet ingenting for konklusjonen; for andre vurderes bruddet som om mange kan være berørt inntil antallet er anslått. Anslå antallet.',
    en: 'The number of people affected is not known. For basic data the number does not change the conclusion; for other data the breach is assessed as if many may be affected until the number is estimated. Estimate the number.',
    claim: {
      nb: 'Antallet berørte er ennå ikke kjent',
      en: 'The number of people affected is not yet known',
    },
  },
} as const satisfies Record<string, ReasonText>;

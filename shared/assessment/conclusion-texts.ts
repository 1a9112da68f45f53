import type { ReasonText } from './reasons';

// The conclusions the engine draws, in the words a DPO can defend, bokmål and English. The factors
// behind them are in factor-texts.ts.

export const CONCLUSION_TEXTS = {
  // Is it a personal data breach at all?
  'no-personal-data': {
    basis: 'GDPR Art. 4(12)',
    nb: 'Ingen personopplysninger er berørt, så hendelsen er ikke et brudd på personopplysningssikkerheten. Den skal ikke meldes til Datatilsynet eller de registrerte.',
    en: 'No personal data is affected, so the incident is not a personal data breach. It is not notified to Datatilsynet or to the data subjects.',
    claim: {
      nb: 'Virksomheten vurderer at ingen personopplysninger er berørt, og at hendelsen ikke er et brudd på personopplysningssikkerheten',
      en: 'The organisation considers that no personal data is affected and that the incident is not a personal data breach',
    },
  },
  'no-compromise': {
    basis: 'GDPR Art. 4(12)',
    nb: 'Personopplysningene har verken kommet på avveie, blitt endret eller gått tapt. Dette er en sikkerhetshendelse, ikke et brudd på personopplysningssikkerheten, og skal ikke meldes.',
    en: 'The personal data was neither disclosed, altered nor lost. This is a security incident, not a personal data breach, and it is not notified.',
    claim: {
      nb: 'Virksomheten vurderer at personopplysningene verken har kommet på avveie, blitt endret eller gått tapt',
      en: 'The organisation considers that the personal data was neither disclosed, altered nor lost',
    },
  },
  'document-internally': {
    basis: 'GDPR Art. 33(5)',
    nb: 'Dokumenter hendelsen internt: de faktiske forholdene, virkningene, tiltakene og begrunnelsen for vurderingen – også når den ikke meldes.',
    en: 'Document the incident internally: the facts, its effects, the remedial action and the reasoning behind this assessment, also when it is not notified.',
    claim: {
      nb: 'Bruddet er dokumentert internt med de faktiske forholdene, virkningene, tiltakene og begrunnelsen for vurderingen',
      en: 'The breach is documented internally with the facts, its effects, the remedial action and the reasoning behind this assessment',
    },
  },

  // The conclusions.
  'notify-authority': {
    basis: 'GDPR Art. 33(1)',
    nb: 'Bruddet kan medføre risiko for de registrertes rettigheter og friheter. Meld det til Datatilsynet uten ugrunnet opphold og senest 72 timer etter at dere fikk kjennskap til det.',
    en: "The breach may result in a risk to the data subjects' rights and freedoms. Notify Datatilsynet without undue delay and not later than 72 hours after becoming aware of it.",
    claim: {
      nb: 'Virksomheten vurderer at bruddet kan medføre risiko for de registrertes rettigheter og friheter',
      en: "The organisation considers that the breach may result in a risk to the data subjects' rights and freedoms",
    },
  },
  'unlikely-to-result-in-risk': {
    basis: 'GDPR Art. 33(1)',
    nb: 'Bruddet vil sannsynligvis ikke medføre risiko for de registrertes rettigheter og friheter, så det trenger ikke meldes til Datatilsynet. Begrunnelsen må dokumenteres.',
    en: "The breach is unlikely to result in a risk to the data subjects' rights and freedoms, so it need not be notified to Datatilsynet. The reasoning must be documented.",
    claim: {
      nb: 'Virksomheten vurderer at bruddet sannsynligvis ikke vil medføre risiko for de registrertes rettigheter og friheter',
      en: "The organisation considers that the breach is unlikely to result in a risk to the data subjects' rights and freedoms",
    },
  },
  'notify-subjects': {
    basis: 'GDPR Art. 34(1)',
    nb: 'Bruddet vil sannsynligvis medføre høy risiko for de registrerte. Underrett dem uten ugrunnet opphold, i en egen melding på et klart og enkelt språk.',
    en: 'The breach is likely to result in a high risk to the data subjects. Inform them without undue delay, in a dedicated message in clear and plain language.',
    claim: {
      nb: 'Virksomheten vurderer at bruddet sannsynligvis vil medføre høy risiko for de registrertes rettigheter og friheter, og at de registrerte skal underrettes',
      en: "The organisation considers that the breach is likely to result in a high risk to the data subjects' rights and freedoms, and that the data subjects are to be informed",
    },
  },
  'not-high-risk': {
    basis: 'GDPR Art. 34(1)',
    nb: 'Risikoen er ikke høy, så dere har ikke plikt til å underrette de registrerte. Dere kan likevel velge å informere dem.',
    en: 'The risk is not high, so there is no duty to inform the data subjects. You may still choose to tell them.',
    claim: {
      nb: 'Virksomheten vurderer at risikoen ikke er høy, og at det ikke er plikt til å underrette de registrerte',
      en: 'The organisation considers that the risk is not high and that there is no duty to inform the data subjects',
    },
  },
  'inform-subjects-without-delay': {
    basis: 'EDPB Guidelines 9/2022 §59',
    nb: 'Misbruk er allerede observert. Varsle de registrerte straks, om nødvendig før meldingen til Datatilsynet, slik at de kan beskytte seg.',
    en: 'Misuse has already been seen. Warn the data subjects at once, if need be before notifying Datatilsynet, so they can protect themselves.',
    claim: {
      nb: 'Fordi misbruk allerede er sett, underretter virksomheten de registrerte straks',
      en: 'Because misuse has already been seen, the organisation informs the data subjects at once',
    },
  },
  'exception-unintelligible': {
    basis: 'GDPR Art. 34(3)(a)',
    nb: 'Uten denne beskyttelsen ville bruddet ha medført høy risiko, men opplysningene er uleselige for uvedkommende. De registrerte trenger derfor ikke underrettes. Dere må kunne dokumentere at beskyttelsen var god og nøkkelen trygg.',
    en: 'Without this protection the breach would be high risk, but the data is unintelligible to anyone not authorised. The data subjects therefore need not be informed. You must be able to show that the protection was sound and the key safe.',
    claim: {
      nb: 'Virksomheten vurderer at opplysningene er uleselige for uvedkommende, og at de registrerte derfor ikke skal underrettes',
      en: 'The organisation considers that the data is unintelligible to anyone not authorised, so the data subjects are not to be informed',
    },
  },
  'exception-subsequent-measures': {
    basis: 'GDPR Art. 34(3)(b)',
    nb: 'Risikoen var høy, men tiltak som er gjort etterpå, gjør at den høye risikoen sannsynligvis ikke lenger vil inntreffe. De registrerte trenger derfor ikke underrettes. Dokumenter tiltakene og hvorfor de virker.',
    en: 'The risk was high, but measures taken since mean that the high risk is no longer likely to materialise. The data subjects therefore need not be informed. Document the measures and why they work.',
    claim: {
      nb: 'Virksomheten vurderer at tiltak truffet etter bruddet gjør at den høye risikoen sannsynligvis ikke lenger vil inntreffe, og at de registrerte derfor ikke skal underrettes',
      en: 'The organisation considers that measures taken since the breach mean the high risk is no longer likely to materialise, so the data subjects are not to be informed',
    },
  },
  'exception-disproportionate-effort': {
    basis: 'GDPR Art. 34(3)(c)',
    nb: 'Det vil kreve en uforholdsmessig stor innsats å underrette hver enkelt, så individuell underretning kan erstattes.',
    en: 'Informing each person individually would involve disproportionate effort, so individual communication may be replaced.',
    claim: {
      nb: 'Virksomheten vurderer at individuell underretning vil kreve en uforholdsmessig stor innsats',
      en: 'The organisation considers that informing each data subject individually would involve disproportionate effort',
    },
  },
  'public-communication-required': {
    basis: 'GDPR Art. 34(3)(c)',
    nb: 'I stedet må allmennheten underrettes, eller et lignende tiltak gjennomføres, slik at de registrerte blir informert på en like effektiv måte. En pressemelding alene er ikke nok.',
    en: 'Instead there must be a public communication or a similar measure that informs the data subjects in an equally effective manner. A press release alone is not enough.',
    claim: {
      nb: 'Allmennheten underrettes i stedet, på en måte som informerer de registrerte like effektivt',
      en: 'A public communication is made instead, informing the data subjects in an equally effective manner',
    },
  },
  'processor-informs-controller': {
    basis: 'GDPR Art. 33(2)',
    nb: 'Dere er databehandler. Underrett den behandlingsansvarlige om bruddet uten ugrunnet opphold.',
    en: 'You are the processor. Inform the controller of the breach without undue delay.',
    claim: {
      nb: 'Virksomheten er databehandler og underretter den behandlingsansvarlige om bruddet',
      en: 'The organisation is the processor and informs the controller of the breach',
    },
  },
  'controller-decides': {
    basis: 'GDPR Art. 33(2); EDPB Guidelines 9/2022 §II.A.4',
    nb: 'Det er den behandlingsansvarlige som vurderer risikoen og avgjør om bruddet skal meldes til Datatilsynet og de registrerte. Risikovurderingen her er et grunnlag for den behandlingsansvarlige.',
    en: 'The controller assesses the risk and decides whether to notify Datatilsynet and the data subjects. The risk assessment here is input for the controller.',
    claim: {
      nb: 'Det er den behandlingsansvarlige som vurderer risikoen og avgjør om bruddet skal meldes',
      en: 'The controller assesses the risk and decides whether the breach is to be notified',
    },
  },
  'unknown-treated-cautiously': {
    basis: 'GDPR Art. 33(1), 33(4)',
    nb: 'Noen fakta er ikke kjent ennå. De er vurdert på den forsiktige siden: det som ikke er avklart, regnes aldri som «nei». Finn ut det som mangler, og vurder bruddet på nytt.',
    en: 'Some facts are not known yet. They have been read on the cautious side: what is not settled is never taken as “no”. Find out what is missing and assess the breach again.',
    claim: {
      nb: 'Enkelte forhold er ennå ikke avklart, og virksomheten har vurdert dem på den forsiktige siden',
      en: 'Some facts are not yet settled, and the organisation has assessed them on the cautious side',
    },
  },
  'notify-in-phases': {
    basis: 'GDPR Art. 33(4)',
    nb: 'Ikke vent på alle fakta: meld det som er kjent innen fristen, oppgi at meldingen er trinnvis, og ettersend resten uten ugrunnet opphold.',
    en: 'Do not wait for every fact: notify what is known within the deadline, state that the notification is phased, and send the rest without undue further delay.',
    claim: {
      nb: 'Meldingen gis trinnvis, og opplysninger som mangler, ettersendes uten ugrunnet opphold',
      en: 'The notification is given in phases, and missing information will follow without undue further delay',
    },
  },

  // Art. 34(3)(b) is for the controller to demonstrate.
  'neutralisation-barred-by-misuse': {
    basis: 'GDPR Art. 34(3)(b)',
    nb: 'Tiltak etter bruddet kan ikke fjerne plikten til å underrette når misbruk allerede er sett: skaden er i gang, og de registrerte må kunne beskytte seg.',
    en: 'Measures after the breach cannot lift the duty to inform once misuse has been seen: harm is under way, and the data subjects must be able to protect themselves.',
    claim: {
      nb: 'Fordi misbruk er sett eller ikke kan utelukkes, legger virksomheten ikke til grunn at tiltak etter bruddet har fjernet den høye risikoen',
      en: 'Because misuse has been seen or cannot be ruled out, the organisation does not rely on measures after the breach having removed the high risk',
    },
  },
  'neutralisation-needs-measure': {
    basis: 'GDPR Art. 34(3)(b)',
    nb: 'Unntaket for etterfølgende tiltak gjelder bare når tiltaket er navngitt (for eksempel at passord er tilbakestilt eller kort sperret). Oppgi tiltaket, ellers skal de registrerte underrettes.',
    en: 'The exception for subsequent measures applies only when the measure is named (for example passwords reset or cards blocked). Name the measure, or the data subjects are to be informed.',
    claim: {
      nb: 'Virksomheten har ikke dokumentert et konkret tiltak som fjerner den høye risikoen',
      en: 'The organisation has not documented a specific measure that removes the high risk',
    },
  },

  // ENISA's score and the legal conclusion side by side (DOMAIN §5.7: the score is advisory).
  'severity-above-risk': {
    basis: 'ENISA 2013; EDPB Guidelines 9/2022 §IV.B',
    nb: 'ENISA-poengsummen er høyere enn den rettslige vurderingen. Poengsummen måler hvor alvorlige opplysningene og omstendighetene er, men ser ikke om de er uleselige, hentet tilbake fra en betrodd mottaker, raskt gjenopprettet eller uten følger for noen. Det er det som avgjør her.',
    en: "ENISA's score is higher than the legal assessment. The score measures how serious the data and the circumstances are, but not whether the data is unreadable, back from a trusted recipient, quickly restored or without effect on anyone. That is what decides here.",
    claim: {
      nb: 'ENISA-poengsummen er høyere enn risikovurderingen fordi poengsummen ikke tar hensyn til beskyttelsen av opplysningene, at de er hentet tilbake eller gjenopprettet, eller at ingen ble berørt',
      en: "ENISA's score is higher than the risk assessment because the score does not take into account the protection of the data, its recovery or restoration, or that nobody was affected",
    },
  },
  'severity-below-risk': {
    basis: 'ENISA 2013; EDPB Guidelines 9/2022 §IV.B',
    nb: 'ENISA-poengsummen er lavere enn den rettslige vurderingen. ENISA holder antallet berørte, sårbare personer og følgene for dem utenfor formelen; EDPB regner dem som risikofaktorer, og det er de som avgjør her.',
    en: "ENISA's score is lower than the legal assessment. ENISA keeps the number of people, vulnerable people and the effects on them out of its formula; the EDPB counts them as risk factors, and they decide here.",
    claim: {
      nb: 'ENISA-poengsummen er lavere enn risikovurderingen fordi metoden holder antallet berørte, sårbare personer og følgene for dem utenfor formelen',
      en: "ENISA's score is lower than the risk assessment because the method keeps the number of people, vulnerable people and the effects on them out of its formula",
    },
  },

  // ENISA: the text carries the score, so it is written by severity.ts.
  'enisa-severity': {
    basis: 'ENISA 2013',
    nb: 'ENISA-alvorlighetsgrad (veiledende).',
    en: 'ENISA severity (advisory).',
    claim: {
      nb: 'Alvorlighetsgraden etter ENISAs metode er veiledende',
      en: "The severity by ENISA's method is advisory",
    },
  },
} as const satisfies Record<string, ReasonText>;

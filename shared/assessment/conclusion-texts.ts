// The conclusions the engine draws, in the words a DPO can defend, bokmål and English. The factors
// behind them are in factor-texts.ts.

export const CONCLUSION_TEXTS = {
  // Is it a personal data breach at all?
  'no-personal-data': {
    basis: 'GDPR Art. 4(12)',
    nb: 'Ingen personopplysninger er berørt, så hendelsen er ikke et brudd på personopplysningssikkerheten. Den skal ikke meldes til Datatilsynet eller de registrerte.',
    en: 'No personal data is affected, so the incident is not a personal data breach. It is not notified to Datatilsynet or to the data subjects.',
  },
  'no-compromise': {
    basis: 'GDPR Art. 4(12)',
    nb: 'Personopplysningene har verken kommet på avveie, blitt endret eller gått tapt. Dette er en sikkerhetshendelse, ikke et brudd på personopplysningssikkerheten, og skal ikke meldes.',
    en: 'The personal data was neither disclosed, altered nor lost. This is a security incident, not a personal data breach, and it is not notified.',
  },
  'document-internally': {
    basis: 'GDPR Art. 33(5)',
    nb: 'Dokumenter hendelsen internt: de faktiske forholdene, virkningene, tiltakene og begrunnelsen for vurderingen – også når den ikke meldes.',
    en: 'Document the incident internally: the facts, its effects, the remedial action and the reasoning behind this assessment, also when it is not notified.',
  },

  // The conclusions.
  'notify-authority': {
    basis: 'GDPR Art. 33(1)',
    nb: 'Bruddet kan medføre risiko for de registrertes rettigheter og friheter. Meld det til Datatilsynet uten ugrunnet opphold og senest 72 timer etter at dere fikk kjennskap til det.',
    en: "The breach may result in a risk to the data subjects' rights and freedoms. Notify Datatilsynet without undue delay and not later than 72 hours after becoming aware of it.",
  },
  'unlikely-to-result-in-risk': {
    basis: 'GDPR Art. 33(1)',
    nb: 'Bruddet vil sannsynligvis ikke medføre risiko for de registrertes rettigheter og friheter, så det trenger ikke meldes til Datatilsynet. Begrunnelsen må dokumenteres.',
    en: "The breach is unlikely to result in a risk to the data subjects' rights and freedoms, so it need not be notified to Datatilsynet. The reasoning must be documented.",
  },
  'notify-subjects': {
    basis: 'GDPR Art. 34(1)',
    nb: 'Bruddet vil sannsynligvis medføre høy risiko for de registrerte. Underrett dem uten ugrunnet opphold, i en egen melding på et klart og enkelt språk.',
    en: 'The breach is likely to result in a high risk to the data subjects. Inform them without undue delay, in a dedicated message in clear and plain language.',
  },
  'not-high-risk': {
    basis: 'GDPR Art. 34(1)',
    nb: 'Risikoen er ikke høy, så dere har ikke plikt til å underrette de registrerte. Dere kan likevel velge å informere dem.',
    en: 'The risk is not high, so there is no duty to inform the data subjects. You may still choose to tell them.',
  },
  'inform-subjects-without-delay': {
    basis: 'EDPB Guidelines 9/2022 §59',
    nb: 'Misbruk er allerede observert. Varsle de registrerte straks, om nødvendig før meldingen til Datatilsynet, slik at de kan beskytte seg.',
    en: 'Misuse has already been seen. Warn the data subjects at once, if need be before notifying Datatilsynet, so they can protect themselves.',
  },
  'exception-unintelligible': {
    basis: 'GDPR Art. 34(3)(a)',
    nb: 'Uten denne beskyttelsen ville bruddet ha medført høy risiko, men opplysningene er uleselige for uvedkommende. De registrerte trenger derfor ikke underrettes. Dere må kunne dokumentere at beskyttelsen var god og nøkkelen trygg.',
    en: 'Without this protection the breach would be high risk, but the data is unintelligible to anyone not authorised. The data subjects therefore need not be informed. You must be able to show that the protection was sound and the key safe.',
  },
  'exception-subsequent-measures': {
    basis: 'GDPR Art. 34(3)(b)',
    nb: 'Risikoen var høy, men tiltak som er gjort etterpå, gjør at den høye risikoen sannsynligvis ikke lenger vil inntreffe. De registrerte trenger derfor ikke underrettes. Dokumenter tiltakene og hvorfor de virker.',
    en: 'The risk was high, but measures taken since mean that the high risk is no longer likely to materialise. The data subjects therefore need not be informed. Document the measures and why they work.',
  },
  'exception-disproportionate-effort': {
    basis: 'GDPR Art. 34(3)(c)',
    nb: 'Det vil kreve en uforholdsmessig stor innsats å underrette hver enkelt, så individuell underretning kan erstattes.',
    en: 'Informing each person individually would involve disproportionate effort, so individual communication may be replaced.',
  },
  'public-communication-required': {
    basis: 'GDPR Art. 34(3)(c)',
    nb: 'I stedet må allmennheten underrettes, eller et lignende tiltak gjennomføres, slik at de registrerte blir informert på en like effektiv måte. En pressemelding alene er ikke nok.',
    en: 'Instead there must be a public communication or a similar measure that informs the data subjects in an equally effective manner. A press release alone is not enough.',
  },
  'processor-informs-controller': {
    basis: 'GDPR Art. 33(2)',
    nb: 'Dere er databehandler. Underrett den behandlingsansvarlige om bruddet uten ugrunnet opphold.',
    en: 'You are the processor. Inform the controller of the breach without undue delay.',
  },
  'controller-decides': {
    basis: 'GDPR Art. 33(2); EDPB Guidelines 9/2022 §II.A.4',
    nb: 'Det er den behandlingsansvarlige som vurderer risikoen og avgjør om bruddet skal meldes til Datatilsynet og de registrerte. Risikovurderingen her er et grunnlag for den behandlingsansvarlige.',
    en: 'The controller assesses the risk and decides whether to notify Datatilsynet and the data subjects. The risk assessment here is input for the controller.',
  },
  'unknown-treated-cautiously': {
    basis: 'GDPR Art. 33(1), 33(4)',
    nb: 'Noen fakta er ikke kjent ennå. De er vurdert på den forsiktige siden: det som ikke er avklart, regnes aldri som «nei». Finn ut det som mangler, og vurder bruddet på nytt.',
    en: 'Some facts are not known yet. They have been read on the cautious side: what is not settled is never taken as “no”. Find out what is missing and assess the breach again.',
  },
  'notify-in-phases': {
    basis: 'GDPR Art. 33(4)',
    nb: 'Ikke vent på alle fakta: meld det som er kjent innen fristen, oppgi at meldingen er trinnvis, og ettersend resten uten ugrunnet opphold.',
    en: 'Do not wait for every fact: notify what is known within the deadline, state that the notification is phased, and send the rest without undue further delay.',
  },

  // ENISA: the text carries the score, so it is written by severity.ts.
  'enisa-severity': {
    basis: 'ENISA 2013',
    nb: 'ENISA-alvorlighetsgrad (veiledende).',
    en: 'ENISA severity (advisory).',
  },
} as const satisfies Record<string, { basis: string; nb: string; en: string }>;

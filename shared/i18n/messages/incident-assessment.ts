// The incident screen's frame, its deadline and the assessment in plain words. The reasons and
// the unknowns come from the engine in both languages (shared/assessment).

export const nb = {
  'incident.loading': 'Laster hendelsen …',
  'incident.notFound': 'Fant ikke hendelsen. Den kan være slettet, eller lenken er feil.',
  'incident.backToDashboard': 'Tilbake til oversikten',
  'incident.role.controller': 'Vi er behandlingsansvarlig',
  'incident.role.processor': 'Vi er databehandler',
  'incident.status.draft': 'Utkast',
  'incident.status.investigating': 'Under undersøkelse',
  'incident.status.contained': 'Under kontroll',
  'incident.status.closed': 'Lukket',
  'incident.status.label': 'Status: {status}',
  'incident.links.label': 'Dokumenter for denne hendelsen',
  'incident.links.notification': 'Melding til Datatilsynet',
  'incident.links.letters': 'Brev til de registrerte',
  'incident.links.timeline': 'Tidslinje',
  'incident.todo.title': 'Gjenstår',
  'incident.todo.due': 'innen {due}',

  'incident.when.title': 'Tidspunkter og beskrivelse',
  'incident.when.occurred': 'Bruddet skjedde',
  'incident.when.discovered': 'Oppdaget',
  'incident.when.aware': 'Klar over bruddet (fristen løper fra)',
  'incident.when.description': 'Beskrivelse',
  'incident.when.range': '{from} – {to}',
  'incident.when.edit': 'Endre tittel, tidspunkter og beskrivelse',
  'incident.when.save': 'Lagre endringene',
  'incident.when.saved': 'Endringene er lagret.',
  'incident.when.title.label': 'Tittel',

  'incident.deadline.title': 'Frist',
  'incident.deadline.authority': 'Frist for å melde Datatilsynet (72 timer, art. 33 nr. 1)',
  'incident.deadline.controller':
    'Frist for å varsle den behandlingsansvarlige (intern frist på {hours} timer, art. 33 nr. 2)',
  'incident.deadline.zone': 'Tider vises i {zone}.',
  'incident.deadline.at': 'Frist: {deadline}',
  'incident.deadline.notRequired':
    'Slik saken står nå, skal det ikke sendes melding. Fristen gjelder likevel hvis vurderingen endres.',
  'incident.deadline.metAt': 'Sendt {at}.',

  'incident.assessment.title': 'Vurdering',
  'incident.assessment.live': 'Vurderingen oppdateres mens dere svarer.',
  'incident.assessment.pd.yes': 'Dette er et brudd på personopplysningssikkerheten.',
  'incident.assessment.pd.no':
    'Ingen personopplysninger er kompromittert: dette er ikke et brudd på personopplysningssikkerheten.',
  'incident.assessment.pd.unknown':
    'Det er ikke avklart om personopplysninger er kompromittert. Vurderingen går ut fra at de er det.',
  'incident.assessment.risk.none':
    'Bruddet vil sannsynligvis ikke medføre risiko for de registrertes rettigheter og friheter.',
  'incident.assessment.risk.risk': 'Bruddet kan medføre risiko for de registrertes rettigheter og friheter.',
  'incident.assessment.risk.high':
    'Bruddet vil sannsynligvis medføre høy risiko for de registrertes rettigheter og friheter.',
  'incident.assessment.authority.yes': 'Meld bruddet til Datatilsynet innen {deadline}.',
  'incident.assessment.authority.no':
    'Bruddet trenger ikke meldes til Datatilsynet, men skal dokumenteres internt.',
  'incident.assessment.subjects.yes': 'Underrett de registrerte uten ugrunnet opphold.',
  'incident.assessment.subjects.no': 'De registrerte trenger ikke underrettes, fordi risikoen ikke er høy.',
  'incident.assessment.subjects.exception': 'De registrerte trenger ikke underrettes: {exception}',
  'incident.assessment.controller.yes':
    'Varsle den behandlingsansvarlige uten ugrunnet opphold, senest {deadline} etter avtalt frist. Det er den behandlingsansvarlige som melder til Datatilsynet.',
  'incident.assessment.controller.no': 'Det er ingen plikt til å varsle den behandlingsansvarlige.',
  'incident.assessment.exception.encrypted': 'opplysningene er uleselige for uvedkommende (art. 34 nr. 3 a).',
  'incident.assessment.exception.subsequent-measures':
    'tiltak etter bruddet gjør at den høye risikoen sannsynligvis ikke lenger vil inntreffe (art. 34 nr. 3 b).',
  'incident.assessment.exception.disproportionate-effort':
    'individuell underretning vil kreve uforholdsmessig stor innsats; gi i stedet offentlig informasjon (art. 34 nr. 3 c).',
  'incident.assessment.reasons': 'Begrunnelse',
  'incident.assessment.basis': 'Grunnlag: {basis}',
  'incident.assessment.reasonsHelp':
    'Gruppert etter faktorene i EDPBs retningslinjer 9/2022 punkt IV.B, som avgjør konklusjonen.',
  'incident.assessment.factor.conclusion': 'Konklusjon',
  'incident.assessment.factor.breach-type': 'Type brudd',
  'incident.assessment.factor.data': 'Opplysningenes art og sensitivitet',
  'incident.assessment.factor.identification': 'Hvor lett personene kan identifiseres',
  'incident.assessment.factor.consequences': 'Hvor alvorlige og varige følgene kan bli',
  'incident.assessment.factor.people': 'Særlige forhold ved de registrerte',
  'incident.assessment.factor.number': 'Antall registrerte',
  'incident.assessment.factor.unknowns': 'Det som ikke er kjent ennå',
  'incident.assessment.factor.severity': 'Alvorlighetsgrad etter ENISA',
  'incident.assessment.factor.other': 'Andre begrunnelser',
  'incident.assessment.unknowns': 'Finn ut',
  'incident.assessment.unknownsNone': 'Alle spørsmål som kan endre konklusjonen, er besvart.',
  'incident.assessment.recorded': 'Vurderingen ble registrert {at} av {actor}.',
  'incident.assessment.notRecorded': 'Vurderingen er ikke registrert ennå.',
  'incident.assessment.stale':
    'Fakta er endret etter at vurderingen ble registrert {at}. Registrer vurderingen på nytt.',
  'incident.assessment.record': 'Registrer vurderingen',
  'incident.assessment.recordedNow': 'Vurderingen er registrert.',
  'incident.unknownActor': 'ukjent bruker',

  'incident.severity.title': 'Alvorlighetsgrad etter ENISA (veiledende)',
  'incident.severity.advisory':
    'Veiledende: den rettslige konklusjonen bygger på risikovurderingen over, ikke på poengsummen (ENISA 2013).',
  'incident.severity.score': 'Poeng {score}: {level}',
  'incident.severity.dpc': 'Behandlingskontekst (DPC)',
  'incident.severity.ei': 'Identifiserbarhet (EI)',
  'incident.severity.cb': 'Omstendigheter (CB)',
  'incident.severity.formula': 'DPC × EI + CB = {dpc} × {ei} + {cb} = {score}',
  'incident.severity.level.low': 'lav',
  'incident.severity.level.medium': 'middels',
  'incident.severity.level.high': 'høy',
  'incident.severity.level.very-high': 'svært høy',
} as const;

export const en: Record<keyof typeof nb, string> = {
  'incident.loading': 'Loading the incident …',
  'incident.notFound': 'The incident was not found. It may have been deleted, or the link is wrong.',
  'incident.backToDashboard': 'Back to the dashboard',
  'incident.role.controller': 'We are the controller',
  'incident.role.processor': 'We are the processor',
  'incident.status.draft': 'Draft',
  'incident.status.investigating': 'Investigating',
  'incident.status.contained': 'Contained',
  'incident.status.closed': 'Closed',
  'incident.status.label': 'Status: {status}',
  'incident.links.label': 'Documents for this incident',
  'incident.links.notification': 'Notification to Datatilsynet',
  'incident.links.letters': 'Letters to the data subjects',
  'incident.links.timeline': 'Timeline',
  'incident.todo.title': 'Still to do',
  'incident.todo.due': 'by {due}',

  'incident.when.title': 'Times and description',
  'incident.when.occurred': 'The breach happened',
  'incident.when.discovered': 'Detected',
  'incident.when.aware': 'Aware of the breach (the deadline runs from)',
  'incident.when.description': 'Description',
  'incident.when.range': '{from} – {to}',
  'incident.when.edit': 'Change title, times and description',
  'incident.when.save': 'Save the changes',
  'incident.when.saved': 'The changes are saved.',
  'incident.when.title.label': 'Title',

  'incident.deadline.title': 'Deadline',
  'incident.deadline.authority': 'Deadline to notify Datatilsynet (72 hours, Art. 33(1))',
  'incident.deadline.controller':
    'Deadline to tell the controller (internal limit of {hours} hours, Art. 33(2))',
  'incident.deadline.zone': 'Times are shown in {zone}.',
  'incident.deadline.at': 'Deadline: {deadline}',
  'incident.deadline.notRequired':
    'As things stand, no notification is to be sent. The deadline still applies if the assessment changes.',
  'incident.deadline.metAt': 'Sent {at}.',

  'incident.assessment.title': 'Assessment',
  'incident.assessment.live': 'The assessment updates as you answer.',
  'incident.assessment.pd.yes': 'This is a personal data breach.',
  'incident.assessment.pd.no': 'No personal data were compromised: this is not a personal data breach.',
  'incident.assessment.pd.unknown':
    'It is not yet clear whether personal data were compromised. The assessment assumes they were.',
  'incident.assessment.risk.none':
    "The breach is unlikely to result in a risk to the data subjects' rights and freedoms.",
  'incident.assessment.risk.risk':
    "The breach may result in a risk to the data subjects' rights and freedoms.",
  'incident.assessment.risk.high':
    "The breach is likely to result in a high risk to the data subjects' rights and freedoms.",
  'incident.assessment.authority.yes': 'Notify Datatilsynet of the breach by {deadline}.',
  'incident.assessment.authority.no':
    'The breach need not be notified to Datatilsynet, but it must be documented internally.',
  'incident.assessment.subjects.yes': 'Inform the data subjects without undue delay.',
  'incident.assessment.subjects.no': 'The data subjects need not be informed, because the risk is not high.',
  'incident.assessment.subjects.exception': 'The data subjects need not be informed: {exception}',
  'incident.assessment.controller.yes':
    'Tell the controller without undue delay, by {deadline} under the agreed limit. The controller is the one who notifies Datatilsynet.',
  'incident.assessment.controller.no': 'There is no duty to tell the controller.',
  'incident.assessment.exception.encrypted':
    'the data are unintelligible to anyone not authorised (Art. 34(3)(a)).',
  'incident.assessment.exception.subsequent-measures':
    'measures since the breach mean the high risk is no longer likely to materialise (Art. 34(3)(b)).',
  'incident.assessment.exception.disproportionate-effort':
    'informing each person would take disproportionate effort; make a public communication instead (Art. 34(3)(c)).',
  'incident.assessment.reasons': 'Reasons',
  'incident.assessment.basis': 'Basis: {basis}',
  'incident.assessment.reasonsHelp':
    'Grouped by the factors of EDPB Guidelines 9/2022 section IV.B that decide the conclusion.',
  'incident.assessment.factor.conclusion': 'Conclusion',
  'incident.assessment.factor.breach-type': 'Type of breach',
  'incident.assessment.factor.data': 'Nature and sensitivity of the data',
  'incident.assessment.factor.identification': 'Ease of identifying the people',
  'incident.assessment.factor.consequences': 'Severity and permanence of the consequences',
  'incident.assessment.factor.people': 'Special characteristics of the people',
  'incident.assessment.factor.number': 'Number of people affected',
  'incident.assessment.factor.unknowns': 'What is not known yet',
  'incident.assessment.factor.severity': 'Severity by ENISA',
  'incident.assessment.factor.other': 'Other reasons',
  'incident.assessment.unknowns': 'Find out',
  'incident.assessment.unknownsNone': 'Every question that could change the conclusion is answered.',
  'incident.assessment.recorded': 'The assessment was recorded {at} by {actor}.',
  'incident.assessment.notRecorded': 'The assessment has not been recorded yet.',
  'incident.assessment.stale':
    'The facts changed after the assessment was recorded {at}. Record the assessment again.',
  'incident.assessment.record': 'Record the assessment',
  'incident.assessment.recordedNow': 'The assessment is recorded.',
  'incident.unknownActor': 'unknown user',

  'incident.severity.title': 'Severity by ENISA (advisory)',
  'incident.severity.advisory':
    'Advisory: the legal conclusion rests on the risk assessment above, not on the score (ENISA 2013).',
  'incident.severity.score': 'Score {score}: {level}',
  'incident.severity.dpc': 'Data processing context (DPC)',
  'incident.severity.ei': 'Ease of identification (EI)',
  'incident.severity.cb': 'Circumstances of breach (CB)',
  'incident.severity.formula': 'DPC × EI + CB = {dpc} × {ei} + {cb} = {score}',
  'incident.severity.level.low': 'low',
  'incident.severity.level.medium': 'medium',
  'incident.severity.level.high': 'high',
  'incident.severity.level.very-high': 'very high',
};

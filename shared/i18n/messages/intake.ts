// The fast intake's optional fields, the help on what "aware" means (EDPB Guidelines 9/2022, "When
// does a controller become aware?"), and the messages of its checks (shared/incident/intake.ts).

export const nb = {
  'intake.aware.help':
    'Dere er klar over bruddet når dere med rimelig grad av sikkerhet vet at personopplysninger er kompromittert. En kort undersøkelse for å slå det fast er tillatt, men den må starte straks. Fristen på 72 timer løper fra dette tidspunktet. Tid i {zone}.',
  'intake.optional.title': 'Mer, hvis dere vet det',
  'intake.optional.help': 'Alt nedenfor kan stå tomt og fylles inn senere. Tomt betyr «ikke kjent ennå».',
  'intake.role.legend': 'Vår rolle',
  'intake.role.controller': 'Behandlingsansvarlig (vi bestemmer formålet med behandlingen)',
  'intake.role.processor': 'Databehandler (vi behandler opplysningene for en kunde)',
  'intake.role.help': 'Usikker? La det stå som behandlingsansvarlig; det kan endres senere.',
  'intake.occurred.legend': 'Når skjedde bruddet?',
  'intake.occurred.help':
    'Når bruddet begynte og sluttet, så godt dere vet det. La feltene stå tomme hvis det ikke er kjent ennå.',
  'intake.occurredFrom': 'Fra',
  'intake.occurredTo': 'Til',
  'intake.discoveredAt': 'Når ble hendelsen oppdaget?',
  'intake.discoveredAt.help':
    'Første gang noen la merke til at noe var galt. Det kan være før dere ble klar over at personopplysninger var berørt. Tomt betyr «ikke kjent ennå».',
  'intake.description': 'Kort beskrivelse',
  'intake.description.help':
    'Hva skjedde, og hvilke systemer og opplysninger gjelder det? Ikke skriv navn på de registrerte.',
  'intake.notKnownYet': 'ikke kjent ennå',

  'error.occurred-from-invalid':
    'Tidspunktet finnes ikke. Bruk formatet dd.mm.åååå tt:mm, eller la feltet stå tomt.',
  'error.occurred-from-in-future': 'Bruddet kan ikke ha begynt fram i tid.',
  'error.occurred-to-invalid':
    'Tidspunktet finnes ikke. Bruk formatet dd.mm.åååå tt:mm, eller la feltet stå tomt.',
  'error.occurred-to-in-future':
    'Sluttidspunktet kan ikke være fram i tid. La feltet stå tomt hvis bruddet pågår.',
  'error.occurred-to-before-from': 'Bruddet kan ikke slutte før det begynte.',
  'error.discovered-invalid':
    'Tidspunktet finnes ikke. Bruk formatet dd.mm.åååå tt:mm, eller la feltet stå tomt.',
  'error.discovered-in-future': 'Hendelsen kan ikke være oppdaget fram i tid.',
  'error.description-too-long':
    'Beskrivelsen kan ha høyst 5000 tegn. Flere detaljer kan legges til på hendelsen.',
  'warning.discovered-after-aware':
    'Oppdaget etter at dere ble klar over bruddet? Det er mulig (for eksempel hvis noen utenfra varslet dere), men sjekk tidspunktene.',
  'warning.occurred-after-aware': 'Bruddet begynte etter at dere ble klar over det? Sjekk tidspunktene.',
} as const;

export const en: Record<keyof typeof nb, string> = {
  'intake.aware.help':
    'You are aware of the breach when you have a reasonable degree of certainty that personal data were compromised. A short investigation to establish that is allowed, but it must start at once. The 72 hours run from this moment. Time in {zone}.',
  'intake.optional.title': 'More, if you know it',
  'intake.optional.help':
    'Everything below may stay empty and be filled in later. Empty means "not known yet".',
  'intake.role.legend': 'Our role',
  'intake.role.controller': 'Controller (we decide the purpose of the processing)',
  'intake.role.processor': 'Processor (we process the data for a customer)',
  'intake.role.help': 'Not sure? Leave it as controller; it can be changed later.',
  'intake.occurred.legend': 'When did the breach happen?',
  'intake.occurred.help':
    'When the breach began and ended, as far as you know. Leave the fields empty if it is not known yet.',
  'intake.occurredFrom': 'From',
  'intake.occurredTo': 'To',
  'intake.discoveredAt': 'When was the incident detected?',
  'intake.discoveredAt.help':
    'The first time anyone noticed something was wrong. That can be before you became aware that personal data were affected. Empty means "not known yet".',
  'intake.description': 'Short description',
  'intake.description.help':
    'What happened, and which systems and data are involved? Do not write the names of the people affected.',
  'intake.notKnownYet': 'not known yet',

  'error.occurred-from-invalid':
    'That time does not exist. Use the format dd/mm/yyyy hh:mm, or leave the field empty.',
  'error.occurred-from-in-future': 'The breach cannot have begun in the future.',
  'error.occurred-to-invalid':
    'That time does not exist. Use the format dd/mm/yyyy hh:mm, or leave the field empty.',
  'error.occurred-to-in-future':
    'The end cannot be in the future. Leave the field empty if the breach is still going on.',
  'error.occurred-to-before-from': 'The breach cannot end before it began.',
  'error.discovered-invalid':
    'That time does not exist. Use the format dd/mm/yyyy hh:mm, or leave the field empty.',
  'error.discovered-in-future': 'The incident cannot have been detected in the future.',
  'error.description-too-long':
    'The description can be at most 5000 characters. More detail can be added on the incident.',
  'warning.discovered-after-aware':
    'Detected after you became aware of the breach? That is possible (for example if someone outside told you), but check the times.',
  'warning.occurred-after-aware': 'The breach began after you became aware of it? Check the times.',
};

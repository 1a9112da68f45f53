// The UI's words, in bokmål (the default) and English. The English table must have every key the
// Norwegian one has: the compiler checks it.

export const nb = {
  'app.name': 'Avvik',
  'app.tagline': 'Avvikshåndtering etter personvernforordningen',
  'nav.dashboard': 'Oversikt',
  'nav.newIncident': 'Ny hendelse',
  'nav.main': 'Hovedmeny',
  'lang.label': 'Språk',
  'lang.nb': 'Norsk (bokmål)',
  'lang.en': 'English',

  'dashboard.title': 'Åpne hendelser',
  'dashboard.empty': 'Ingen åpne hendelser. Registrer en ny hendelse når noe har skjedd.',
  'dashboard.loading': 'Laster …',
  'dashboard.col.ref': 'Referanse',
  'dashboard.col.title': 'Hendelse',
  'dashboard.col.aware': 'Kjent siden',
  'dashboard.col.deadline': 'Frist til Datatilsynet',
  'dashboard.col.status': 'Tid igjen',

  'deadline.left': '{duration} igjen',
  'deadline.dueSoon': 'Under 24 timer igjen: {duration}',
  'deadline.overdue': 'Fristen er passert ({duration} siden)',
  'deadline.met': 'Meldt innen fristen',
  'deadline.metLate': 'Meldt etter fristen',

  'intake.title': 'Registrer ny hendelse',
  'intake.intro': 'Tittel og tidspunktet dere fikk kjennskap til bruddet er nok til å starte. Resten kan fylles inn senere.',
  'intake.field.title': 'Hva har skjedd? (kort tittel)',
  'intake.field.title.help': 'For eksempel «E-post med kundeliste sendt til feil mottaker».',
  'intake.field.awareAt': 'Når fikk dere kjennskap til bruddet?',
  'intake.field.awareAt.help':
    'Fristen på 72 timer løper fra dere med rimelig grad av sikkerhet vet at personopplysninger er berørt. Tid i {zone}.',
  'intake.submit': 'Lagre og start fristen',
  'intake.cancel': 'Avbryt',
  'intake.saved': 'Hendelsen {ref} er registrert.',
  'intake.saveFailed': 'Hendelsen ble ikke lagret: {message}',
  'intake.error.summary': 'Skjemaet har feil. Ingenting er lagret.',
  'error.title-required': 'Skriv en kort tittel på hendelsen.',
  'error.title-too-long': 'Tittelen kan ha høyst 200 tegn.',
  'error.aware-required': 'Oppgi når dere fikk kjennskap til bruddet.',
  'error.aware-invalid': 'Datoen finnes ikke. Bruk formatet dd.mm.åååå tt:mm.',
  'error.aware-in-future': 'Tidspunktet kan ikke være fram i tid.',
} as const;

export type MessageKey = keyof typeof nb;

export const en: Record<MessageKey, string> = {
  'app.name': 'Avvik',
  'app.tagline': 'Personal-data breach handling under the GDPR',
  'nav.dashboard': 'Dashboard',
  'nav.newIncident': 'New incident',
  'nav.main': 'Main menu',
  'lang.label': 'Language',
  'lang.nb': 'Norsk (bokmål)',
  'lang.en': 'English',

  'dashboard.title': 'Open incidents',
  'dashboard.empty': 'No open incidents. Record a new incident when something has happened.',
  'dashboard.loading': 'Loading …',
  'dashboard.col.ref': 'Reference',
  'dashboard.col.title': 'Incident',
  'dashboard.col.aware': 'Aware since',
  'dashboard.col.deadline': 'Deadline to Datatilsynet',
  'dashboard.col.status': 'Time left',

  'deadline.left': '{duration} left',
  'deadline.dueSoon': 'Under 24 hours left: {duration}',
  'deadline.overdue': 'Overdue ({duration} ago)',
  'deadline.met': 'Notified in time',
  'deadline.metLate': 'Notified late',

  'intake.title': 'Record a new incident',
  'intake.intro': 'A title and the moment you became aware of the breach are enough to start. The rest can follow.',
  'intake.field.title': 'What happened? (short title)',
  'intake.field.title.help': 'For example “Customer list e-mailed to the wrong recipient”.',
  'intake.field.awareAt': 'When did you become aware of the breach?',
  'intake.field.awareAt.help':
    'The 72 hours run from when you have a reasonable degree of certainty that personal data were compromised. Time in {zone}.',
  'intake.submit': 'Save and start the clock',
  'intake.cancel': 'Cancel',
  'intake.saved': 'Incident {ref} recorded.',
  'intake.saveFailed': 'The incident was not saved: {message}',
  'intake.error.summary': 'The form has errors. Nothing was saved.',
  'error.title-required': 'Give the incident a short title.',
  'error.title-too-long': 'The title can be at most 200 characters.',
  'error.aware-required': 'Say when you became aware of the breach.',
  'error.aware-invalid': 'That date does not exist. Use the format dd/mm/yyyy hh:mm.',
  'error.aware-in-future': 'The time cannot be in the future.',
};

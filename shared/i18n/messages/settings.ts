// The words of the settings screen: the organisation, the DPO, the user, display and backup.

export const nb = {
  'settings.title': 'Innstillinger',
  'settings.loading': 'Laster innstillingene …',
  'settings.intro': 'Opplysningene her fylles inn i meldingen til Datatilsynet og brevene til de berørte.',
  'settings.save': 'Lagre innstillingene',
  'settings.saved': 'Innstillingene er lagret.',
  'settings.saveFailed': 'Innstillingene ble ikke lagret: {message}',
  'settings.errorSummary': 'Skjemaet har {count} feil. Ingenting er lagret.',

  'settings.org.legend': 'Virksomheten (behandlingsansvarlig eller databehandler)',
  'settings.org.name': 'Virksomhetens navn',
  'settings.org.orgNr': 'Organisasjonsnummer',
  'settings.org.orgNr.help':
    'Ni siffer fra Enhetsregisteret, for eksempel 974 760 673. Kontrollsifferet sjekkes.',
  'settings.org.address': 'Postadresse',
  'settings.org.address.help': 'Slik den skal stå i brevhodet, én linje per adresselinje.',
  'settings.org.contactName': 'Kontaktperson',
  'settings.org.contactEmail': 'E-post',
  'settings.org.contactPhone': 'Telefon',

  'settings.dpo.legend': 'Personvernombud eller kontaktpunkt (art. 33 nr. 3 b)',
  'settings.dpo.has': 'Vi har utpekt personvernombud (art. 37)',
  'settings.dpo.none': 'Uten personvernombud er kontaktpersonen over kontaktpunktet i meldinger og brev.',
  'settings.dpo.name': 'Personvernombudets navn',
  'settings.dpo.email': 'Personvernombudets e-post',
  'settings.dpo.phone': 'Personvernombudets telefon',

  'settings.user.legend': 'Deg og visningen',
  'settings.user.name': 'Ditt navn',
  'settings.user.name.help': 'Står som den som gjorde endringen i hver hendelses tidslinje, og som innmelder i meldingen til Datatilsynet.',
  'settings.user.role': 'Din rolle',
  'settings.user.role.help': 'For eksempel personvernombud eller IT-sikkerhetsleder. Står under «Innmelder» i meldingen.',
  'settings.user.email': 'Din e-post',
  'settings.user.phone': 'Ditt telefonnummer',
  'settings.user.language': 'Språk i Avvik',
  'settings.user.timeZone': 'Tidssone for visning',
  'settings.user.timeZone.help':
    'Navn fra IANA-databasen, for eksempel Europe/Oslo. Tidspunkter lagres alltid i UTC.',
  'settings.processor.hours': 'Frist for å varsle behandlingsansvarlig (timer)',
  'settings.processor.hours.help':
    'Når vi er databehandler (art. 33 nr. 2): fristen databehandleravtalene gir oss, ofte 24 eller 48 timer. Høyst 72.',

  'settings.error.orgnr-format': 'Organisasjonsnummeret må ha ni siffer.',
  'settings.error.orgnr-checksum':
    'Dette er ikke et gyldig organisasjonsnummer: kontrollsifferet stemmer ikke. Sjekk at sifrene er riktig skrevet.',
  'settings.error.email': 'Skriv en e-postadresse på formen navn@domene.no.',
  'settings.error.phone': 'Et telefonnummer har bare siffer, mellomrom og eventuelt + foran.',
  'settings.error.timezone': 'Ukjent tidssone. Bruk et IANA-navn som Europe/Oslo.',
  'settings.error.hours': 'Skriv et helt antall timer fra 1 til 72.',
  'settings.error.dpo-name': 'Skriv personvernombudets navn, eller fjern avkryssingen.',
  'settings.error.too-long': 'Teksten er for lang.',

  'settings.storage.legend': 'Lagring',
  'settings.storage.checking': 'Sjekker om dataene lagres varig …',

  'settings.backup.legend': 'Sikkerhetskopi',
  'settings.backup.intro':
    'En sikkerhetskopi er én JSON-fil med alt: hendelser, tidslinjer, berørte personer, meldinger og innstillinger. Oppbevar den like sikkert som dataene selv.',
  'settings.backup.export': 'Lagre sikkerhetskopi …',
  'settings.backup.exporting': 'Lager sikkerhetskopi …',
  'settings.backup.exported':
    'Sikkerhetskopien er lagret som {name}: {incidents} hendelser og {events} oppføringer i tidslinjene.',
  'settings.backup.exportFailed': 'Sikkerhetskopien ble ikke lagret: {message}',
  'settings.backup.restore': 'Gjenopprett fra sikkerhetskopi …',
  'settings.backup.restore.help':
    'Hele filen kontrolleres før noe skrives. Poster slås sammen etter id: ingenting dupliseres, og nyere data overskrives ikke.',
  'settings.backup.restoring': 'Kontrollerer filen …',
  'settings.backup.notText':
    'Filen {name} er ikke en tekstfil i UTF-8, så den kan ikke være en sikkerhetskopi fra Avvik. Ingenting er endret i databasen.',
  'settings.backup.refused': 'Filen {name} ble avvist. {message}',
  'settings.backup.restored': 'Sikkerhetskopien {name} er gjenopprettet.',
  'settings.backup.cancelled': 'Ingen fil valgt. Ingenting er endret.',
  'settings.backup.merged': 'Dette ble slått sammen med det som var lagret:',
  'settings.backup.col.what': 'Innhold',
  'settings.backup.col.added': 'Nye',
  'settings.backup.col.updated': 'Oppdatert',
  'settings.backup.col.unchanged': 'Uendret',
  'settings.backup.col.skipped': 'Utelatt',
  'settings.backup.table.incidents': 'Hendelser',
  'settings.backup.table.events': 'Oppføringer i tidslinjene',
  'settings.backup.table.subjects': 'Berørte personer',
  'settings.backup.table.notifications': 'Meldinger sendt',
  'settings.backup.table.settings': 'Innstillinger',
  'settings.backup.table.attachmentFiles': 'Vedlegg',
  'settings.backup.skippedNote': 'Utelatt: personer som er slettet her (art. 17), hentes ikke tilbake.',
} as const;

export const en: Record<keyof typeof nb, string> = {
  'settings.title': 'Settings',
  'settings.loading': 'Loading the settings …',
  'settings.intro':
    'What you enter here fills in the notification to Datatilsynet and the letters to the people affected.',
  'settings.save': 'Save the settings',
  'settings.saved': 'The settings are saved.',
  'settings.saveFailed': 'The settings were not saved: {message}',
  'settings.errorSummary': 'The form has {count} error(s). Nothing was saved.',

  'settings.org.legend': 'The organisation (controller or processor)',
  'settings.org.name': 'Name of the organisation',
  'settings.org.orgNr': 'Organisation number',
  'settings.org.orgNr.help':
    'Nine digits from Enhetsregisteret, for example 974 760 673. The check digit is verified.',
  'settings.org.address': 'Postal address',
  'settings.org.address.help': 'As it should appear in the letterhead, one line per address line.',
  'settings.org.contactName': 'Contact person',
  'settings.org.contactEmail': 'E-mail',
  'settings.org.contactPhone': 'Phone',

  'settings.dpo.legend': 'Data protection officer or contact point (Art. 33(3)(b))',
  'settings.dpo.has': 'We have designated a data protection officer (Art. 37)',
  'settings.dpo.none':
    'Without a data protection officer, the contact person above is the contact point in notifications and letters.',
  'settings.dpo.name': "The data protection officer's name",
  'settings.dpo.email': "The data protection officer's e-mail",
  'settings.dpo.phone': "The data protection officer's phone",

  'settings.user.legend': 'You and the display',
  'settings.user.name': 'Your name',
  'settings.user.name.help': 'Recorded as the person who made each change in the incident timelines, and as the reporter in the notification to Datatilsynet.',
  'settings.user.role': 'Your role',
  'settings.user.role.help': 'For example data protection officer or head of IT security. Printed under "Reporter" in the notification.',
  'settings.user.email': 'Your e-mail',
  'settings.user.phone': 'Your phone number',
  'settings.user.language': 'Language of Avvik',
  'settings.user.timeZone': 'Display time zone',
  'settings.user.timeZone.help':
    'A name from the IANA database, for example Europe/Oslo. Times are always stored in UTC.',
  'settings.processor.hours': 'Deadline to tell the controller (hours)',
  'settings.processor.hours.help':
    'When we are the processor (Art. 33(2)): the limit our data processing agreements set, often 24 or 48 hours. At most 72.',

  'settings.error.orgnr-format': 'The organisation number must have nine digits.',
  'settings.error.orgnr-checksum':
    'This is not a valid organisation number: the check digit does not match. Check that the digits are typed correctly.',
  'settings.error.email': 'Enter an e-mail address like name@domain.no.',
  'settings.error.phone': 'A phone number has only digits, spaces and perhaps a leading +.',
  'settings.error.timezone': 'Unknown time zone. Use an IANA name such as Europe/Oslo.',
  'settings.error.hours': 'Enter a whole number of hours from 1 to 72.',
  'settings.error.dpo-name': "Enter the data protection officer's name, or untick the box.",
  'settings.error.too-long': 'The text is too long.',

  'settings.storage.legend': 'Storage',
  'settings.storage.checking': 'Checking whether the data is stored persistently …',

  'settings.backup.legend': 'Backup',
  'settings.backup.intro':
    'A backup is one JSON file with everything: incidents, timelines, people affected, notifications and settings. Keep it as safe as the data itself.',
  'settings.backup.export': 'Save a backup …',
  'settings.backup.exporting': 'Making the backup …',
  'settings.backup.exported':
    'The backup was saved as {name}: {incidents} incidents and {events} timeline entries.',
  'settings.backup.exportFailed': 'The backup was not saved: {message}',
  'settings.backup.restore': 'Restore from a backup …',
  'settings.backup.restore.help':
    'The whole file is checked before anything is written. Records are merged by id: nothing is duplicated and newer data is not overwritten.',
  'settings.backup.restoring': 'Checking the file …',
  'settings.backup.notText':
    'The file {name} is not UTF-8 text, so it cannot be an Avvik backup. Nothing in the database was changed.',
  'settings.backup.refused': 'The file {name} was refused. {message}',
  'settings.backup.restored': 'The backup {name} was restored.',
  'settings.backup.cancelled': 'No file chosen. Nothing was changed.',
  'settings.backup.merged': 'This was merged with what was stored:',
  'settings.backup.col.what': 'Content',
  'settings.backup.col.added': 'New',
  'settings.backup.col.updated': 'Updated',
  'settings.backup.col.unchanged': 'Unchanged',
  'settings.backup.col.skipped': 'Left out',
  'settings.backup.table.incidents': 'Incidents',
  'settings.backup.table.events': 'Timeline entries',
  'settings.backup.table.subjects': 'People affected',
  'settings.backup.table.notifications': 'Notifications sent',
  'settings.backup.table.settings': 'Settings',
  'settings.backup.table.attachmentFiles': 'Attachments',
  'settings.backup.skippedNote': 'Left out: people erased here (Art. 17) are not brought back.',
};

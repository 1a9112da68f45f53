// The words of encryption at rest, encrypted files and erasure: the first-run choice, the unlock
// screen, Settings' status and retention period, the passphrase of a file, erasing people.

export const nb = {
  'protection.setup.title': 'Beskytt dataene på denne maskinen',
  'protection.setup.intro': 'Avvik lagrer hendelser og opplysninger om de registrerte. Velg hvordan de skal beskyttes før Avvik åpner registeret.',
  'protection.setup.legacy':
    'Dataene på denne maskinen er lagret ukryptert av en tidligere versjon av Avvik. Vi anbefaler å kryptere dem nå: alt skrives på nytt, kryptert, i én operasjon.',
  'protection.choice.legend': 'Beskyttelse',
  'protection.choice.keychain': 'Krypter, med nøkkelen i operativsystemets nøkkelring (anbefalt)',
  'protection.choice.passphrase': 'Krypter med et passord',
  'protection.choice.none': 'Ikke krypter: jeg godtar at dataene ligger lesbart på disken',
  'protection.choice.none.warning':
    'Alle som får tak i filene på denne maskinen kan lese hendelsene og opplysningene om de registrerte, og slettede personer kan leses fra disken en tid etterpå. Innstillinger viser valget.',
  'protection.passphrase': 'Passord',
  'protection.passphrase.repeat': 'Gjenta passordet',
  'protection.passphrase.help':
    'Minst 12 tegn; flere ord er lettere å huske og vanskeligere å gjette. Passordet kan ikke gjenopprettes: uten det kan ingen lese dataene, heller ikke vi. Ta jevnlig sikkerhetskopi.',
  'protection.passphrase.too-short': 'Passordet må ha minst 12 tegn.',
  'protection.passphrase.mismatch': 'Passordene er ikke like.',
  'protection.setup.submit': 'Fortsett',
  'protection.setup.working': 'Krypterer dataene …',
  'protection.setup.failed': 'Beskyttelsen ble ikke satt opp: {message} Ingenting er endret.',
  'protection.unlock.title': 'Lås opp Avvik',
  'protection.unlock.intro': 'Dataene på denne maskinen er kryptert. Skriv passordet for å åpne registeret.',
  'protection.unlock.submit': 'Lås opp',
  'protection.unlock.working': 'Låser opp …',
  'protection.unlock.wrong-passphrase': 'Feil passord. Ingenting er endret; prøv igjen.',
  'protection.unlock.key-file-missing':
    'Nøkkelfilen til dataene finnes ikke på denne maskinen, så dataene kan ikke leses. Ingenting er endret. Gjenopprett fra en sikkerhetskopi.',
  'protection.unlock.key-file-damaged': 'Nøkkelfilen til dataene er skadet, så dataene kan ikke leses. Ingenting er endret. Gjenopprett fra en sikkerhetskopi.',
  'protection.unlock.key-mismatch': 'Nøkkelfilen hører til andre data enn disse. Ingenting er endret.',
  'protection.unlock.keychain-unavailable':
    'Operativsystemets nøkkelring ga ikke ut nøkkelen til dataene. Logg inn på maskinen som samme bruker og start Avvik igjen. Ingenting er endret.',
  'protection.settings.legend': 'Kryptering av dataene',
  'protection.settings.passphrase': 'Dataene på denne maskinen er kryptert (AES-256-GCM). Nøkkelen er beskyttet med et passord.',
  'protection.settings.keychain': 'Dataene på denne maskinen er kryptert (AES-256-GCM). Nøkkelen er beskyttet av operativsystemets nøkkelring.',
  'protection.settings.none':
    'Dataene på denne maskinen er ikke kryptert. Det ble valgt {date}. Alle som får tak i filene kan lese dem, og slettede personer kan leses fra disken en tid etterpå.',
  'protection.settings.encryptNow': 'Krypter dataene nå …',
  'protection.settings.encrypted': 'Dataene er nå kryptert.',

  'files.protect.legend': 'Kryptering av filen',
  'files.protect.encrypt': 'Krypter filen med et passord (anbefalt, age-format)',
  'files.protect.plain': 'Ukryptert eksport: ren JSON, lesbar for alle som får filen',
  'files.passphrase': 'Passord for filen',
  'files.passphrase.repeat': 'Gjenta passordet for filen',
  'files.passphrase.help': 'Den som skal åpne filen trenger passordet: send det en annen vei enn filen. Filen kan også åpnes uten Avvik, med age (age-encryption.org).',
  'files.encrypted.ask': 'Filen {name} er kryptert. Skriv passordet for å åpne den.',
  'files.open': 'Åpne filen',
  'files.opening': 'Åpner filen … Store filer tar noen sekunder.',
  'files.openFailed': 'Filen kunne ikke åpnes ({message}). Prøv igjen. Ingenting er endret.',
  'files.cancel': 'Avbryt',

  'erase.confirm.yes': 'Ja, slett',
  'erase.confirm.no': 'Avbryt',
  'erase.failed': 'Ingenting ble slettet: {message}',

  'retention.legend': 'Lagringstid for opplysninger om de registrerte',
  'retention.intro':
    'Opplysningene om de registrerte trengs for brevene (art. 34), ikke for alltid (art. 5 nr. 1 e). Velg hvor mange måneder etter at en hendelse er lukket de skal slettes.',
  'retention.months': 'Måneder etter at hendelsen er lukket',
  'retention.months.help': 'Tomt felt: ingen lagringstid er satt.',
  'retention.save': 'Lagre lagringstiden',
  'retention.saved': 'Lagringstiden er lagret.',
  'retention.invalid': 'Skriv et helt antall måneder fra 1 til 1200, eller la feltet stå tomt.',
  'retention.due': '{people} personer i {incidents} lukkede hendelser er eldre enn lagringstiden.',
  'retention.none': 'Ingen opplysninger om de registrerte er eldre enn lagringstiden.',
  'retention.erase': 'Slett det som er eldre enn lagringstiden …',
  'retention.confirm': 'Slette opplysningene om {people} personer i {incidents} hendelser for godt?',
  'retention.done': 'Opplysningene om {people} personer er slettet.',
} as const;

export const en: Record<keyof typeof nb, string> = {
  'protection.setup.title': 'Protect the data on this machine',
  'protection.setup.intro': 'Avvik stores incidents and the personal data of the people affected. Choose how they are protected before Avvik opens the record.',
  'protection.setup.legacy':
    'The data on this machine was stored unencrypted by an earlier version of Avvik. We recommend encrypting it now: everything is written again, encrypted, in one step.',
  'protection.choice.legend': 'Protection',
  'protection.choice.keychain': "Encrypt, with the key in the operating system's keychain (recommended)",
  'protection.choice.passphrase': 'Encrypt with a passphrase',
  'protection.choice.none': 'Do not encrypt: I accept that the data lies readable on disk',
  'protection.choice.none.warning':
    'Anyone who gets hold of the files on this machine can read the incidents and the personal data, and erased people can be read from the disk for some time after. Settings shows this choice.',
  'protection.passphrase': 'Passphrase',
  'protection.passphrase.repeat': 'Repeat the passphrase',
  'protection.passphrase.help':
    'At least 12 characters; several words are easier to remember and harder to guess. The passphrase cannot be recovered: without it nobody can read the data, not us either. Back up regularly.',
  'protection.passphrase.too-short': 'The passphrase must be at least 12 characters.',
  'protection.passphrase.mismatch': 'The passphrases are not the same.',
  'protection.setup.submit': 'Continue',
  'protection.setup.working': 'Encrypting the data …',
  'protection.setup.failed': 'Protection was not set up: {message} Nothing was changed.',
  'protection.unlock.title': 'Unlock Avvik',
  'protection.unlock.intro': 'The data on this machine is encrypted. Enter the passphrase to open the record.',
  'protection.unlock.submit': 'Unlock',
  'protection.unlock.working': 'Unlocking …',
  'protection.unlock.wrong-passphrase': 'Wrong passphrase. Nothing was changed; try again.',
  'protection.unlock.key-file-missing':
    "The data's key file is not on this machine, so the data cannot be read. Nothing was changed. Restore from a backup.",
  'protection.unlock.key-file-damaged': "The data's key file is damaged, so the data cannot be read. Nothing was changed. Restore from a backup.",
  'protection.unlock.key-mismatch': 'The key file belongs to other data than this. Nothing was changed.',
  'protection.unlock.keychain-unavailable':
    "The operating system's keychain did not release the data's key. Log in to the machine as the same user and start Avvik again. Nothing was changed.",
  'protection.settings.legend': 'Encryption of the data',
  'protection.settings.passphrase': 'The data on this machine is encrypted (AES-256-GCM). Its key is protected by a passphrase.',
  'protection.settings.keychain': "The data on this machine is encrypted (AES-256-GCM). Its key is protected by the operating system's keychain.",
  'protection.settings.none':
    'The data on this machine is not encrypted. This was chosen on {date}. Anyone who gets hold of the files can read it, and erased people can be read from the disk for some time after.',
  'protection.settings.encryptNow': 'Encrypt the data now …',
  'protection.settings.encrypted': 'The data is now encrypted.',

  'files.protect.legend': 'Encryption of the file',
  'files.protect.encrypt': 'Encrypt the file with a passphrase (recommended, age format)',
  'files.protect.plain': 'Unencrypted export: plain JSON, readable by anyone who gets the file',
  'files.passphrase': 'Passphrase for the file',
  'files.passphrase.repeat': 'Repeat the passphrase for the file',
  'files.passphrase.help': 'Whoever opens the file needs the passphrase: send it another way than the file. The file also opens without Avvik, with age (age-encryption.org).',
  'files.encrypted.ask': 'The file {name} is encrypted. Enter its passphrase to open it.',
  'files.open': 'Open the file',
  'files.opening': 'Opening the file … Large files take a few seconds.',
  'files.openFailed': 'The file could not be opened ({message}). Try again. Nothing was changed.',
  'files.cancel': 'Cancel',

  'erase.confirm.yes': 'Yes, erase',
  'erase.confirm.no': 'Cancel',
  'erase.failed': 'Nothing was erased: {message}',

  'retention.legend': 'How long the data of people affected is kept',
  'retention.intro':
    'The data of the people affected is needed for the letters (Art. 34), not for ever (Art. 5(1)(e)). Choose how many months after an incident is closed it is erased.',
  'retention.months': 'Months after the incident is closed',
  'retention.months.help': 'Empty: no period is set.',
  'retention.save': 'Save the period',
  'retention.saved': 'The period is saved.',
  'retention.invalid': 'Enter a whole number of months from 1 to 1200, or leave the field empty.',
  'retention.due': '{people} people in {incidents} closed incidents are past the period.',
  'retention.none': 'No data of people affected is past the period.',
  'retention.erase': 'Erase what is past the period …',
  'retention.confirm': 'Erase the data of {people} people in {incidents} incidents for good?',
  'retention.done': 'The data of {people} people was erased.',
};

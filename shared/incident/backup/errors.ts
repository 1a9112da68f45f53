import { formatNumber } from '../../i18n/numbers';
import type { LocalText, RecordFailure } from '../errors';

// Why a backup or an evidence bundle was refused. Whatever the reason, nothing was written: the
// messages say so, and what the user can do.

export type ImportFailureCode =
  | 'malformed'
  | 'truncated'
  | 'not-a-backup'
  | 'newer-version'
  | 'unknown-version'
  | 'invalid-record'
  | 'duplicate-id'
  | 'manifest-mismatch'
  | 'dangling-reference'
  | 'broken-chain'
  | 'invalid-document'
  | 'record-differs'
  | 'bad-signature'
  | 'conflict';

const UNCHANGED: LocalText = { nb: 'Ingenting er endret i databasen.', en: 'Nothing in the database was changed.' };

const MESSAGES: Record<ImportFailureCode, LocalText> = {
  malformed: {
    nb: 'Filen er ikke gyldig JSON, så den kan ikke være en sikkerhetskopi fra Avvik.',
    en: 'The file is not valid JSON, so it cannot be an Avvik backup.',
  },
  truncated: {
    nb: 'Filen slutter for tidlig: den er avkortet, kanskje fordi kopieringen eller nedlastingen ble avbrutt. Bruk en fullstendig kopi.',
    en: 'The file ends too early: it is truncated, perhaps because copying or downloading was interrupted. Use a complete copy.',
  },
  'not-a-backup': {
    nb: 'Filen er ikke en sikkerhetskopi eller et bevisarkiv fra Avvik, eller den er av feil slag for denne importen.',
    en: 'The file is not an Avvik backup or evidence bundle, or it is the wrong kind for this import.',
  },
  'newer-version': {
    nb: 'Filen er laget av en nyere versjon av Avvik. Oppdater Avvik og prøv igjen.',
    en: 'The file was made by a newer version of Avvik. Update Avvik and try again.',
  },
  'unknown-version': {
    nb: 'Filen har et formatversjonsnummer Avvik ikke kjenner.',
    en: 'The file has a format version Avvik does not know.',
  },
  'invalid-record': {
    nb: 'En post i filen har ikke den formen Avvik krever. Filen kan være skadet eller redigert for hånd.',
    en: 'A record in the file does not have the shape Avvik requires. The file may be damaged or edited by hand.',
  },
  'duplicate-id': {
    nb: 'Filen inneholder samme post to ganger.',
    en: 'The file contains the same record twice.',
  },
  'manifest-mismatch': {
    nb: 'Innholdet stemmer ikke med filens sjekksummer: filen er endret eller skadet etter at den ble laget.',
    en: "The content does not match the file's checksums: the file was changed or damaged after it was made.",
  },
  'dangling-reference': {
    nb: 'Filen viser til en hendelse den ikke inneholder.',
    en: 'The file refers to an incident it does not contain.',
  },
  'broken-chain': {
    nb: 'Tidslinjen i filen henger ikke sammen: hendelser er endret, slettet eller lagt til i ettertid.',
    en: 'The timeline in the file does not verify: events were changed, deleted or added afterwards.',
  },
  'invalid-document': {
    nb: 'Et dokument i bevisarkivet er skadet eller har et ugyldig navn.',
    en: 'A document in the evidence bundle is damaged or has an invalid name.',
  },
  'record-differs': {
    nb: 'Hendelsen i filen er ikke det historikken i filen sier: noe er endret utenom historikken.',
    en: "The incident in the file is not what the file's history says: something was changed outside the history.",
  },
  'bad-signature': {
    nb: 'En signatur i filen stemmer ikke: filen er endret etter at den ble laget, eller den er ikke laget av Avvik.',
    en: 'A signature in the file does not match: the file was changed after it was made, or it was not made by Avvik.',
  },
  conflict: {
    nb: 'Filen motsier det som allerede er lagret: samme hendelse i tidslinjen med ulikt innhold.',
    en: 'The file contradicts what is already stored: the same timeline event with different content.',
  },
};

export type ImportFailure = RecordFailure<ImportFailureCode>;

export function importFailure(code: ImportFailureCode, detail: string | null = null): ImportFailure {
  const message = MESSAGES[code];
  return { code, text: { nb: `${message.nb} ${UNCHANGED.nb}`, en: `${message.en} ${UNCHANGED.en}` }, detail };
}

export type ImportResult<T> = { ok: true; value: T } | { ok: false; error: ImportFailure };

/**
 * A restore that stopped after writing part of the file, batch by batch. What was written stays and
 * is whole (each history with all its events and what they rebuild); the same file restored again
 * adds the rest, since events are only ever added.
 */
export function stoppedPart(failure: ImportFailure, written: number, total: number): ImportFailure {
  const message = MESSAGES[failure.code];
  return {
    code: failure.code,
    text: {
      nb: `${message.nb} Gjenopprettingen stoppet etter ${formatNumber('nb', written)} av ${formatNumber('nb', total)} poster. Det som ble skrevet, er helt: hver historikk med alle sine hendelser. Gjenopprett den samme filen igjen for å få med resten.`,
      en: `${message.en} The restore stopped after ${formatNumber('en', written)} of ${formatNumber('en', total)} records. What was written is whole: each history with all its events. Restore the same file again to bring in the rest.`,
    },
    detail: failure.detail,
  };
}

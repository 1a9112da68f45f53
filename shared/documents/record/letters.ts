import type { AffectedPerson, LetterDocumentInput } from '../types';
import type { Incident } from '../../incident/model';
import type { Notification } from '../../incident/notifications';
import type { Settings } from '../../incident/settings';
import type { Subject } from '../../incident/subjects';
import { letterAddress, type ImportedSubject } from '../../subjects';
import { isBlank } from '../../incident/text';
import { currentObligations, incidentDuty } from '../../duty';
import { freeText, incidentMeasures } from './incident';
import { contactPointOf, dpoOf, organisationOf } from './people';

/** A person as the import hands them to the store. */
export type PersonInput = Pick<Subject, 'name' | 'address' | 'email' | 'language'>;

// The letters to the people affected (Art. 34) from the record: what every letter shares, and
// each person as the subjects table keeps them.

export function letterInput(
  incident: Incident,
  settings: Settings | undefined,
  notifications: readonly Notification[],
  moment: { timeZone: string; now: Date },
): LetterDocumentInput {
  const measures = incidentMeasures(incident);
  return {
    timeZone: moment.timeZone,
    now: moment.now.toISOString(),
    organisation: organisationOf(settings),
    contactPoint: contactPointOf(settings),
    dpo: dpoOf(settings),
    incident: {
      ref: incident.ref,
      // Art. 34(2): "clear and plain language" — the account written for the people, not the
      // technical description to Datatilsynet, which is used only while no such account exists.
      description: freeText(isBlank(incident.plainWhatHappened) ? incident.description : incident.plainWhatHappened),
      consequences: freeText(isBlank(incident.plainWhatItMeans) ? incident.consequences : incident.plainWhatItMeans),
      occurredFrom: incident.occurredFrom,
      occurredTo: incident.occurredTo,
      discoveredAt: incident.discoveredAt,
    },
    facts: incident.facts,
    measures: { taken: measures.taken, planned: measures.planned },
    advice: freeText(incident.plainAdvice),
    authorityNotifiedAt: incidentDuty(incident, notifications, 'authority').doneAt?.toISOString() ?? null,
    // Art. 34(1): the one duty model says whether telling the people is required.
    required: currentObligations(incident).notifySubjects,
  };
}

export function affectedPerson(subject: Subject): AffectedPerson {
  return {
    id: subject.id,
    name: subject.name,
    address: subject.address,
    postalCode: null,
    city: null,
    email: subject.email,
    language: subject.language,
  };
}

/**
 * A person from the CSV as the subjects table stores them: the postal code and place become the
 * address's last line, as a letter prints them.
 */
export function personFromImport(subject: ImportedSubject): PersonInput {
  return {
    name: subject.name,
    address: letterAddress(subject),
    email: subject.email,
    language: subject.language,
  };
}

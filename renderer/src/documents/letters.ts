import type { AffectedPerson, LetterDocumentInput } from '../../../shared/documents';
import type { Incident } from '../../../shared/incident/model';
import type { Notification } from '../../../shared/incident/notifications';
import type { Settings } from '../../../shared/incident/settings';
import type { Subject } from '../../../shared/incident/subjects';
import { letterAddress, type ImportedSubject } from '../../../shared/subjects';
import type { PersonInput } from '../db/repository';
import { incidentMeasures, sentTo } from './incident';
import { contactPointOf, dpoOf, organisationOf } from './people';

// The letters to the people affected (Art. 34) from the record: what every letter shares, and
// each person as the subjects table keeps them.

export function letterInput(
  incident: Incident,
  settings: Settings | undefined,
  notifications: readonly Notification[],
  moment: { timeZone: string; now: Date },
  advice: string,
): LetterDocumentInput {
  const measures = incidentMeasures(incident);
  // The letters name the contact point in the organisation's main language; the DPO's title is
  // printed by the letter itself in each person's language.
  return {
    timeZone: moment.timeZone,
    now: moment.now.toISOString(),
    organisation: organisationOf(settings),
    contactPoint: contactPointOf(settings, settings?.language ?? 'nb'),
    dpo: dpoOf(settings, settings?.language ?? 'nb'),
    incident: {
      ref: incident.ref,
      description: incident.description.trim() || null,
      consequences: incident.consequences.trim() || null,
      occurredFrom: incident.occurredFrom,
      occurredTo: incident.occurredTo,
      discoveredAt: incident.discoveredAt,
    },
    facts: incident.facts,
    measures: { taken: measures.taken, planned: measures.planned },
    advice: advice.trim() || null,
    authorityNotifiedAt: sentTo(notifications, incident.id, 'authority')[0]?.sentAt ?? null,
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

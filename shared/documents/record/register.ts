import type { RegisterDocumentInput, RegisterDocumentRow } from '../types';
import type { Incident } from '../../incident/model';
import type { Settings } from '../../incident/settings';
import type { RegisterRow } from '../../register';
import { currentAssessment, freeText } from './incident';
import type { DocumentMoment } from './notification';
import { organisationOf } from './people';

// The register (Art. 33(5)) as the PDF report prints it: the rows the screen shows, in its order.

export function registerDocumentRow(row: RegisterRow, incident: Incident): RegisterDocumentRow {
  return {
    ref: row.ref,
    title: row.title,
    status: row.status,
    occurredFrom: row.occurredFrom,
    occurredTo: row.occurredTo,
    awareAt: row.awareAt,
    facts: incident.facts,
    // The recorded assessment where there is one; otherwise the engine's reading of the facts.
    assessment: incident.assessment?.result ?? currentAssessment(incident),
    notifiedAuthorityAt: row.authority.firstSentAt,
    authorityReference: row.authority.references.join(', ') || null,
    notifiedSubjectsAt: row.subjects.firstSentAt,
    description: freeText(row.description),
    consequences: freeText(row.consequences),
    remedialActions: row.remedialActions.map(freeText).filter((t) => t !== null),
    reasonNotNotified: row.reasonNotNotified ? freeText(row.reasonNotNotified) : null,
    delayReason: row.delayReason ? freeText(row.delayReason) : null,
  };
}

export function registerInput(
  rows: readonly RegisterRow[],
  incidents: ReadonlyMap<string, Incident>,
  settings: Settings | undefined,
  moment: DocumentMoment,
  period?: { from: string | null; to: string | null },
): RegisterDocumentInput {
  return {
    lang: moment.lang,
    timeZone: moment.timeZone,
    now: moment.now.toISOString(),
    organisation: organisationOf(settings),
    rows: rows.flatMap((row) => {
      const incident = incidents.get(row.incidentId);
      return incident ? [registerDocumentRow(row, incident)] : [];
    }),
    ...(period ? { period } : {}),
  };
}

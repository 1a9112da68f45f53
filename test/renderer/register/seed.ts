import type { AppServices } from '../../../renderer/src/services/context';
import {
  assessIncident,
  closeIncident,
  createIncident,
  explainDelay,
  recordDecision,
  recordMeasure,
  recordNotification,
  updateDetails,
  updateFacts,
} from '../../../renderer/src/db/repository';
import { unknownFacts, type BreachFacts } from '../../../shared/assessment';
import type { Incident } from '../../../shared/incident/model';
import { authorityNotice } from '../../support/notices';

// Incidents for the document screens' tests, written through the repository as the app would.

export const STOLEN_LAPTOP_FACTS: BreachFacts = {
  ...unknownFacts('controller'),
  personalData: 'yes',
  confidentiality: 'yes',
  integrity: 'no',
  availability: 'yes',
  cause: 'lost-or-stolen',
  malicious: 'yes',
  dataCategories: ['identity', 'contact', 'health'],
  subjectCount: 120,
  protection: 'none',
  recipient: 'unknown',
};

export interface SeedOptions {
  title: string;
  /** UTC ISO. */
  awareAt: string;
  role?: 'controller' | 'processor';
  facts?: BreachFacts;
  description?: string;
  assess?: boolean;
  decide?: { notifyAuthority: boolean; notifySubjects: boolean; rationale: string };
  measure?: { kind: 'containment' | 'mitigation' | 'prevention'; text: string; at: string };
  notified?: { at: string; reference: string };
  delayReason?: string;
  closeWith?: string;
}

/** One incident, step by step, each step at its own time (`at`) or at the services' clock. */
export async function seedIncident(services: AppServices, options: SeedOptions): Promise<Incident> {
  const ctx = (at?: string) => ({
    now: at ? new Date(at) : services.now(),
    actor: services.actor,
    newId: services.newId,
  });
  const created = await createIncident(
    services.db,
    { title: options.title, awareAt: options.awareAt, role: options.role ?? 'controller' },
    ctx(options.awareAt),
  );
  const id = created.id;
  if (options.description) await updateDetails(services.db, id, { description: options.description }, ctx());
  if (options.facts) await updateFacts(services.db, id, options.facts, ctx());
  if (options.assess) await assessIncident(services.db, id, ctx());
  if (options.decide)
    await recordDecision(
      services.db,
      id,
      { ...options.decide, notifyController: false, subjectException: null, dpoConsulted: true },
      ctx(),
    );
  if (options.measure)
    await recordMeasure(
      services.db,
      id,
      { kind: options.measure.kind, text: options.measure.text, doneAt: options.measure.at },
      ctx(options.measure.at),
    );
  if (options.delayReason) await explainDelay(services.db, id, options.delayReason, ctx());
  if (options.notified) {
    await recordNotification(
      services.db,
      id,
      authorityNotice(options.notified.at, options.notified.reference),
      ctx(options.notified.at),
    );
  }
  if (options.closeWith) await closeIncident(services.db, id, options.closeWith, ctx());
  return (await services.db.incidents.get(id))!;
}

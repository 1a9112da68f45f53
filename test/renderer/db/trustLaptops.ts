import { changeProfile, trustInstallationChange } from '../../../shared/incident/settings-changes';
import { Recorder } from '../../shared/incident/fixtures';

// Laptops of a team deciding about each other's keys on their own settings histories, for the tests
// of trust decided on several laptops (db and settings screen).

/** A laptop whose person filled in their profile (name and role) on its settings history. */
export async function laptop(id: string, actor: string, role: string) {
  const recorder = new Recorder(id, '2026-03-02T08:00:00.000Z', actor);
  await recorder.configure((s) => changeProfile(s, { name: actor, role }));
  return { id, recorder, record: (await recorder.signing()).record };
}

/** The DPO trusted X then withdrew it; management trusted X after: two decisions that conflict. */
export async function conflictingDecisions() {
  const dpo = await laptop('inst-dpo', 'Ingrid Berg', 'Personvernombud');
  const boss = await laptop('inst-boss', 'Ola Leder', 'Daglig leder');
  const x = await laptop('inst-x', 'Per Hansen', 'Konsulent');
  dpo.recorder.at('2026-03-02T10:00:00.000Z');
  await dpo.recorder.configure((s) => trustInstallationChange(s, x.record, 'compared'));
  await dpo.recorder.configure(() => ({ kind: 'installation-distrusted', payload: { installationId: x.id, reason: 'Maskinen er stjålet.' } }));
  boss.recorder.at('2026-03-02T12:00:00.000Z');
  await boss.recorder.configure((s) => trustInstallationChange(s, x.record, 'compared'));
  return { dpo, boss, x };
}

export type ConflictingDecisions = Awaited<ReturnType<typeof conflictingDecisions>>;

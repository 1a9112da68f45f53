import { Button } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { erasureReasons, type ErasureReason, type Subject } from '../../../../shared/incident/subjects';
import { eraseSubjects } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { RadioGroup } from '../../ui/fields';
import { useRecordAction } from '../../ui/useRecordAction';
import { ActionOutcome } from '../../ui/ActionOutcome';

/** When every person of the incident goes, the reasons that speak of one person do not apply. */
const FOR_ALL: readonly ErasureReason[] = ['not-affected', 'no-longer-needed'];

/**
 * Art. 17: erases one person, or all the people of the incident, after asking why. The reason is a
 * choice, never free text, so the history that records the erasure holds nothing about who was
 * erased. It goes through the repository's one erasure (crypto-shredding, encryption/shred.ts):
 * the people's keys are destroyed, so their rows cannot be read from the disk either.
 */
export function PersonErasure({ subjects, onDone }: { subjects: readonly Subject[]; onDone(message: string | null): void }) {
  const t = useT();
  const id = useId();
  const { db } = useServices();
  const action = useRecordAction();
  const [reason, setReason] = useState<ErasureReason | ''>('');
  const [missing, setMissing] = useState(false);
  const one = subjects.length === 1 ? subjects[0]! : null;
  const incidentId = subjects[0]?.incidentId;

  async function erase() {
    if (reason === '') return setMissing(true);
    if (!incidentId) return;
    const ids = subjects.map((s) => s.id);
    const erased = await action.run((ctx) => eraseSubjects(db, incidentId, ids, ctx(), reason));
    if (erased) onDone(one ? t('people.erase.done') : t('people.eraseAll.done', { count: ids.length }));
  }

  return (
    <div role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-help`} className="ds-alert notice person-erasure" data-color="warning">
      <h3 id={`${id}-title`}>{one ? t('people.erase.title', { name: one.name }) : t('people.eraseAll.title', { count: subjects.length })}</h3>
      <p id={`${id}-help`}>{one ? t('people.erase.help') : t('people.eraseAll.help')}</p>
      <RadioGroup<ErasureReason | ''>
        legend={t('people.erase.reason')}
        name={`${id}-reason`}
        value={reason}
        onChange={(value) => {
          setReason(value);
          setMissing(false);
        }}
        options={(one ? erasureReasons : FOR_ALL).map((value) => ({ value, label: t(`people.erase.reason.${value}`) }))}
      />
      {missing && (
        <p role="alert" className="ds-alert form-error" data-color="danger">
          {t('people.erase.reasonMissing')}
        </p>
      )}
      <div className="actions">
        <Button data-color="danger" onClick={() => void erase()} disabled={action.busy}>
          {t('people.erase.confirm')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)} disabled={action.busy}>
          {t('people.erase.cancel')}
        </Button>
      </div>
      <ActionOutcome action={action} />
    </div>
  );
}

import { useId, useState } from 'react';
import { erasureReasons, type ErasureReason, type Subject } from '../../../../shared/incident/subjects';
import { eraseSubjects } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { RadioGroup } from '../../ui/fields';
import { useRecordAction } from '../../ui/useRecordAction';
import { ActionOutcome } from '../../ui/ActionOutcome';

/**
 * Art. 17: erases one person, after asking why. The reason is a choice, never free text, so the
 * history that records the erasure holds nothing about who was erased.
 */
export function PersonErasure({ subject, onDone }: { subject: Subject; onDone(message: string | null): void }) {
  const t = useT();
  const id = useId();
  const { db } = useServices();
  const action = useRecordAction();
  const [reason, setReason] = useState<ErasureReason | ''>('');
  const [missing, setMissing] = useState(false);

  async function erase() {
    if (reason === '') return setMissing(true);
    const erased = await action.run((ctx) => eraseSubjects(db, subject.incidentId, [subject.id], ctx(), reason));
    if (erased) onDone(t('people.erase.done'));
  }

  return (
    <div role="alertdialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-help`} className="notice notice--warn person-erasure">
      <h3 id={`${id}-title`}>{t('people.erase.title', { name: subject.name })}</h3>
      <p id={`${id}-help`}>{t('people.erase.help')}</p>
      <RadioGroup<ErasureReason | ''>
        legend={t('people.erase.reason')}
        name={`${id}-reason`}
        value={reason}
        onChange={(value) => {
          setReason(value);
          setMissing(false);
        }}
        options={erasureReasons.map((value) => ({ value, label: t(`people.erase.reason.${value}`) }))}
      />
      {missing && (
        <p role="alert" className="form-error">
          {t('people.erase.reasonMissing')}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => void erase()} disabled={action.busy}>
          {t('people.erase.confirm')}
        </button>
        <button type="button" onClick={() => onDone(null)} disabled={action.busy}>
          {t('people.erase.cancel')}
        </button>
      </div>
      <ActionOutcome action={action} />
    </div>
  );
}

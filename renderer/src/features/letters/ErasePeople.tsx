import { useId, useState } from 'react';
import type { Subject } from '../../../../shared/incident/subjects';
import { eraseSubjects } from '../../db/repository';
import { useWriteContext } from '../../documents/useSettings';
import { useServices, useT } from '../../services/context';
import { ConfirmErase } from '../../ui/ConfirmErase';
import { SelectField } from '../../ui/fields';

/**
 * Art. 17: erase one person or all the people of this incident. The history records the erasure
 * by ids only; the people's keys are destroyed with the erasure epoch (docs/encryption-at-rest.md).
 */
export function ErasePeople({ incidentId, subjects }: { incidentId: string; subjects: readonly Subject[] }) {
  const t = useT();
  const id = useId();
  const { db } = useServices();
  const writeContext = useWriteContext();
  const [chosen, setChosen] = useState(subjects[0]?.id ?? '');
  const [asking, setAsking] = useState<'one' | 'all' | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const person = subjects.find((s) => s.id === chosen) ?? subjects[0];

  async function erase(ids: string[]) {
    try {
      await eraseSubjects(db, incidentId, ids, writeContext());
      setMessage({ ok: true, text: t('erase.done', { count: ids.length }) });
    } catch (error) {
      setMessage({ ok: false, text: t('erase.failed', { message: error instanceof Error ? error.message : String(error) }) });
    }
    setAsking(null);
  }

  return (
    <section aria-labelledby={`${id}-erase`} className="panel no-print">
      <h2 id={`${id}-erase`}>{t('erase.legend')}</h2>
      <p>{t('erase.intro')}</p>
      {person && (
        <>
          <SelectField label={t('erase.one.label')} value={person.id} onChange={setChosen} options={subjects.map((s) => ({ value: s.id, label: s.name }))} />
          <div className="actions">
            <button type="button" onClick={() => setAsking('one')} disabled={asking !== null}>
              {t('erase.one')}
            </button>
            <button type="button" onClick={() => setAsking('all')} disabled={asking !== null}>
              {t('erase.all', { count: subjects.length })}
            </button>
          </div>
        </>
      )}
      {asking === 'one' && person && (
        <ConfirmErase question={t('erase.confirm.one', { name: person.name })} onConfirm={() => erase([person.id])} onCancel={() => setAsking(null)} />
      )}
      {asking === 'all' && (
        <ConfirmErase question={t('erase.confirm.all', { count: subjects.length })} onConfirm={() => erase(subjects.map((s) => s.id))} onCancel={() => setAsking(null)} />
      )}
      <div role="status">{message?.ok && <p className="notice notice--ok">{message.text}</p>}</div>
      {message && !message.ok && (
        <p role="alert" className="form-error">
          {message.text}
        </p>
      )}
    </section>
  );
}

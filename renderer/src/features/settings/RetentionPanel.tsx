import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '../../../../shared/incident/settings';
import { erasePastRetention, peoplePastRetention, saveSettings } from '../../db/repository';
import { useWriteContext } from '../../documents/useSettings';
import { useNow, useServices, useT } from '../../services/context';
import { ConfirmErase } from '../../ui/ConfirmErase';
import { TextField } from '../../ui/fields';

/** Art. 5(1)(e): how long the people affected are kept after an incident is closed, and erasing what is past it. */
export function RetentionPanel({ settings }: { settings: Settings }) {
  const t = useT();
  const { db } = useServices();
  const now = useNow(60_000);
  const writeContext = useWriteContext();
  const months = settings.peopleRetentionMonths ?? null;
  const [value, setValue] = useState(months === null ? '' : String(months));
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const due = useLiveQuery(() => peoplePastRetention(db, months, now), [db, months, now]);
  const people = due?.reduce((sum, d) => sum + d.subjectIds.length, 0) ?? 0;

  async function save() {
    const trimmed = value.trim();
    const next = trimmed === '' ? null : Number(trimmed);
    if (next !== null && (!Number.isInteger(next) || next < 1 || next > 1200)) {
      setError(t('retention.invalid'));
      return;
    }
    setError(null);
    try {
      await saveSettings(db, { peopleRetentionMonths: next }, writeContext());
      setMessage(t('retention.saved'));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }

  return (
    <section aria-labelledby="retention-title" className="panel">
      <h2 id="retention-title">{t('retention.legend')}</h2>
      <p>{t('retention.intro')}</p>
      <TextField label={t('retention.months')} help={t('retention.months.help')} value={value} onChange={setValue} inputMode="numeric" error={error} />
      <div className="actions">
        <button type="button" onClick={() => void save()}>
          {t('retention.save')}
        </button>
      </div>
      {months !== null && due && (
        <p data-testid="retention-due">{people > 0 ? t('retention.due', { people, incidents: due.length }) : t('retention.none')}</p>
      )}
      {people > 0 && !confirming && (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('retention.erase')}
        </button>
      )}
      {confirming && due && (
        <ConfirmErase
          question={t('retention.confirm', { people, incidents: due.length })}
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            try {
              const erased = await erasePastRetention(db, months, writeContext());
              setMessage(t('retention.done', { people: erased }));
            } catch (caught) {
              setMessage(t('erase.failed', { message: caught instanceof Error ? caught.message : String(caught) }));
            }
            setConfirming(false);
          }}
        />
      )}
      <div role="status">{message && <p className="notice notice--ok">{message}</p>}</div>
    </section>
  );
}

import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Incident } from '../../../../shared/incident/model';
import { trimText, type Bilingual } from '../../../../shared/incident/text';
import { updateDetails } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { ActionOutcome } from '../ActionOutcome';
import { BilingualField } from '../BilingualField';
import { useRecordAction } from '../useRecordAction';

type PlainField = 'plainWhatHappened' | 'plainWhatItMeans' | 'plainAdvice';
const FIELDS: readonly PlainField[] = ['plainWhatHappened', 'plainWhatItMeans', 'plainAdvice'];

/**
 * Art. 34(2): the account for the people affected "in clear and plain language" — what happened,
 * what it means for them, what they can do — kept in the record apart from the technical account
 * to Datatilsynet, in bokmål and, if wanted, English. The letters and the public notice print it.
 */
export function PlainAccountForm({ incident }: { incident: Incident }) {
  const t = useT();
  const { db } = useServices();
  const action = useRecordAction();
  const [texts, setTexts] = useState<Record<PlainField, Bilingual>>(() => ({
    plainWhatHappened: incident.plainWhatHappened,
    plainWhatItMeans: incident.plainWhatItMeans,
    plainAdvice: incident.plainAdvice,
  }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const patch = Object.fromEntries(FIELDS.map((field) => [field, trimText(texts[field])]));
    await action.run((ctx) => updateDetails(db, incident.id, patch, ctx()), t('plain.saved'));
  }

  return (
    <form onSubmit={submit} noValidate className="plain-account">
      {FIELDS.map((field) => (
        <BilingualField
          key={field}
          label={t(`plain.${field}`)}
          help={t(`plain.${field}.help`)}
          rows={3}
          maxLength={20000}
          value={texts[field]}
          onChange={(value) => setTexts((current) => ({ ...current, [field]: value }))}
        />
      ))}
      <div className="actions">
        <Button type="submit" disabled={action.busy || incident.status === 'closed'}>
          {t('plain.save')}
        </Button>
      </div>
      <ActionOutcome action={action} />
    </form>
  );
}

import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { ControllerParty } from '../../../../shared/incident/details';
import type { Incident } from '../../../../shared/incident/model';
import { updateDetails } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { ActionOutcome } from '../ActionOutcome';
import { TextField } from '../fields';
import { useRecordAction } from '../useRecordAction';

const EMPTY: ControllerParty = { name: '', orgNr: '', email: '', contactName: '', agreementReference: '' };
const FIELDS = [
  ['name', 'notification.controller.name'],
  ['orgNr', 'notification.controller.orgNr'],
  ['email', 'notification.controller.email'],
  ['contactName', 'notification.controller.contact'],
  ['agreementReference', 'notification.controller.agreement'],
] as const;

/**
 * Art. 33(2): the controller a processor must tell, kept in the record (the notice to the controller
 * prints it, so the history covers it).
 */
export function ControllerForm({ incident }: { incident: Incident }) {
  const t = useT();
  const { db } = useServices();
  const action = useRecordAction();
  const [party, setParty] = useState<ControllerParty>(() => incident.controller ?? EMPTY);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = Object.fromEntries(Object.entries(party).map(([k, v]) => [k, v.trim()])) as ControllerParty;
    if (trimmed.name === '') return setError(t('notice.error.recipient-required'));
    setError(null);
    await action.run((ctx) => updateDetails(db, incident.id, { controller: trimmed }, ctx()), t('incident.action.saved'));
  }

  return (
    <form onSubmit={submit} noValidate className="no-print">
      <fieldset>
        <legend>{t('notification.controller.legend')}</legend>
        <div className="two-col">
          {FIELDS.map(([key, label]) => (
            <TextField
              key={key}
              label={t(label)}
              required={key === 'name'}
              error={key === 'name' ? error : null}
              value={party[key]}
              onChange={(value) => setParty((p) => ({ ...p, [key]: value }))}
            />
          ))}
        </div>
        <div className="actions">
          <Button type="submit" disabled={action.busy || incident.status === 'closed'}>
            {t('notification.controller.save')}
          </Button>
        </div>
        <ActionOutcome action={action} />
      </fieldset>
    </form>
  );
}

import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { ATTACHMENT_TEXT_MAX, type Attachment, type Incident } from '../../../../../shared/incident/model';
import { removeAttachment } from '../../../db/repository';
import { useServices, useT } from '../../../services/context';
import { ActionOutcome } from '../../../ui/ActionOutcome';
import { TextField } from '../../../ui/fields';
import { useRecordAction } from '../../../ui/useRecordAction';

/** Removes an attached file with a reason: the history keeps its name, hash and why it went. */
export function RemoveAttachment({
  incident,
  file,
  onDone,
}: {
  incident: Incident;
  file: Attachment;
  onDone: () => void;
}) {
  const t = useT();
  const { db } = useServices();
  const action = useRecordAction();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const why = reason.trim();
    if (why === '') return setError(t('record.attachments.reasonRequired'));
    if (why.length > ATTACHMENT_TEXT_MAX)
      return setError(t('record.error.too-long', { max: ATTACHMENT_TEXT_MAX, count: why.length }));
    setError(null);
    if (await action.run((ctx) => removeAttachment(db, incident.id, file.id, why, ctx()))) onDone();
  }

  return (
    <form onSubmit={submit} noValidate className="attachment-remove" data-testid="attachment-remove">
      <TextField
        label={t('record.attachments.removeReason', { name: file.name })}
        help={t('record.attachments.removeReason.help')}
        required
        autoFocus
        value={reason}
        error={error}
        onChange={setReason}
      />
      <div className="actions">
        <Button type="submit" disabled={action.busy}>
          {t('record.attachments.removeConfirm')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('record.attachments.removeCancel')}
        </Button>
      </div>
      <ActionOutcome action={action} />
    </form>
  );
}

import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { formatInstant } from '../../../../../shared/deadline';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TEXT_MAX,
  type Incident,
} from '../../../../../shared/incident/model';
import { addAttachment } from '../../../db/repository';
import { useServices, useT } from '../../../services/context';
import { openFile } from '../../../platform';
import { useUi } from '../../../state/ui';
import { ActionOutcome } from '../../../ui/ActionOutcome';
import { TextField } from '../../../ui/fields';
import { useRecordAction } from '../../../ui/useRecordAction';
import { mediaTypeOf, megabytes, readableSize } from './files';
import { FoldedGroup } from './FoldedGroup';
import { RemoveAttachment } from './RemoveAttachment';

// EDPB template 125–126: files sent with the notification (a copy of the letter, a log extract …),
// kept with the incident by their SHA-256 and listed in the notification.

/** What the file dialog offers (the bridge takes at most 20 extensions). */
const ACCEPT = [
  '.pdf',
  '.txt',
  '.log',
  '.csv',
  '.json',
  '.xml',
  '.eml',
  '.msg',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.docx',
  '.doc',
  '.xlsx',
  '.xls',
  '.odt',
  '.ods',
  '.rtf',
  '.zip',
];

export function AttachmentsPanel({ incident }: { incident: Incident }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db, timeZone } = useServices();
  const action = useRecordAction();
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const open = incident.status !== 'closed';
  const max = megabytes(ATTACHMENT_MAX_BYTES, lang);
  const removingFile = incident.attachments.find((file) => file.id === removing);

  async function choose() {
    setRefusal(null);
    if (note.trim().length > ATTACHMENT_TEXT_MAX) {
      setNoteError(t('record.error.too-long', { max: ATTACHMENT_TEXT_MAX, count: note.trim().length }));
      return;
    }
    setNoteError(null);
    const picked = await openFile({ accept: ACCEPT });
    if (!picked.ok) {
      setRefusal(picked.reason === 'cancelled' ? t('record.attachments.cancelled') : picked.message);
      return;
    }
    // Refused before anything is hashed or stored: the record keeps files up to the limit only.
    if (picked.bytes.length > ATTACHMENT_MAX_BYTES) {
      setRefusal(
        t('record.attachments.tooLarge', {
          name: picked.name,
          size: megabytes(picked.bytes.length, lang),
          max,
        }),
      );
      return;
    }
    const file = {
      name: picked.name,
      mediaType: mediaTypeOf(picked.name),
      bytes: picked.bytes,
      note: note.trim(),
    };
    const saved = await action.run(
      (ctx) => addAttachment(db, incident.id, file, ctx()),
      t('record.attachments.added', { name: picked.name }),
    );
    if (saved) setNote('');
  }

  return (
    <FoldedGroup
      testId="record-attachments"
      title={t('record.attachments.title')}
      summary={
        incident.attachments.length === 0
          ? t('record.attachments.none')
          : t('record.attachments.count', { count: incident.attachments.length })
      }
    >
      <p className="help">{t('record.attachments.help', { max })}</p>
      {incident.attachments.length > 0 && (
        <div className="table-scroll">
          <table className="ds-table attachments">
            <caption className="visually-hidden">{t('record.attachments.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('record.attachments.name')}</th>
                <th scope="col">{t('record.attachments.size')}</th>
                <th scope="col">{t('record.attachments.sha256')}</th>
                <th scope="col">{t('record.attachments.note')}</th>
                <th scope="col">{t('record.attachments.addedAt')}</th>
                {open && (
                  <th scope="col">
                    <span className="visually-hidden">{t('record.attachments.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {incident.attachments.map((file) => (
                <tr key={file.id} data-testid="attachment-row">
                  <th scope="row" className="attachment-name">
                    {file.name}
                  </th>
                  <td>{readableSize(file.size, lang)}</td>
                  <td>
                    <code title={file.sha256}>{file.sha256.slice(0, 12)}</code>
                  </td>
                  <td className="prewrap">{file.note}</td>
                  <td>{formatInstant(new Date(file.addedAt), lang, timeZone)}</td>
                  {open && (
                    <td>
                      <Button
                        variant="tertiary"
                        className="link-button"
                        aria-expanded={removing === file.id}
                        onClick={() => setRemoving(removing === file.id ? null : file.id)}
                      >
                        {t('record.attachments.remove', { name: file.name })}
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && removingFile && (
        <RemoveAttachment
          key={removingFile.id}
          incident={incident}
          file={removingFile}
          onDone={() => setRemoving(null)}
        />
      )}
      {open && (
        <div className="attachment-add">
          <TextField
            label={t('record.attachments.newNote')}
            help={t('record.attachments.newNote.help')}
            value={note}
            error={noteError}
            onChange={setNote}
          />
          <div className="actions">
            <Button variant="secondary" onClick={() => void choose()} disabled={action.busy}>
              {t('record.attachments.choose')}
            </Button>
          </div>
        </div>
      )}
      {refusal && (
        <p role="alert" className="ds-alert form-error" data-color="danger">
          {refusal}
        </p>
      )}
      <ActionOutcome action={action} />
    </FoldedGroup>
  );
}

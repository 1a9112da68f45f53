import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useT } from '../services/context';

// "Erase for good?" asked in place, with the count or the name: erasure cannot be undone.

export function ConfirmErase({ question, onConfirm, onCancel }: { question: string; onConfirm: () => Promise<void>; onCancel: () => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <div role="alertdialog" aria-label={question} className="ds-alert notice confirm-erase" data-color="warning">
      <p>{question}</p>
      <div className="actions">
        <Button
          data-color="danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await onConfirm();
            setBusy(false);
          }}
        >
          {t('erase.confirm.yes')}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          {t('erase.confirm.no')}
        </Button>
      </div>
    </div>
  );
}

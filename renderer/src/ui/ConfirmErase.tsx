import { useState } from 'react';
import { useT } from '../services/context';

// "Erase for good?" asked in place, with the count or the name: erasure cannot be undone.

export function ConfirmErase({ question, onConfirm, onCancel }: { question: string; onConfirm: () => Promise<void>; onCancel: () => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <div role="alertdialog" aria-label={question} className="notice notice--warn confirm-erase">
      <p>{question}</p>
      <div className="actions">
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await onConfirm();
            setBusy(false);
          }}
        >
          {t('erase.confirm.yes')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('erase.confirm.no')}
        </button>
      </div>
    </div>
  );
}

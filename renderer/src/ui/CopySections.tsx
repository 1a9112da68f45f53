import { Button } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import type { PlainSection } from '../../../shared/documents';
import { useT } from '../services/context';
import { copyText, type CopyOutcome } from '../documents/copy';
import type { Lang } from '../../../shared/i18n/lang';

/**
 * A section's copy button for Altinn, and its plain text in a read-only field under "Show as
 * text". When the clipboard is refused, the field opens with the text selected for Ctrl+C.
 */
export function CopyControls({ section, lang }: { section: PlainSection; lang: Lang }) {
  const t = useT();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const details = useRef<HTMLDetailsElement>(null);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);

  async function copy() {
    // Open first: a closed <details> cannot hold a selection.
    const wasOpen = details.current?.open ?? false;
    if (details.current) details.current.open = true;
    const result = await copyText(section.body, field.current);
    if (result === 'copied' && details.current && !wasOpen) details.current.open = false;
    setOutcome(result);
  }

  return (
    <div className="copy-section no-print" data-testid="copy-section">
      <div className="copy-row">
        <Button variant="secondary" onClick={copy}>
          {t('notification.copy.button', { heading: section.heading })}
        </Button>
        <span role="status" className="copy-feedback">
          {outcome === 'copied'
            ? t('notification.copy.done')
            : outcome === 'selected'
              ? t('notification.copy.selected')
              : ''}
        </span>
      </div>
      <details ref={details}>
        <summary>{t('notification.copy.show')}</summary>
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {t('notification.copy.textLabel', { heading: section.heading })}
        </label>
        <textarea
          id={`${id}-text`}
          ref={field}
          readOnly
          value={section.body}
          lang={lang}
          rows={Math.min(14, section.body.split('\n').length + 1)}
        />
      </details>
    </div>
  );
}

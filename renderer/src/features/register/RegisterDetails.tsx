import { useState } from 'react';
import type { RegisterRow } from '../../../../shared/register';
import { textFor } from '../../../../shared/incident/text';
import { useT } from '../../services/context';
import { useUi } from '../../state/ui';

/**
 * Art. 33(5): what the register documents for the incident beyond its line: the facts in words, the
 * effects, the remedial action taken, and the reasoning where it was not notified. Folded under the
 * title, so the table keeps one line per incident; written out only when unfolded.
 */
export function RegisterDetails({ row }: { row: RegisterRow }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="register-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary title={t('register.details.label')}>{row.title}</summary>
      {open && <RowDetails row={row} />}
    </details>
  );
}

function RowDetails({ row }: { row: RegisterRow }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const text = (value: Parameters<typeof textFor>[0] | null) =>
    (value ? textFor(value, lang) : '') || t('register.details.none');
  const actions = row.remedialActions.map((m) => textFor(m, lang)).filter(Boolean);
  return (
    <dl>
      <dt>{t('register.details.facts')}</dt>
      <dd>{text(row.description)}</dd>
      <dt>{t('register.details.effects')}</dt>
      <dd>{text(row.consequences)}</dd>
      <dt>{t('register.details.actions')}</dt>
      <dd>{actions.length ? actions.join(' · ') : t('register.details.none')}</dd>
      {row.reasonNotNotified && (
        <>
          <dt>{t('register.details.reason')}</dt>
          <dd>{text(row.reasonNotNotified)}</dd>
        </>
      )}
      {row.delayReason && (
        <>
          <dt>{t('register.details.delay')}</dt>
          <dd>{text(row.delayReason)}</dd>
        </>
      )}
    </dl>
  );
}

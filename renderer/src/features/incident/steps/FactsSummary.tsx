import { Button } from '@digdir/designsystemet-react';
import type { BreachFacts } from '../../../../../shared/assessment';
import type { MessageKey } from '../../../../../shared/i18n';
import { formatNumber } from '../../../../../shared/i18n/numbers';
import { useT } from '../../../services/context';
import { useUi } from '../../../state/ui';

/** The facts in brief, once every question the assessment needs is answered; the form is one click away. */
export function FactsSummary({
  facts,
  onChange,
  disabled,
}: {
  facts: BreachFacts;
  onChange: () => void;
  disabled: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const count = (n: number | null) => (n === null ? t('incident.answer.unknown') : formatNumber(lang, n));
  const rows: [MessageKey, string][] = [
    ['incident.fact.personalData', t(`incident.answer.${facts.personalData}`)],
    ['incident.fact.confidentiality', t(`incident.answer.${facts.confidentiality}`)],
    ['incident.fact.integrity', t(`incident.answer.${facts.integrity}`)],
    ['incident.fact.availability', t(`incident.answer.${facts.availability}`)],
    ['incident.fact.cause', t(`incident.option.cause.${facts.cause}`)],
    [
      'incident.fact.dataCategories',
      facts.dataCategories.map((c) => t(`incident.category.${c}` as MessageKey)).join(', '),
    ],
    ['incident.fact.subjectCount', count(facts.subjectCount)],
    ['incident.fact.recordCount', count(facts.recordCount)],
    ['incident.fact.protection', t(`incident.option.protection.${facts.protection}`)],
    ['incident.fact.recipient', t(`incident.option.recipient.${facts.recipient}`)],
  ];
  return (
    <section
      aria-labelledby="facts-title"
      className="inc-panel facts facts--summary"
      data-testid="facts-summary"
    >
      <h2 id="facts-title">{t('incident.facts.title')}</h2>
      <p>{t('steps.facts.done')}</p>
      <dl className="facts-list">
        {rows.map(([question, answer]) => (
          <div key={question}>
            <dt>{t(question)}</dt>
            <dd>{answer}</dd>
          </div>
        ))}
      </dl>
      {!disabled && (
        <Button type="button" variant="secondary" onClick={onChange}>
          {t('steps.facts.change')}
        </Button>
      )}
    </section>
  );
}

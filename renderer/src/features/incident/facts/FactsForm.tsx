import {
  AVAILABILITY_EFFECTS,
  CAUSES,
  NEUTRALISING_MEASURES,
  PROTECTIONS,
  RECIPIENTS,
  ROLES,
  type Answer,
  type BreachFacts,
} from '../../../../../shared/assessment';
import { useT } from '../../../services/context';
import type { FactsEditor } from './useFactsEditor';
import { DraftNote } from '../../../ui/drafts/DraftNote';
import { hasDecimals, type NumberFact } from './numbers';
import { AnswerQuestion, CategoriesQuestion, ChoiceQuestion, NumberQuestion } from './questions';

type Facts = Required<BreachFacts>;
type AnswerFact = { [K in keyof Facts]: Facts[K] extends Answer ? K : never }[keyof Facts];

/** The facts as plain questions in the assessment's vocabulary; every answer is saved as given. */
export function FactsForm({ editor, disabled }: { editor: FactsEditor; disabled: boolean }) {
  const t = useT();
  const { facts, change } = editor;
  const number = (fact: NumberFact) => (
    <NumberQuestion
      question={t(`incident.fact.${fact}`)}
      value={editor.committed[fact]}
      text={editor.typed.value[fact]}
      decimals={hasDecimals(fact)}
      onType={(text) => editor.type(fact, text)}
      onCommit={() => editor.commit(fact)}
    />
  );
  const answer = (fact: AnswerFact) => (
    <AnswerQuestion
      key={fact}
      name={fact}
      question={t(`incident.fact.${fact}`)}
      value={facts[fact] ?? 'unknown'}
      onChange={(value) => change({ [fact]: value })}
    />
  );

  return (
    <section aria-labelledby="facts-title" className="inc-panel facts">
      <h2 id="facts-title">{t('incident.facts.title')}</h2>
      <p className="help">{t('incident.facts.intro')}</p>
      <p className="save-state" aria-live="polite">
        {editor.saving ? t('incident.facts.saving') : null}
      </p>
      {editor.error && (
        <p role="alert" className="ds-alert form-error" data-color="danger">
          {editor.error}
        </p>
      )}
      <DraftNote draft={editor.typed} />
      <fieldset className="facts-body" disabled={disabled}>
        <legend className="visually-hidden">{t('incident.facts.title')}</legend>
        <h3>{t('incident.facts.group.role')}</h3>
        <ChoiceQuestion
          question={t('incident.fact.role')}
          value={facts.role}
          values={ROLES}
          label={(role) => t(`incident.option.role.${role}`)}
          onChange={(role) => change({ role })}
        />

        <h3>{t('incident.facts.group.what')}</h3>
        {answer('personalData')}
        {answer('confidentiality')}
        {answer('integrity')}
        {answer('availability')}

        <h3>{t('incident.facts.group.cause')}</h3>
        <ChoiceQuestion
          question={t('incident.fact.cause')}
          value={facts.cause}
          values={CAUSES}
          label={(cause) => t(`incident.option.cause.${cause}`)}
          onChange={(cause) => change({ cause })}
        />
        {answer('malicious')}

        <h3>{t('incident.facts.group.data')}</h3>
        <CategoriesQuestion
          value={facts.dataCategories}
          onChange={(dataCategories) => change({ dataCategories })}
        />
        {number('subjectCount')}
        {number('recordCount')}
        {answer('vulnerableSubjects')}

        <h3>{t('incident.facts.group.consequences')}</h3>
        <ChoiceQuestion
          question={t('incident.fact.protection')}
          value={facts.protection}
          values={PROTECTIONS}
          label={(protection) => t(`incident.option.protection.${protection}`)}
          onChange={(protection) => change({ protection })}
        />
        <ChoiceQuestion
          question={t('incident.fact.recipient')}
          value={facts.recipient}
          values={RECIPIENTS}
          label={(recipient) => t(`incident.option.recipient.${recipient}`)}
          onChange={(recipient) => change({ recipient })}
        />
        {answer('dataRecovered')}
        {number('outageHours')}
        {answer('misuseObserved')}
        <ChoiceQuestion
          question={t('incident.fact.availabilityEffect')}
          value={facts.availabilityEffect ?? 'unknown'}
          values={AVAILABILITY_EFFECTS}
          label={(effect) => t(`incident.option.availabilityEffect.${effect}`)}
          onChange={(availabilityEffect) => change({ availabilityEffect })}
        />
        {answer('minorDetail')}

        <h3>{t('incident.facts.group.exceptions')}</h3>
        {answer('highRiskNeutralised')}
        <ChoiceQuestion
          question={t('incident.fact.neutralisingMeasure')}
          value={facts.neutralisingMeasure ?? 'unknown'}
          values={NEUTRALISING_MEASURES}
          label={(measure) => t(`incident.option.neutralisingMeasure.${measure}`)}
          onChange={(neutralisingMeasure) => change({ neutralisingMeasure })}
        />
        {answer('disproportionateEffort')}
      </fieldset>
    </section>
  );
}

import { Button } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Assessment } from '../../../../../shared/assessment';
import { formatInstant } from '../../../../../shared/deadline';
import { assessmentIsStale } from '../../../../../shared/incident/changes';
import { subjectExceptions, type Decision, type Incident } from '../../../../../shared/incident/model';
import { decisionIsStale } from '../../../../../shared/incident/todo';
import { assessIncident, recordDecision } from '../../../db/repository';
import { useServices, useT } from '../../../services/context';
import { useUi } from '../../../state/ui';
import { Checkbox, SelectField } from '../../../ui/fields';
import { useRecordAction } from '../../../ui/useRecordAction';
import { ActionOutcome } from '../../../ui/ActionOutcome';
import { useTextIn } from '../../../ui/text';
import { BilingualField } from '../../../ui/BilingualField';
import { DraftNote, DraftPending } from '../../../ui/drafts/DraftNote';
import { useDraft } from '../../../ui/drafts/useDraft';
import { EMPTY_TEXT, isBlank, type Bilingual } from '../../../../../shared/incident/text';

type Exception = Decision['subjectException'];
type Choice = Pick<Decision, 'notifyAuthority' | 'notifySubjects' | 'notifyController' | 'subjectException'>;

/** What the form holds until it is recorded: only what the user changed of the choices, and the reasoning. */
interface DecisionDraft {
  changed: Partial<Choice>;
  rationale: Bilingual;
  dpoConsulted: boolean;
}

const blank = (): DecisionDraft => ({ changed: {}, rationale: EMPTY_TEXT, dpoConsulted: false });

function differs(decision: Choice, assessment: Assessment): boolean {
  return (
    decision.notifyAuthority !== assessment.notifyAuthority ||
    decision.notifySubjects !== assessment.notifySubjects ||
    decision.notifyController !== assessment.notifyController
  );
}

/**
 * Art. 33(5): the organisation's decision on notification and its reasoning. Avvik's conclusion is
 * the starting point; what the user changes overrides it. Facts changed after a decision ask for a new one.
 * A decision that stands is shown as it was recorded; its form opens only to make a new one.
 */
export function DecisionSection({
  incident,
  assessment,
  factsSaving,
}: {
  incident: Incident;
  assessment: Assessment;
  factsSaving: boolean;
}) {
  const t = useT();
  const textIn = useTextIn();
  const lang = useUi((s) => s.lang);
  const { db, timeZone } = useServices();
  const action = useRecordAction();
  // Only what the user changed is kept; the rest follows the live assessment. Kept as a draft until recorded.
  const draft = useDraft<DecisionDraft>('decision', incident.id, blank);
  const { changed, rationale, dpoConsulted } = draft.value;
  const setChanged = (next: Partial<Choice>) => draft.set((d) => ({ ...d, changed: next }));
  const setRationale = (next: Bilingual) => draft.set((d) => ({ ...d, rationale: next }));
  const setDpoConsulted = (next: boolean) => draft.set((d) => ({ ...d, dpoConsulted: next }));
  const [rationaleError, setRationaleError] = useState(false);
  // null: closed, unless a draft of a new decision was restored.
  const [changing, setChanging] = useState<boolean | null>(null);
  const processor = incident.role === 'processor';
  const choice: Choice = {
    notifyAuthority: changed.notifyAuthority ?? (processor ? false : assessment.notifyAuthority),
    notifySubjects: changed.notifySubjects ?? (processor ? false : assessment.notifySubjects),
    notifyController: changed.notifyController ?? (processor ? assessment.notifyController : false),
    subjectException:
      changed.subjectException !== undefined ? changed.subjectException : assessment.subjectException,
  };
  const { decision } = incident;
  const closed = incident.status === 'closed';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (isBlank(rationale)) {
      setRationaleError(true);
      return;
    }
    setRationaleError(false);
    const input = {
      ...choice,
      subjectException: choice.notifySubjects ? null : choice.subjectException,
      rationale,
      dpoConsulted,
    };
    const saved = await action.run(async (ctx) => {
      // The decision rests on a recorded assessment of the same facts.
      if (!incident.assessment || assessmentIsStale(incident)) await assessIncident(db, incident.id, ctx());
      await recordDecision(db, incident.id, input, ctx());
    }, t('incident.decision.recorded'));
    if (saved) {
      draft.clear();
      setChanging(false);
    }
  }

  const stands = decision !== null && !decisionIsStale(incident);
  const formShown = !closed && draft.ready && (!stands || (changing ?? draft.restoredAt !== null));

  const yesNo = (value: boolean) => t(value ? 'incident.decision.yes' : 'incident.decision.no');
  return (
    <section aria-labelledby="decision-title" className="inc-panel decision" data-testid="decision">
      <h2 id="decision-title">{t('incident.decision.title')}</h2>
      <DraftPending draft={draft} />
      {decision ? (
        <div className="current-decision">
          <p>
            {t('incident.decision.current', {
              at: formatInstant(new Date(decision.at), lang, timeZone),
              actor: decision.actor || t('incident.unknownActor'),
            })}
          </p>
          <ul>
            {processor ? (
              <li>{`${t('incident.decision.notifyController')}: ${yesNo(decision.notifyController)}`}</li>
            ) : (
              <>
                <li>{`${t('incident.decision.notifyAuthority')}: ${yesNo(decision.notifyAuthority)}`}</li>
                <li>{`${t('incident.decision.notifySubjects')}: ${yesNo(decision.notifySubjects)}`}</li>
              </>
            )}
            {decision.subjectException && (
              <li>{t(`incident.decision.exception.${decision.subjectException}`)}</li>
            )}
            <li>{t(decision.dpoConsulted ? 'incident.decision.dpo.yes' : 'incident.decision.dpo.no')}</li>
          </ul>
          <blockquote className="prewrap">{textIn(decision.rationale)}</blockquote>
          {decisionIsStale(incident) && (
            <p className="warning-box" data-testid="decision-stale">
              {t('incident.decision.stale')}
            </p>
          )}
        </div>
      ) : (
        <p>{t('incident.decision.none')}</p>
      )}

      {stands && !formShown && !closed && (
        <div className="actions">
          <Button type="button" variant="secondary" onClick={() => setChanging(true)}>
            {t('steps.decision.change')}
          </Button>
        </div>
      )}
      {/* The outcome of the save stays once the form has closed on the decision it recorded. */}
      {!formShown && <ActionOutcome action={action} />}
      {formShown && (
        <form onSubmit={submit} noValidate>
          <DraftNote draft={draft} />
          <p className="help">{t('incident.decision.intro')}</p>
          <fieldset>
            <legend>{t('incident.decision.legend')}</legend>
            {processor ? (
              <Checkbox
                label={t('incident.decision.notifyController')}
                checked={choice.notifyController}
                onChange={(v) => setChanged({ ...changed, notifyController: v })}
              />
            ) : (
              <>
                <Checkbox
                  label={t('incident.decision.notifyAuthority')}
                  checked={choice.notifyAuthority}
                  onChange={(v) => setChanged({ ...changed, notifyAuthority: v })}
                />
                <Checkbox
                  label={t('incident.decision.notifySubjects')}
                  checked={choice.notifySubjects}
                  onChange={(v) => setChanged({ ...changed, notifySubjects: v })}
                />
              </>
            )}
          </fieldset>
          {!processor && !choice.notifySubjects && (
            <SelectField<'none' | NonNullable<Exception>>
              label={t('incident.decision.exception')}
              value={choice.subjectException ?? 'none'}
              onChange={(value) =>
                setChanged({ ...changed, subjectException: value === 'none' ? null : value })
              }
              options={[
                { value: 'none', label: t('incident.decision.exception.none') },
                ...subjectExceptions.map((e) => ({ value: e, label: t(`incident.decision.exception.${e}`) })),
              ]}
            />
          )}
          {differs(choice, assessment) && <p className="warning-box">{t('incident.decision.differs')}</p>}
          <BilingualField
            label={t('incident.decision.rationale')}
            help={t('incident.decision.rationale.help')}
            error={rationaleError ? t('incident.error.rationale-required') : null}
            required
            value={rationale}
            onChange={setRationale}
          />
          <Checkbox
            label={t('incident.decision.dpoConsulted')}
            checked={dpoConsulted}
            onChange={setDpoConsulted}
          />
          <div className="actions">
            <Button type="submit" disabled={action.busy || factsSaving}>
              {t('incident.decision.submit')}
            </Button>
            {stands && (
              <Button type="button" variant="secondary" onClick={() => setChanging(false)}>
                {t('steps.hideForm')}
              </Button>
            )}
          </div>
          <ActionOutcome action={action} />
        </form>
      )}
    </section>
  );
}

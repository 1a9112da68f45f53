import { Button } from '@digdir/designsystemet-react';
import { reasonsByFactor, type Assessment, type BreachFacts } from '../../../../../shared/assessment';
import { formatInstant } from '../../../../../shared/deadline';
import { assessmentIsStale } from '../../../../../shared/incident/changes';
import type { Incident } from '../../../../../shared/incident/model';
import { assessIncident } from '../../../db/repository';
import { useServices, useT } from '../../../services/context';
import { useUi } from '../../../state/ui';
import { useRecordAction } from '../../../ui/useRecordAction';
import { Conclusions } from './Conclusions';
import { Severity } from './Severity';
import { ActionOutcome } from '../../../ui/ActionOutcome';

/**
 * The assessment of the facts as they stand on screen: conclusions, reasons grouped by the factor
 * they speak to, each with its basis, what to find out, and the ENISA score. Recording it puts it in the record (an "assessed" event).
 */
export function AssessmentPanel({
  incident,
  facts,
  assessment,
  deadline,
  factsSaving,
}: {
  incident: Incident;
  facts: BreachFacts;
  assessment: Assessment;
  deadline: Date;
  factsSaving: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { db, timeZone } = useServices();
  const action = useRecordAction();
  const stored = incident.assessment;
  const at = (iso: string) => formatInstant(new Date(iso), lang, timeZone);
  const status = !stored
    ? t('incident.assessment.notRecorded')
    : assessmentIsStale(incident)
      ? t('incident.assessment.stale', { at: at(stored.at) })
      : t('incident.assessment.recorded', {
          at: at(stored.at),
          actor: stored.actor || t('incident.unknownActor'),
        });
  const needsRecording = !stored || assessmentIsStale(incident);

  return (
    // No scrollbar of its own: it grows with its reasons beside the facts, and the page scrolls.
    <section aria-labelledby="assessment-title" className="inc-panel assessment" data-testid="assessment">
      <h2 id="assessment-title">{t('incident.assessment.title')}</h2>
      <p className="help">{t('incident.assessment.live')}</p>
      <Conclusions assessment={assessment} role={facts.role} deadline={deadline} />

      <div className={`record-state${needsRecording ? ' record-state--pending' : ''}`}>
        <p>{status}</p>
        {incident.status !== 'closed' && needsRecording && (
          <Button
            variant="secondary"
            disabled={action.busy || factsSaving}
            onClick={() =>
              void action.run(
                (ctx) => assessIncident(db, incident.id, ctx()),
                t('incident.assessment.recordedNow'),
              )
            }
          >
            {t('incident.assessment.record')}
          </Button>
        )}
        <ActionOutcome action={action} />
      </div>

      <h3>{t('incident.assessment.unknowns')}</h3>
      {assessment.unknowns.length === 0 ? (
        <p>{t('incident.assessment.unknownsNone')}</p>
      ) : (
        <ul className="unknowns" data-testid="unknowns">
          {assessment.unknowns.map((unknown) => (
            <li key={unknown.fact}>
              <strong>{t(`incident.factName.${unknown.fact}`)}:</strong> {unknown.why[lang]}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('incident.assessment.reasons')}</h3>
      <p className="help">{t('incident.assessment.reasonsHelp')}</p>
      <div className="reasons" data-testid="reasons">
        {reasonsByFactor(assessment.reasons).map(({ factor, reasons }) => (
          <section
            key={factor}
            className="reason-group"
            data-factor={factor}
            aria-labelledby={`factor-${factor}`}
          >
            <h4 id={`factor-${factor}`}>{t(`incident.assessment.factor.${factor}`)}</h4>
            <ul>
              {reasons.map((reason, index) => (
                <li key={`${index}-${reason.code}`} data-reason={reason.code}>
                  <span>{reason.text[lang]}</span>{' '}
                  <span className="basis">{t('incident.assessment.basis', { basis: reason.basis })}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>

      <Severity severity={assessment.severity} />
    </section>
  );
}

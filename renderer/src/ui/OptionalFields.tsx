import type { IntakeInput } from '../../../shared/incident/intake';
import type { Role } from '../../../shared/incident/model';
import { useServices, useT } from '../services/context';
import { RadioGroup, TextAreaField, TextField } from './fields';

type DatedField = 'occurredFrom' | 'occurredTo' | 'discoveredAt' | 'awareAt';

/** What the intake may leave "not known yet": role, when it happened, when detected, what happened. */
export function OptionalFields({
  input,
  onChange,
  error,
  warning,
  withRole = true,
}: {
  input: Required<IntakeInput>;
  onChange: (patch: Partial<IntakeInput>) => void;
  error: (field: keyof IntakeInput) => string | null;
  warning: (field: DatedField) => string | null;
  /** The intake asks the role; on the incident screen it is one of the facts. */
  withRole?: boolean;
}) {
  const t = useT();
  const { timeZone } = useServices();
  return (
    <div className={withRole ? 'intake-optional' : undefined}>
      {withRole && (
        <>
          <h2 id="intake-optional" className="ds-heading" data-size="xs">
            {t('intake.optional.title')}
          </h2>
          <p className="ds-paragraph help" data-size="sm">
            {t('intake.optional.help')}
          </p>
          <RadioGroup<Role>
            legend={t('intake.role.legend')}
            name="role"
            value={input.role}
            onChange={(role) => onChange({ role })}
            help={t('intake.role.help')}
            options={[
              { value: 'controller', label: t('intake.role.controller') },
              { value: 'processor', label: t('intake.role.processor') },
            ]}
          />
        </>
      )}
      <fieldset className="occurred">
        <legend>{t('intake.occurred.legend')}</legend>
        <p className="help">{t('intake.occurred.help')}</p>
        <div className="field-row">
          <TextField
            label={t('intake.occurredFrom')}
            name="occurredFrom"
            type="datetime-local"
            value={input.occurredFrom}
            error={error('occurredFrom')}
            warning={warning('occurredFrom')}
            onChange={(occurredFrom) => onChange({ occurredFrom })}
          />
          <TextField
            label={t('intake.occurredTo')}
            name="occurredTo"
            type="datetime-local"
            value={input.occurredTo}
            error={error('occurredTo')}
            onChange={(occurredTo) => onChange({ occurredTo })}
          />
        </div>
      </fieldset>
      <TextField
        label={t('intake.discoveredAt')}
        help={`${t('intake.discoveredAt.help')} ${t('incident.action.sentAt.help', { zone: timeZone })}`}
        name="discoveredAt"
        type="datetime-local"
        value={input.discoveredAt}
        error={error('discoveredAt')}
        warning={warning('discoveredAt')}
        onChange={(discoveredAt) => onChange({ discoveredAt })}
      />
      <TextAreaField
        label={t('intake.description')}
        help={t('intake.description.help')}
        name="description"
        rows={3}
        value={input.description}
        error={error('description')}
        onChange={(description) => onChange({ description })}
      />
    </div>
  );
}

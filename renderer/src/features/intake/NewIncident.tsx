import { useId, useState, type FormEvent } from 'react';
import { validateIntake, type IntakeErrors, type IntakeInput } from '../../../../shared/incident/intake';
import { toLocalInput } from '../../../../shared/time/zoned';
import { createIncident } from '../../db/incidents';
import { useServices, useT } from '../../app/context';
import { useUi } from '../../state/ui';

/** The fast intake: a title and the moment of awareness start the 72-hour clock. */
export function NewIncident() {
  const t = useT();
  const services = useServices();
  const navigate = useUi((s) => s.navigate);
  const setFlash = useUi((s) => s.setFlash);
  const ids = { title: useId(), aware: useId() };
  const [input, setInput] = useState<IntakeInput>(() => ({
    title: '',
    awareAt: toLocalInput(services.now(), services.timeZone),
  }));
  const [errors, setErrors] = useState<IntakeErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const result = validateIntake(input, services.now(), services.timeZone);
    if (!result.ok) {
      setErrors(result.errors);
      const first = result.errors.title ? ids.title : ids.aware;
      document.getElementById(first)?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const incident = await createIncident(services.db, result.value, {
        now: services.now(),
        actor: services.actor,
        newId: services.newId,
      });
      setFlash(t('intake.saved', { ref: incident.ref }));
      navigate({ name: 'dashboard' });
    } catch (error) {
      setSaveError(t('intake.saveFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  }

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <section aria-labelledby="intake-title">
      <h1 id="intake-title">{t('intake.title')}</h1>
      <p>{t('intake.intro')}</p>
      {hasErrors && (
        <p role="alert" className="form-error">
          {t('intake.error.summary')}
        </p>
      )}
      {saveError && (
        <p role="alert" className="form-error">
          {saveError}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={ids.title}>{t('intake.field.title')}</label>
          <input
            id={ids.title}
            name="title"
            type="text"
            autoFocus
            maxLength={400}
            value={input.title}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={`${ids.title}-help${errors.title ? ` ${ids.title}-error` : ''}`}
            onChange={(e) => setInput({ ...input, title: e.target.value })}
          />
          <p id={`${ids.title}-help`} className="help">
            {t('intake.field.title.help')}
          </p>
          {errors.title && (
            <p id={`${ids.title}-error`} className="field-error">
              {t(`error.${errors.title}`)}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.aware}>{t('intake.field.awareAt')}</label>
          <input
            id={ids.aware}
            name="awareAt"
            type="datetime-local"
            value={input.awareAt}
            aria-invalid={errors.awareAt ? true : undefined}
            aria-describedby={`${ids.aware}-help${errors.awareAt ? ` ${ids.aware}-error` : ''}`}
            onChange={(e) => setInput({ ...input, awareAt: e.target.value })}
          />
          <p id={`${ids.aware}-help`} className="help">
            {t('intake.field.awareAt.help', { zone: services.timeZone })}
          </p>
          {errors.awareAt && (
            <p id={`${ids.aware}-error`} className="field-error">
              {t(`error.${errors.awareAt}`)}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>
            {t('intake.submit')}
          </button>
          <button type="button" onClick={() => navigate({ name: 'dashboard' })}>
            {t('intake.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

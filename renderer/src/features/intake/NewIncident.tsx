import { Button } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { validateIntake, type IntakeErrors, type IntakeInput } from '../../../../shared/incident/intake';
import { toLocalInput } from '../../../../shared/time/zoned';
import { createIncident } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { errorText } from '../../ui/useRecordAction';
import { OptionalFields } from '../../ui/OptionalFields';
import { DraftNote, DraftPending } from '../../ui/drafts/DraftNote';
import { useDraft } from '../../ui/drafts/useDraft';
import { TextField } from '../../ui/fields';

const EMPTY_OPTIONAL = {
  role: 'controller',
  occurredFrom: '',
  occurredTo: '',
  discoveredAt: '',
  description: '',
} as const;

/**
 * The fast intake: a title and the moment of awareness start the 72-hour clock; role, when it
 * happened, when it was detected and a short description may follow, or stay "not known yet".
 */
export function NewIncident() {
  const t = useT();
  const services = useServices();
  const lang = useUi((s) => s.lang);
  const navigate = useUi((s) => s.navigate);
  const setFlash = useUi((s) => s.setFlash);
  const form = useRef<HTMLFormElement>(null);
  // What is typed is kept as a draft until saved: a reload or a crash in the middle loses nothing.
  const draft = useDraft<Required<IntakeInput>>('intake', '', () => ({
    ...EMPTY_OPTIONAL,
    title: '',
    awareAt: toLocalInput(services.now(), services.timeZone),
  }));
  const input = draft.value;
  const [errors, setErrors] = useState<IntakeErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Warnings are advice while typing; they never stop the save.
  const warnings = validateIntake(input, services.now(), services.timeZone).warnings ?? {};

  // After a refused save, the first field in error gets the focus.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const set = (patch: Partial<IntakeInput>) => draft.set((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const result = validateIntake(input, services.now(), services.timeZone);
    if (!result.ok) {
      setErrors(result.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setSaveError(null);
    setSaving(true);
    const ctx = () => ({ now: services.now(), actor: services.actor, newId: services.newId });
    try {
      // The description is written in the language the user works in.
      const incident = await createIncident(services.db, { ...result.value, lang }, ctx());
      draft.clear();
      const opened = { name: 'incident', id: incident.id } as const;
      setFlash({ key: 'intake.saved', params: { ref: incident.ref } }, opened);
      navigate(opened);
    } catch (error) {
      setSaveError(t('intake.saveFailed', { message: errorText(error, lang) }));
      setSaving(false);
    }
  }

  const error = (field: keyof IntakeInput) => (errors[field] ? t(`error.${errors[field]}`) : null);
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <section aria-labelledby="intake-title" className="intake surface">
      <h1 id="intake-title" className="ds-heading" data-size="md">
        {t('intake.title')}
      </h1>
      <p className="ds-paragraph">{t('intake.intro')}</p>
      {hasErrors && (
        <p role="alert" className="ds-alert form-error" data-color="danger">
          {t('intake.error.summary')}
        </p>
      )}
      {saveError && (
        <p role="alert" className="ds-alert form-error" data-color="danger">
          {saveError}
        </p>
      )}
      <DraftPending draft={draft} />
      {draft.ready && (
        <form ref={form} onSubmit={submit} noValidate>
          <DraftNote draft={draft} />
          <TextField
            label={t('intake.field.title')}
            help={t('intake.field.title.help')}
            error={error('title')}
            name="title"
            autoFocus
            required
            maxLength={400}
            value={input.title}
            onChange={(title) => set({ title })}
          />
          <TextField
            label={t('intake.field.awareAt')}
            help={t('intake.aware.help', { zone: services.timeZone })}
            error={error('awareAt')}
            name="awareAt"
            type="datetime-local"
            required
            value={input.awareAt}
            onChange={(awareAt) => set({ awareAt })}
          />
          <OptionalFields
            input={input}
            onChange={set}
            error={error}
            warning={(field) => (warnings[field] ? t(`warning.${warnings[field]}`) : null)}
          />
          <div className="actions">
            <Button type="submit" disabled={saving}>
              {t('intake.submit')}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                // Cancelled: what was typed is not kept for next time.
                draft.discard();
                navigate({ name: 'dashboard' });
              }}
            >
              {t('intake.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

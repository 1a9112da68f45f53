import { Button } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { DraftNote, DraftPending } from '../../ui/drafts/DraftNote';
import { useDraft } from '../../ui/drafts/useDraft';
import { validateIntake, type IntakeErrors, type IntakeInput } from '../../../../shared/incident/intake';
import type { Incident } from '../../../../shared/incident/model';
import { toLocalInput } from '../../../../shared/time/zoned';
import { updateDetails } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { OptionalFields } from '../../ui/OptionalFields';
import { TextField } from '../../ui/fields';
import { useRecordAction } from '../../ui/useRecordAction';
import { ActionOutcome } from '../../ui/ActionOutcome';

/** Title, the three moments and the description, checked by the same rules as the intake. */
export function DetailsForm({ incident }: { incident: Incident }) {
  const t = useT();
  const { db, now, timeZone } = useServices();
  const lang = useUi((s) => s.lang);
  const action = useRecordAction();
  const local = (iso: string | null) => (iso ? toLocalInput(new Date(iso), timeZone) : '');
  const draft = useDraft<Required<IntakeInput>>('details', incident.id, () => ({
    title: incident.title,
    awareAt: local(incident.awareAt),
    role: incident.role,
    occurredFrom: local(incident.occurredFrom),
    occurredTo: local(incident.occurredTo),
    discoveredAt: local(incident.discoveredAt),
    // The description in the language the user works in; the other language's text is kept.
    description: incident.description[lang],
  }));
  const input = draft.value;
  const form = useRef<HTMLFormElement>(null);
  // A restored draft is shown, not left folded away under "change".
  useEffect(() => {
    if (draft.restoredAt) form.current?.closest('details')?.setAttribute('open', '');
  }, [draft.restoredAt]);
  const [errors, setErrors] = useState<IntakeErrors>({});
  const warnings = validateIntake(input, now(), timeZone).warnings ?? {};
  const set = (patch: Partial<IntakeInput>) => draft.set((current) => ({ ...current, ...patch }));
  const error = (field: keyof IntakeInput) => (errors[field] ? t(`error.${errors[field]}`) : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateIntake(input, now(), timeZone);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const { title, awareAt, details = {} } = result.value;
    // Emptied fields go back to "not known yet".
    const patch = {
      title,
      awareAt,
      occurredFrom: details.occurredFrom ?? null,
      occurredTo: details.occurredTo ?? null,
      discoveredAt: details.discoveredAt ?? null,
      description: { ...incident.description, [lang]: details.description ?? '' },
    };
    if (await action.run((ctx) => updateDetails(db, incident.id, patch, ctx()), t('incident.when.saved'))) draft.clear(input);
  }

  if (!draft.ready) return <DraftPending draft={draft} />;
  return (
    <form ref={form} onSubmit={submit} noValidate className="details-form">
      <DraftNote draft={draft} />
      <TextField
        label={t('incident.when.title.label')}
        error={error('title')}
        required
        value={input.title}
        onChange={(title) => set({ title })}
      />
      <TextField
        label={t('intake.field.awareAt')}
        help={t('intake.aware.help', { zone: timeZone })}
        error={error('awareAt')}
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
        withRole={false}
      />
      <div className="actions">
        <Button type="submit" disabled={action.busy}>
          {t('incident.when.save')}
        </Button>
      </div>
      <ActionOutcome action={action} />
    </form>
  );
}

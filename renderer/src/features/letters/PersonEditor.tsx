import { Button } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { subjectLanguages, type Subject } from '../../../../shared/incident/subjects';
import { checkPerson, splitLetterAddress, type PersonForm, type PersonProblems } from '../../../../shared/subjects';
import { correctSubject } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useRecordAction } from '../../ui/useRecordAction';
import { ActionOutcome } from '../../ui/ActionOutcome';

/**
 * Art. 16: corrects one person's details, checked by the same rules as the import (a Norwegian
 * postal code has four digits). The history records which details changed, never their values.
 */
export function PersonEditor({ subject, onDone }: { subject: Subject; onDone(message: string | null): void }) {
  const t = useT();
  const id = useId();
  const lang = useUi((s) => s.lang);
  const { db } = useServices();
  const action = useRecordAction();
  const [form, setForm] = useState<PersonForm>(() => ({
    name: subject.name,
    ...splitLetterAddress(subject.address),
    email: subject.email ?? '',
    language: subject.language,
  }));
  const [problems, setProblems] = useState<PersonProblems>({});
  const set = (field: keyof PersonForm) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const problem = (field: keyof PersonForm) => problems[field]?.[lang] ?? null;

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = checkPerson(form);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems({});
    const { person } = checked;
    const unchanged =
      person.name === subject.name && person.address === subject.address && person.email === subject.email && person.language === subject.language;
    if (unchanged) return onDone(t('people.edit.unchanged'));
    const saved = await action.run((ctx) => correctSubject(db, subject.incidentId, subject.id, person, ctx()));
    if (saved) onDone(t('people.edit.saved', { name: person.name }));
  }

  const errorCount = Object.keys(problems).length;
  return (
    <form onSubmit={save} noValidate className="person-editor" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('people.edit.title', { name: subject.name })}</h3>
      {errorCount > 0 && (
        <p role="alert" className="ds-alert form-error" data-color="danger">
          {t('people.edit.errors')}
        </p>
      )}
      <TextField label={t('letters.field.name')} value={form.name} onChange={set('name')} error={problem('name')} required autoFocus />
      <TextAreaField label={t('letters.field.address')} help={t('people.field.street.help')} value={form.street} onChange={set('street')} error={problem('street')} rows={2} />
      <div className="person-place">
        <TextField label={t('letters.field.postalCode')} help={t('people.field.postalCode.help')} value={form.postalCode} onChange={set('postalCode')} error={problem('postalCode')} />
        <TextField label={t('letters.field.city')} value={form.city} onChange={set('city')} error={problem('city')} />
        <TextField label={t('letters.field.country')} help={t('people.field.country.help')} value={form.country} onChange={set('country')} error={problem('country')} />
      </div>
      <TextField label={t('letters.field.email')} value={form.email} onChange={set('email')} error={problem('email')} />
      <SelectField
        label={t('letters.field.language')}
        value={form.language}
        onChange={(language) => setForm((f) => ({ ...f, language }))}
        options={subjectLanguages.map((value) => ({ value, label: t(`letters.language.${value}`) }))}
      />
      <div className="actions">
        <Button type="submit" disabled={action.busy}>
          {t('people.edit.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)} disabled={action.busy}>
          {t('people.edit.cancel')}
        </Button>
      </div>
      <ActionOutcome action={action} />
    </form>
  );
}

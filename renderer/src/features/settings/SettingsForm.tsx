import { useId, useState, type FormEvent } from 'react';
import { languages } from '../../../../shared/i18n';
import type { Settings } from '../../../../shared/incident/settings';
import { saveProfile, saveSettings } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { Alert, Button, Fieldset } from '@digdir/designsystemet-react';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../ui/fields';
import {
  FIELD_ORDER,
  checkSettingsForm,
  formFromSettings,
  knownTimeZones,
  type SettingsErrors,
  type SettingsField,
  type SettingsForm as FormState,
} from './form';

/** The organisation, the DPO, the user and the display: checked whole, saved whole. */
export function SettingsForm({ settings }: { settings: Settings }) {
  const t = useT();
  const { db, now, newId } = useServices();
  const { lang, setLang, setFlash } = useUi();
  const base = useId();
  const id = (field: SettingsField) => `${base}-${field}`;
  // The language shown is the one the user reads in now: the profile's, or the system's before
  // the profile has said (saving then keeps it, rather than a default nobody chose).
  const [form, setForm] = useState<FormState>(() => ({ ...formFromSettings(settings), language: lang }));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const zonesId = `${base}-zones`;

  const set =
    <K extends SettingsField>(field: K) =>
    (value: FormState[K]) =>
      setForm((f) => ({ ...f, [field]: value }));
  const error = (field: SettingsField) => (errors[field] ? t(`settings.error.${errors[field]}`) : null);
  const text = (
    field: Exclude<SettingsField, 'hasDpo' | 'language'>,
    label: Parameters<typeof t>[0],
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      id={id(field)}
      label={t(label)}
      value={form[field]}
      error={error(field)}
      onChange={set(field)}
      {...extra}
    />
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaveError(null);
    const checked = checkSettingsForm(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = FIELD_ORDER.find((field) => checked.errors[field]);
      if (first) document.getElementById(id(first))?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const ctx = { now: now(), newId, actor: checked.profile.name ?? '' };
      await saveProfile(db, checked.profile, ctx);
      await saveSettings(db, checked.patch, ctx);
      setLang(checked.profile.language ?? form.language);
      // After the switch: the message is worded in the language just chosen.
      setFlash({ key: 'settings.saved' });
    } catch (caught) {
      setSaveError(
        t('settings.saveFailed', { message: caught instanceof Error ? caught.message : String(caught) }),
      );
    } finally {
      setSaving(false);
    }
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form onSubmit={submit} noValidate className="settings-form">
      {errorCount > 0 && (
        <Alert role="alert" data-color="danger" className="form-error">
          {t('settings.errorSummary', { count: errorCount })}
        </Alert>
      )}
      {saveError && (
        <Alert role="alert" data-color="danger" className="form-error">
          {saveError}
        </Alert>
      )}
      <Fieldset className="surface">
        <Fieldset.Legend>{t('settings.org.legend')}</Fieldset.Legend>
        {text('organisationName', 'settings.org.name', { autoComplete: 'organization' })}
        {text('orgNr', 'settings.org.orgNr', { help: t('settings.org.orgNr.help'), inputMode: 'numeric' })}
        <TextAreaField
          id={id('address')}
          label={t('settings.org.address')}
          help={t('settings.org.address.help')}
          rows={3}
          value={form.address}
          error={error('address')}
          onChange={set('address')}
        />
        {text('contactName', 'settings.org.contactName')}
        {text('contactEmail', 'settings.org.contactEmail', { type: 'email' })}
        {text('contactPhone', 'settings.org.contactPhone', { type: 'tel' })}
      </Fieldset>

      <Fieldset className="surface">
        <Fieldset.Legend>{t('settings.dpo.legend')}</Fieldset.Legend>
        <Checkbox id={id('hasDpo')} label={t('settings.dpo.has')} checked={form.hasDpo} onChange={set('hasDpo')} />
        {form.hasDpo ? (
          <>
            {text('dpoName', 'settings.dpo.name', { required: true })}
            {text('dpoEmail', 'settings.dpo.email', { type: 'email' })}
            {text('dpoPhone', 'settings.dpo.phone', { type: 'tel' })}
          </>
        ) : (
          <p className="ds-paragraph help" data-size="sm">
            {t('settings.dpo.none')}
          </p>
        )}
      </Fieldset>

      <Fieldset className="surface">
        <Fieldset.Legend>{t('settings.user.legend')}</Fieldset.Legend>
        {text('userName', 'settings.user.name', { help: t('settings.user.name.help'), autoComplete: 'name' })}
        {text('userRole', 'settings.user.role', { help: t('settings.user.role.help'), autoComplete: 'organization-title' })}
        {text('userEmail', 'settings.user.email', { type: 'email', autoComplete: 'email' })}
        {text('userPhone', 'settings.user.phone', { type: 'tel', autoComplete: 'tel' })}
        <SelectField
          id={id('language')}
          label={t('settings.user.language')}
          value={form.language}
          options={languages.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
          onChange={set('language')}
        />
        {text('timeZone', 'settings.user.timeZone', {
          help: t('settings.user.timeZone.help'),
          list: zonesId,
        })}
        <datalist id={zonesId}>
          {knownTimeZones().map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        {text('processorDeadlineHours', 'settings.processor.hours', {
          help: t('settings.processor.hours.help'),
          inputMode: 'numeric',
        })}
      </Fieldset>

      <div className="actions">
        <Button type="submit" disabled={saving}>
          {t('settings.save')}
        </Button>
      </div>
    </form>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { languages } from '../../../../shared/i18n';
import type { Settings } from '../../../../shared/incident/settings';
import { saveProfile, saveSettings } from '../../db/repository';
import { useServices, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { Field, SelectField } from '../../ui/Field';
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
  const { setLang, setFlash } = useUi();
  const base = useId();
  const id = (field: SettingsField) => `${base}-${field}`;
  const [form, setForm] = useState<FormState>(() => formFromSettings(settings));
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
    extra: Partial<Parameters<typeof Field>[0]> = {},
  ) => (
    <Field
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
        <p role="alert" className="form-error">
          {t('settings.errorSummary', { count: errorCount })}
        </p>
      )}
      {saveError && (
        <p role="alert" className="form-error">
          {saveError}
        </p>
      )}
      <fieldset>
        <legend>{t('settings.org.legend')}</legend>
        {text('organisationName', 'settings.org.name', { autoComplete: 'organization' })}
        {text('orgNr', 'settings.org.orgNr', { help: t('settings.org.orgNr.help'), inputMode: 'numeric' })}
        {text('address', 'settings.org.address', { help: t('settings.org.address.help'), multiline: true })}
        {text('contactName', 'settings.org.contactName')}
        {text('contactEmail', 'settings.org.contactEmail', { type: 'email' })}
        {text('contactPhone', 'settings.org.contactPhone', { type: 'tel' })}
      </fieldset>

      <fieldset>
        <legend>{t('settings.dpo.legend')}</legend>
        <div className="check">
          <input
            id={id('hasDpo')}
            type="checkbox"
            checked={form.hasDpo}
            onChange={(e) => set('hasDpo')(e.target.checked)}
          />
          <label htmlFor={id('hasDpo')}>{t('settings.dpo.has')}</label>
        </div>
        {form.hasDpo ? (
          <>
            {text('dpoName', 'settings.dpo.name', { required: true })}
            {text('dpoEmail', 'settings.dpo.email', { type: 'email' })}
            {text('dpoPhone', 'settings.dpo.phone', { type: 'tel' })}
          </>
        ) : (
          <p className="help">{t('settings.dpo.none')}</p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('settings.user.legend')}</legend>
        {text('userName', 'settings.user.name', { help: t('settings.user.name.help'), autoComplete: 'name' })}
        {text('userRole', 'settings.user.role', { help: t('settings.user.role.help'), autoComplete: 'organization-title' })}
        {text('userEmail', 'settings.user.email', { type: 'email', autoComplete: 'email' })}
        {text('userPhone', 'settings.user.phone', { type: 'tel', autoComplete: 'tel' })}
        <SelectField
          id={id('language')}
          label={t('settings.user.language')}
          value={form.language}
          options={languages.map((l) => [l, t(`lang.${l}`)] as const)}
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
      </fieldset>

      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {t('settings.save')}
        </button>
      </div>
    </form>
  );
}

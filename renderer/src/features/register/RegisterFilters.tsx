import { Button } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { incidentStatuses, registerRisks } from '../../../../shared/incident/model';
import { riskLabels, statusLabels } from '../../../../shared/register';
import { useT } from '../../services/context';
import { capitalise } from '../../documents/text';
import { useUi } from '../../state/ui';
import { SelectField, TextField } from '../../ui/fields';
import { EMPTY_FILTER, type RegisterFilterForm } from './filterForm';

/** The register's filter: period, status, risk, notified or not, and free text. */
export function RegisterFilters({
  form,
  years,
  problem,
  onChange,
}: {
  form: RegisterFilterForm;
  years: readonly number[];
  problem: 'bad-range' | null;
  onChange(form: RegisterFilterForm): void;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const id = useId();
  const set =
    <K extends keyof RegisterFilterForm>(key: K) =>
    (value: RegisterFilterForm[K]) =>
      onChange({ ...form, [key]: value });
  const any = { value: '', label: t('register.filter.any') } as const;

  return (
    <form
      className="no-print"
      role="search"
      aria-labelledby={`${id}-legend`}
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset className="surface">
        <legend id={`${id}-legend`}>{t('register.filters')}</legend>
        <div className="filters">
          <SelectField
            id={`${id}-period`}
            label={t('register.filter.period')}
            value={form.period}
            options={[
              { value: 'all', label: t('register.filter.period.all') },
              { value: 'year', label: t('register.filter.period.year') },
              { value: 'range', label: t('register.filter.period.range') },
            ]}
            onChange={(period) => onChange({ ...form, period, year: form.year || String(years[0] ?? '') })}
          />
          {form.period === 'year' && (
            <SelectField
              id={`${id}-year`}
              label={t('register.filter.year')}
              value={form.year}
              options={years.map((y) => ({ value: String(y), label: String(y) }))}
              onChange={set('year')}
            />
          )}
          {form.period === 'range' && (
            <>
              <TextField
                id={`${id}-from`}
                type="date"
                label={t('register.filter.from')}
                value={form.from}
                onChange={set('from')}
              />
              <TextField
                id={`${id}-to`}
                type="date"
                label={t('register.filter.to')}
                value={form.to}
                onChange={set('to')}
                error={problem === 'bad-range' ? t('register.filter.badRange') : null}
              />
            </>
          )}
          <SelectField
            id={`${id}-status`}
            label={t('register.filter.status')}
            value={form.status}
            options={[any, ...incidentStatuses.map((s) => ({ value: s, label: capitalise(statusLabels[s][lang]) }))]}
            onChange={set('status')}
          />
          <SelectField
            id={`${id}-risk`}
            label={t('register.filter.risk')}
            value={form.risk}
            options={[any, ...registerRisks.map((r) => ({ value: r, label: capitalise(riskLabels[r][lang]) }))]}
            onChange={set('risk')}
          />
          <SelectField
            id={`${id}-notified`}
            label={t('register.filter.notified')}
            value={form.notified}
            options={[any, { value: 'yes', label: t('register.filter.yes') }, { value: 'no', label: t('register.filter.no') }]}
            onChange={set('notified')}
          />
          <TextField
            id={`${id}-text`}
            type="search"
            label={t('register.filter.text')}
            value={form.text}
            onChange={set('text')}
          />
        </div>
        <Button variant="tertiary" className="link-button" onClick={() => onChange(EMPTY_FILTER)}>
          {t('register.filter.reset')}
        </Button>
      </fieldset>
    </form>
  );
}

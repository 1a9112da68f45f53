import { useId } from 'react';
import {
  OTHER_AUTHORITIES,
  POLICE_STATUSES,
  type OtherAuthorityKind,
  type PoliceStatus,
} from '../../../../../shared/incident/vocabulary';
import { useServices, useT } from '../../../services/context';
import { RadioGroup, SelectField, TextField } from '../../../ui/fields';
import { RowList } from '../../../ui/RowList';
import { newAuthority, type OthersDraft } from './othersDraft';
import { YesNoAnswer } from './RecordSection';
import type { DetailsSection } from './useDetailsSection';

type Section = { section: DetailsSection<OthersDraft> };

/** EDPB template 109: reported to the police; when, and under which case number. */
export function PoliceEditor({ section }: Section) {
  const t = useT();
  const { timeZone } = useServices();
  const { draft, set } = section;
  const name = useId();
  const police = draft.police;
  const change = (patch: Partial<OthersDraft['police']>) => set({ police: { ...police, ...patch } });
  return (
    <div className="record-group">
      <RadioGroup<PoliceStatus | ''>
        legend={t('record.police.legend')}
        name={name}
        value={police.status}
        onChange={(status) => change({ status })}
        options={[
          ...POLICE_STATUSES.map((value) => ({ value, label: t(`record.police.${value}`) })),
          { value: '', label: t('record.notAnswered') },
        ]}
      />
      {police.status === 'yes' && (
        <div className="field-row">
          <TextField
            label={t('record.police.reportedAt')}
            help={t('record.time.help', { zone: timeZone })}
            type="datetime-local"
            value={police.reportedAt}
            error={section.problem('police.reportedAt')}
            onChange={(reportedAt) => change({ reportedAt })}
          />
          <TextField
            label={t('record.police.caseNumber')}
            value={police.caseNumber}
            error={section.problem('police.caseNumber')}
            onChange={(caseNumber) => change({ caseNumber })}
          />
        </div>
      )}
    </div>
  );
}

/** EDPB template 110–111: other authorities told of the incident (NSM, Nkom, another country's DPA …). */
export function AuthoritiesEditor({ section }: Section) {
  const t = useT();
  const { timeZone } = useServices();
  const { draft, set } = section;
  return (
    <div className="record-group">
      <YesNoAnswer
        legend={t('record.authorities.legend')}
        help={t('record.authorities.help')}
        value={draft.authoritiesNotified}
        onChange={(authoritiesNotified) => set({ authoritiesNotified })}
      />
      {draft.authoritiesNotified === 'yes' && (
        <RowList
          legend={t('record.authorities.list')}
          empty={t('record.authorities.none')}
          rows={draft.authorities}
          onChange={(authorities) => set({ authorities })}
          newRow={newAuthority}
          rowLegend={(n) => t('record.authority.legend', { n })}
          addLabel={t('record.authority.add')}
          removeLabel={(n) => t('record.authority.remove', { n })}
          error={section.problem('otherAuthorities')}
        >
          {(authority, index, change) => {
            const at = (field: string) => section.problem(`otherAuthorities.${index}.${field}`);
            return (
              <>
                <div className="field-row">
                  <SelectField<OtherAuthorityKind>
                    label={t('record.authority.kind')}
                    value={authority.kind}
                    onChange={(kind) => change({ kind })}
                    options={OTHER_AUTHORITIES.map((value) => ({
                      value,
                      label: t(`record.otherAuthority.${value}`),
                    }))}
                  />
                  <TextField
                    label={t('record.authority.name')}
                    help={t('record.authority.name.help')}
                    value={authority.name}
                    error={at('name')}
                    onChange={(name) => change({ name })}
                  />
                </div>
                <div className="field-row">
                  <TextField
                    label={t('record.authority.notifiedAt')}
                    help={t('record.time.help', { zone: timeZone })}
                    type="datetime-local"
                    value={authority.notifiedAt}
                    error={at('notifiedAt')}
                    onChange={(notifiedAt) => change({ notifiedAt })}
                  />
                  <TextField
                    label={t('record.authority.reference')}
                    value={authority.reference}
                    error={at('reference')}
                    onChange={(reference) => change({ reference })}
                  />
                </div>
              </>
            );
          }}
        </RowList>
      )}
    </div>
  );
}

/** EDPB template 113–118; Art. 56: cross-border processing, its lead authority and the countries. */
export function CrossBorderEditor({ section }: Section) {
  const t = useT();
  const { draft, set } = section;
  const crossBorder = draft.crossBorder;
  const change = (patch: Partial<OthersDraft['crossBorder']>) =>
    set({ crossBorder: { ...crossBorder, ...patch } });
  return (
    <div className="record-group">
      <YesNoAnswer
        legend={t('record.crossBorder.legend')}
        help={t('record.crossBorder.help')}
        value={crossBorder.status}
        onChange={(status) => change({ status })}
      />
      {crossBorder.status === 'yes' && (
        <div className="field-row">
          <TextField
            label={t('record.crossBorder.leadAuthority')}
            value={crossBorder.leadAuthority}
            error={section.problem('crossBorder.leadAuthority')}
            onChange={(leadAuthority) => change({ leadAuthority })}
          />
          <TextField
            label={t('record.crossBorder.countries')}
            help={t('record.crossBorder.countries.help')}
            value={crossBorder.countries}
            error={section.problem('crossBorder.countries')}
            onChange={(countries) => change({ countries })}
          />
        </div>
      )}
    </div>
  );
}

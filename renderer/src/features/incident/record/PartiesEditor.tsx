import { PARTY_ROLES, type PartyRole } from '../../../../../shared/incident/vocabulary';
import { useT } from '../../../services/context';
import { SelectField, TextField } from '../../../ui/fields';
import { RowList } from '../../../ui/RowList';
import { newParty, type OthersDraft } from './othersDraft';
import { TextAnswer, YesNoAnswer } from './RecordSection';
import type { DetailsSection } from './useDetailsSection';

/** EDPB template 38–41: processors, sub-processors, joint controllers and partners, added and removed as rows. */
export function PartiesEditor({ section }: { section: DetailsSection<OthersDraft> }) {
  const t = useT();
  const { draft, set } = section;
  return (
    <div className="record-group">
      <YesNoAnswer
        legend={t('record.parties.legend')}
        help={t('record.parties.help')}
        value={draft.partiesInvolved}
        onChange={(partiesInvolved) => set({ partiesInvolved })}
      />
      {draft.partiesInvolved === 'yes' && (
        <RowList
          legend={t('record.parties.list')}
          empty={t('record.parties.none')}
          rows={draft.parties}
          onChange={(parties) => set({ parties })}
          newRow={newParty}
          rowLegend={(n) => t('record.party.legend', { n })}
          addLabel={t('record.party.add')}
          removeLabel={(n) => t('record.party.remove', { n })}
          error={section.problem('otherParties')}
        >
          {(party, index, change) => {
            const at = (field: string) => section.problem(`otherParties.${index}.${field}`);
            return (
              <>
                <div className="field-row">
                  <SelectField<PartyRole>
                    label={t('record.party.role')}
                    value={party.role}
                    onChange={(role) => change({ role })}
                    options={PARTY_ROLES.map((value) => ({ value, label: t(`record.partyRole.${value}`) }))}
                  />
                  <TextField
                    label={t('record.party.name')}
                    required
                    value={party.name}
                    error={at('name')}
                    onChange={(name) => change({ name })}
                  />
                </div>
                <TextField
                  label={t('record.party.contact')}
                  value={party.contact}
                  error={at('contact')}
                  onChange={(contact) => change({ contact })}
                />
                <TextAnswer
                  section={section}
                  field="otherParties"
                  path={`otherParties.${index}.detail`}
                  label={t('record.party.detail')}
                  rows={2}
                  value={party.detail}
                  onChange={(detail) => change({ detail })}
                />
              </>
            );
          }}
        </RowList>
      )}
    </div>
  );
}

import { useId } from 'react';
import { languages, type Lang } from '../../../../shared/i18n';
import { useT } from '../../services/context';
import type { NoticePhase } from '../../../../shared/documents/record/notification';
import { SelectField } from '../../ui/fields';
import type { NoticeChoices, NoticeKind } from './documentModel';

/** The document's language, which document (a processor's choice), phased or complete, and the controller. */
export function DocumentOptions({
  lang,
  onLang,
  choices,
  onChoices,
  processor,
}: {
  lang: Lang;
  onLang(lang: Lang): void;
  choices: NoticeChoices;
  onChoices(choices: NoticeChoices): void;
  processor: boolean;
}) {
  const t = useT();
  const id = useId();
  return (
    <form className="no-print" onSubmit={(e) => e.preventDefault()} aria-labelledby={`${id}-legend`}>
      <fieldset className="surface">
        <legend id={`${id}-legend`}>{t('notification.options')}</legend>
        <div className="two-col">
          <SelectField
            id={`${id}-lang`}
            label={t('notification.lang')}
            value={lang}
            options={languages.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
            onChange={onLang}
          />
          {processor && (
            <SelectField<NoticeKind>
              id={`${id}-kind`}
              label={t('notification.kind')}
              value={choices.kind}
              options={[
                { value: 'controller', label: t('notification.kind.controller') },
                { value: 'authority', label: t('notification.kind.authority') },
              ]}
              onChange={(kind) => onChoices({ ...choices, kind })}
            />
          )}
          {choices.kind === 'authority' && (
            <SelectField<NoticePhase>
              id={`${id}-phase`}
              label={t('notification.phase')}
              value={choices.phase}
              options={[
                { value: 'phased', label: t('notification.phase.phased') },
                { value: 'complete', label: t('notification.phase.complete') },
              ]}
              onChange={(phase) => onChoices({ ...choices, phase })}
            />
          )}
        </div>
      </fieldset>
    </form>
  );
}

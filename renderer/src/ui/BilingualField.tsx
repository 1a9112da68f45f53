import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { Bilingual } from '../../../shared/incident/text';
import { useT } from '../services/context';
import { useUi } from '../state/ui';
import { TextAreaField, TextField, type FieldText } from './fields';

/**
 * A text of the record that may reach a document in either language: written in the user's
 * language, with the other language's version one click away (shown at once when it exists). A
 * document in a language that has no version says so instead of mixing languages.
 */
export function BilingualField({
  value,
  onChange,
  multiline = true,
  rows,
  maxLength,
  required,
  otherError,
  ...text
}: FieldText & {
  value: Bilingual;
  /** What is wrong with the other language's version (`error` is the user's language's). */
  otherError?: string | null;
  onChange: (value: Bilingual) => void;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  required?: boolean;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const other = lang === 'nb' ? 'en' : 'nb';
  const [showOther, setShowOther] = useState(() => value[other].trim() !== '');
  const otherShown = showOther || value[other].trim() !== '' || Boolean(otherError);
  const control = (props: { label: string; value: string; onChange: (v: string) => void } & Partial<FieldText>) =>
    multiline ? <TextAreaField {...props} rows={rows} maxLength={maxLength} /> : <TextField {...props} maxLength={maxLength} />;
  const otherLabel = t(other === 'en' ? 'ui.bilingual.inEnglish' : 'ui.bilingual.inBokmal', { label: text.label });
  return (
    <div className="bilingual">
      {control({ ...text, value: value[lang], onChange: (v) => onChange({ ...value, [lang]: v }), ...(required && { required }) })}
      {otherShown ? (
        control({ label: otherLabel, value: value[other], error: otherError, onChange: (v) => onChange({ ...value, [other]: v }) })
      ) : (
        <Button variant="tertiary" className="link-button" onClick={() => setShowOther(true)}>
          {t(other === 'en' ? 'ui.bilingual.addEnglish' : 'ui.bilingual.addBokmal')}
        </Button>
      )}
    </div>
  );
}

import { languages, type Lang } from '../../../shared/i18n';
import { useT } from '../services/context';
import { useUi } from '../state/ui';

/**
 * The UI language, chosen by the user: shown at once, and kept in their profile once the record is
 * open (before that, at the protection gate, there is no profile to keep it in).
 */
export function LanguageSwitch() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const chooseLang = useUi((s) => s.chooseLang);
  return (
    <label className="lang-switch">
      <span>{t('lang.label')}</span>
      <select value={lang} onChange={(e) => chooseLang(e.target.value as Lang)}>
        {languages.map((l) => (
          <option key={l} value={l}>
            {t(`lang.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

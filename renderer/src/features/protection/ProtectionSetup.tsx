import { useT } from '../../services/context';
import type { ProtectionChoice } from '../../db/encryption/protection';
import { ProtectionChoiceForm } from '../../ui/ProtectionChoice';

/** Before the record opens, when nobody has chosen yet. */
export function ProtectionSetup({ legacy, keychain, onChoose }: { legacy: boolean; keychain: boolean; onChoose: (choice: ProtectionChoice) => Promise<string | null> }) {
  const t = useT();
  return (
    <section className="gate panel" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('protection.setup.title')}</h1>
      <p>{t('protection.setup.intro')}</p>
      {legacy && <p className="notice notice--warn">{t('protection.setup.legacy')}</p>}
      <ProtectionChoiceForm keychain={keychain} allowNone submitLabel={t('protection.setup.submit')} onChoose={onChoose} />
    </section>
  );
}

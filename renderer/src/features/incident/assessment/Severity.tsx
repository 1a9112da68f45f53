import type { Severity as EnisaSeverity } from '../../../../../shared/assessment';
import { useT } from '../../../services/context';
import { useUi } from '../../../state/ui';

/** ENISA 2013 severity with its parts: advisory, shown so a DPO sees how the score was reached. */
export function Severity({ severity }: { severity: EnisaSeverity }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const number = (n: number) =>
    n.toLocaleString(lang === 'nb' ? 'nb-NO' : 'en-GB', { maximumFractionDigits: 2 });
  const level = t(`incident.severity.level.${severity.level}`);
  return (
    <section aria-labelledby="severity-title" className="severity" data-testid="severity">
      <h3 id="severity-title">{t('incident.severity.title')}</h3>
      <p className={`severity-score severity--${severity.level}`}>
        {t('incident.severity.score', { score: number(severity.score), level })}
      </p>
      <dl className="severity-parts">
        <div>
          <dt>{t('incident.severity.dpc')}</dt>
          <dd>{number(severity.dpc)}</dd>
        </div>
        <div>
          <dt>{t('incident.severity.ei')}</dt>
          <dd>{number(severity.ei)}</dd>
        </div>
        <div>
          <dt>{t('incident.severity.cb')}</dt>
          <dd>{number(severity.cb)}</dd>
        </div>
      </dl>
      <p className="help">
        {t('incident.severity.formula', {
          dpc: number(severity.dpc),
          ei: number(severity.ei),
          cb: number(severity.cb),
          score: number(severity.score),
        })}
      </p>
      <p className="help">{t('incident.severity.advisory')}</p>
    </section>
  );
}

import { Button } from '@digdir/designsystemet-react';
import { formatInstant } from '../../../../shared/deadline';
import { formatNumber } from '../../../../shared/i18n/numbers';
import { registerRisks } from '../../../../shared/incident/model';
import type { PortfolioFigures } from '../../../../shared/portfolio';
import { riskLabels } from '../../../../shared/register';
import { capitalise } from '../../documents/text';
import { useDocumentSettings } from '../../documents/useSettings';
import { usePortfolio } from '../../queries/usePortfolio';
import { useNow, useT } from '../../services/context';
import { useUi } from '../../state/ui';
import { RouteLink } from '../../ui/RouteLink';
import '../../documents/screens.css';
import './portfolio.css';

/**
 * Management's portfolio (#/portfolio): the open incidents, the overdue and the nearly due, how the
 * deadlines were kept over the last 12 months and the risk mix. Printable as it stands.
 */
export function PortfolioScreen() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { timeZone } = useDocumentSettings();
  const now = useNow(60_000);
  const figures = usePortfolio(now);
  const day = (at: Date) => formatInstant(at, lang, timeZone).split(' ')[0]!;

  return (
    <section aria-labelledby="portfolio-title" className="screen portfolio">
      <div className="section-head">
        <h1 id="portfolio-title">{t('portfolio.title')}</h1>
        <Button variant="secondary" className="no-print" onClick={() => window.print()}>
          {t('portfolio.print')}
        </Button>
      </div>
      <p>{t('portfolio.intro')}</p>
      <p className="help">{t('portfolio.asOf', { now: formatInstant(now, lang, timeZone), zone: timeZone })}</p>
      {figures === undefined ? (
        <p>{t('portfolio.loading')}</p>
      ) : (
        <>
          <KeyFigures figures={figures} since={day(figures.since)} />
          <Attention figures={figures} timeZone={timeZone} />
          <RiskMix figures={figures} since={day(figures.since)} />
        </>
      )}
    </section>
  );
}

function KeyFigures({ figures, since }: { figures: PortfolioFigures; since: string }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { onTime, total, share } = figures.notified;
  return (
    <section aria-labelledby="portfolio-figures">
      <h2 id="portfolio-figures">{t('portfolio.figures')}</h2>
      <dl className="portfolio-figures" data-testid="portfolio-figures">
        <div>
          <dt>{t('portfolio.open')}</dt>
          <dd>{formatNumber(lang, figures.open)}</dd>
        </div>
        <div data-state={figures.overdue > 0 ? 'overdue' : undefined}>
          <dt>{t('portfolio.overdue')}</dt>
          <dd>{formatNumber(lang, figures.overdue)}</dd>
        </div>
        <div data-state={figures.dueSoon > 0 ? 'due-soon' : undefined}>
          <dt>{t('portfolio.dueSoon')}</dt>
          <dd>{formatNumber(lang, figures.dueSoon)}</dd>
        </div>
        <div>
          <dt>{t('portfolio.onTime')}</dt>
          <dd>
            {share === null
              ? t('portfolio.onTime.none')
              : t('portfolio.onTime.value', { onTime: formatNumber(lang, onTime), total: formatNumber(lang, total), percent: formatNumber(lang, share * 100) })}
          </dd>
        </div>
      </dl>
      <p className="help">{t('portfolio.onTime.help', { since })}</p>
    </section>
  );
}

function Attention({ figures, timeZone }: { figures: PortfolioFigures; timeZone: string }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  return (
    <section aria-labelledby="portfolio-attention">
      <h2 id="portfolio-attention">{t('portfolio.attention')}</h2>
      {figures.attention.length === 0 ? (
        <p className="empty">{t('portfolio.attention.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="ds-table data-table" aria-labelledby="portfolio-attention">
            <thead>
              <tr>
                <th scope="col">{t('portfolio.col.incident')}</th>
                <th scope="col">{t('portfolio.col.deadline')}</th>
                <th scope="col">{t('portfolio.col.standing')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.attention.map(({ incident, state, due }) => (
                <tr key={incident.id}>
                  <td>
                    <RouteLink to={{ name: 'incident', id: incident.id }}>
                      <span className="ref">{incident.ref}</span> {incident.title}
                    </RouteLink>
                  </td>
                  <td>{formatInstant(due, lang, timeZone)}</td>
                  <td>
                    <span className="ds-tag" data-color={state === 'overdue' ? 'danger' : 'warning'} data-state={state}>
                      {t(`portfolio.state.${state}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RiskMix({ figures, since }: { figures: PortfolioFigures; since: string }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const most = Math.max(1, ...registerRisks.map((risk) => figures.risk.year[risk]));
  return (
    <section aria-labelledby="portfolio-risk">
      <h2 id="portfolio-risk">{t('portfolio.risk')}</h2>
      <table className="ds-table data-table portfolio-risk" data-testid="portfolio-risk">
        <caption className="visually-hidden">{t('portfolio.risk.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('portfolio.risk.col.risk')}</th>
            <th scope="col" className="num">
              {t('portfolio.risk.col.open')}
            </th>
            <th scope="col" className="num">
              {t('portfolio.risk.col.year')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...registerRisks].reverse().map((risk) => (
            <tr key={risk}>
              <th scope="row">{capitalise(riskLabels[risk][lang])}</th>
              <td className="num">{formatNumber(lang, figures.risk.open[risk])}</td>
              <td className="num portfolio-year">
                {formatNumber(lang, figures.risk.year[risk])}
                {/* The year's number as a bar too; the figure says it in words. */}
                <span aria-hidden="true" className={`portfolio-bar portfolio-bar--${risk}`} style={{ width: `${(figures.risk.year[risk] / most) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="help">{t('portfolio.risk.help', { since })}</p>
    </section>
  );
}

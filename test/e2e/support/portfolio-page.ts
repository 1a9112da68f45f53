import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../../../shared/i18n';
import { mainNav } from './document-pages';
import { Words } from './incident-pages';

// Management's portfolio, reached from the menu as a manager would.

export class PortfolioPage extends Words {
  constructor(
    readonly page: Page,
    lang: Lang = 'nb',
  ) {
    super(lang);
  }

  async open(): Promise<this> {
    await mainNav(this.page, this.t('nav.main')).getByRole('link', { name: this.t('nav.portfolio'), exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: this.t('portfolio.title') }).waitFor();
    return this;
  }

  /** The figure under a heading of the key figures, as shown. */
  figure(key: Parameters<Words['t']>[0]): Locator {
    return this.page.getByTestId('portfolio-figures').locator('div').filter({ has: this.page.getByText(this.t(key), { exact: true }) }).locator('dd');
  }

  attention(): Locator {
    return this.page.getByRole('table', { name: this.t('portfolio.attention') });
  }
}

import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import { makeServices, renderApp } from '../harness';
import { useUi } from '../../../renderer/src/state/ui';
import { mergeHistory } from '../../../renderer/src/db/backup';
import { ensureSettings, trustInstallation } from '../../../renderer/src/db/repository';
import { translate } from '../../../shared/i18n';
import { conflictingDecisions } from '../db/trustLaptops';

// Settings → installations and keys, once decisions from several laptops have arrived: whether each
// is trusted by the rule the history's check applies, and who decided, from which laptop.

const NOW = new Date('2026-03-03T09:00:00Z');
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('nb', key, params);

afterEach(cleanup);

describe('installations trusted on several laptops', () => {
  it('names who trusted each key and who withdrew one, and offers no trust a withdrawal elsewhere would overrule', async () => {
    const services = makeServices(NOW);
    const { db } = services;
    await ensureSettings(db, { now: NOW, newId: services.newId });
    const { dpo, boss, x } = await conflictingDecisions();
    const events = [...dpo.recorder.events, ...boss.recorder.events];
    await mergeHistory(db, { events, installations: [dpo.record, boss.record, x.record], subjects: [], attachmentFiles: [], heads: [] });
    const ctx = { now: new Date('2026-03-02T09:00:00Z'), actor: 'Kari Nordmann', newId: services.newId };
    await trustInstallation(db, dpo.id, ctx);
    await trustInstallation(db, boss.id, ctx);

    renderApp(services);
    act(() => useUi.setState({ route: { name: 'settings' } }));
    const panel = await screen.findByTestId('installations', {}, { timeout: 10_000 });
    const row = (id: string) => within(panel.querySelector<HTMLElement>(`[data-installation="${id}"]`)!);

    expect(await row(dpo.id).findByText(/^Godkjent av Kari Nordmann fra denne maskinen /)).toBeTruthy();
    const withdrawn = row(x.id);
    expect(await withdrawn.findByText(/^Godkjenningen er trukket tilbake av Ingrid Berg fra maskinen til Ingrid Berg \(Personvernombud\) /)).toBeTruthy();
    expect(withdrawn.getByText(t('installations.withdrawnElsewhere'))).toBeTruthy();
    // Management's later trust does not count against the DPO's withdrawal, and is not shown as if it did.
    expect(withdrawn.queryByText(/Ola Leder/)).toBeNull();
    expect(withdrawn.queryByRole('button', { name: t('installations.trust') })).toBeNull();
    expect(panel.querySelector(`[data-installation="${x.id}"]`)?.getAttribute('data-trusted')).toBe('false');
  });
});

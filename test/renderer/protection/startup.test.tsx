import { describe, expect, it, vi } from 'vitest';
import '../register/timeouts';
import Dexie from 'dexie';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { STORES_V3 } from '../../../renderer/src/db/database';
import { Start } from '../../../renderer/src/app/Start';
import { choose, startUp, unlock } from '../../../renderer/src/app/startup';
import type * as Storage from '../../../renderer/src/db/encryption/storage';
import { createIncident } from '../../../renderer/src/db/repository';
import { useUi } from '../../../renderer/src/state/ui';
import { rawRows } from '../db/encryption/support';
import { inspectDatabase } from '../../../renderer/src/db/encryption/inspect';
import { uniqueName, writer } from '../db/support';
import { ProtectionPanel } from '../../../renderer/src/features/settings/ProtectionPanel';
import { renderScreen, screenServices } from '../register/render';

// Before the record opens. The key file lives in memory here, one per database, as a disk would
// keep it; `keychain` says whether this "machine" has a usable OS keychain.
const machine = vi.hoisted(() => ({ keychain: false, stores: new Map<string, unknown>() }));
vi.mock('../../../renderer/src/db/encryption/storage', async (importOriginal) => {
  const real = await importOriginal<typeof Storage>();
  return {
    ...real,
    keyFileStore: (name: string) => {
      if (!machine.stores.has(name)) machine.stores.set(name, real.memoryKeyFileStore({ keychain: machine.keychain }));
      return machine.stores.get(name);
    },
  };
});

const PASSPHRASE = 'tre små katter på taket';

/** A new profile on a machine without a keychain, protected by PASSPHRASE and closed again. */
async function passphraseProfile(label: string): Promise<string> {
  machine.keychain = false;
  const name = uniqueName(label);
  const first = await startUp(name);
  if (first.kind !== 'choose') throw new Error(first.kind);
  const ready = await choose(name, { mode: 'passphrase', passphrase: PASSPHRASE }, first.store);
  if (ready.kind === 'ready') ready.db.close();
  return name;
}

describe('before the record opens', { timeout: 60_000 }, () => {
  it('asks a new browser profile how to protect it, then unlocks it with the passphrase only', async () => {
    machine.keychain = false;
    const name = uniqueName('start');
    const first = await startUp(name);
    expect(first).toMatchObject({ kind: 'choose', legacy: false, keychain: false });
    if (first.kind !== 'choose') return;
    const ready = await choose(name, { mode: 'passphrase', passphrase: PASSPHRASE }, first.store);
    if (ready.kind !== 'ready') throw new Error(ready.kind);
    await createIncident(ready.db, { title: 'Innbrudd', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' }, writer());
    ready.db.close();

    const again = await startUp(name);
    expect(again.kind).toBe('unlock');
    if (again.kind !== 'unlock') return;
    expect(await unlock(name, again.store, again.record, 'ikke passordet')).toEqual({ code: 'wrong-passphrase' });
    const opened = await unlock(name, again.store, again.record, PASSPHRASE);
    expect('kind' in opened && opened.kind).toBe('ready');
    if ('kind' in opened && opened.kind === 'ready') expect((await opened.db.incidents.toArray())[0]?.title).toBe('Innbrudd');
  });

  it('encrypts a new desktop profile with the OS keychain without asking, and opens it so again', async () => {
    machine.keychain = true;
    const name = uniqueName('keychain');
    const first = await startUp(name);
    expect(first.kind).toBe('ready');
    if (first.kind === 'ready') first.db.close();
    const again = await startUp(name);
    expect(again.kind).toBe('ready');
    if (again.kind === 'ready') expect(await again.db.vault.get('protection')).toMatchObject({ mode: 'keychain' });
  });

  it('offers to encrypt a profile made before encryption, and keeps it clear only when told to', async () => {
    machine.keychain = false;
    const name = uniqueName('legacy');
    const old = new Dexie(name);
    old.version(3).stores(STORES_V3);
    await old.open();
    old.close();
    const first = await startUp(name);
    expect(first).toMatchObject({ kind: 'choose', legacy: true });
    if (first.kind !== 'choose') return;
    const ready = await choose(name, { mode: 'none' }, first.store, new Date('2026-03-01T00:00:00Z'));
    if (ready.kind === 'ready') ready.db.close();
    const again = await startUp(name);
    expect(again.kind).toBe('ready');
    if (again.kind === 'ready') expect((await rawRows(name, 'settings'))[0]).not.toHaveProperty('$sealed');
  });

  it('acts on the look at the database the page began before its code arrived, and opens as usual if that look failed', async () => {
    const name = await passphraseProfile('early-look');
    // The look begun early is the one acted on: this profile asks for its passphrase.
    const early = inspectDatabase(name);
    expect(await startUp(name, early)).toMatchObject({ kind: 'unlock', record: { mode: 'passphrase' } });
    // A look that failed is no answer: the record is opened as without one, which refuses it locked.
    const failed = await startUp(name, Promise.reject(new Error('IndexedDB open failed')));
    expect(failed).toMatchObject({ kind: 'failed', error: { code: 'database-locked' } });
  });

  it('the unlock screen refuses a wrong passphrase, says so, and opens the app with the right one', async () => {
    const name = await passphraseProfile('screen');
    useUi.setState({ lang: 'nb', route: { name: 'dashboard' }, flash: null });
    render(<Start initial={await startUp(name)} />);
    const user = userEvent.setup();
    // The unlock screen is its own chunk, fetched when the gate shows.
    expect(await screen.findByRole('heading', { name: 'Lås opp Avvik' }, { timeout: 10_000 })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Passord'), 'feil passord her');
    await user.click(screen.getByRole('button', { name: 'Lås opp' }));
    expect(await screen.findByText('Feil passord. Ingenting er endret; prøv igjen.', {}, { timeout: 15_000 })).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Passord'));
    await user.type(screen.getByLabelText('Passord'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Lås opp' }));
    expect(await screen.findByRole('navigation', { name: 'Hovedmeny' }, { timeout: 15_000 })).toBeInTheDocument();
  });
});

describe('Settings says how the data is protected', { timeout: 30_000 }, () => {
  it('plainly, when the profile was chosen to stay unencrypted', async () => {
    machine.keychain = false;
    const name = uniqueName('settings-clear');
    const first = await startUp(name);
    if (first.kind !== 'choose') throw new Error(first.kind);
    const ready = await choose(name, { mode: 'none' }, first.store, new Date('2026-03-01T10:00:00Z'));
    if (ready.kind !== 'ready') throw new Error(ready.kind);
    renderScreen({ ...screenServices(new Date('2026-03-02T10:00:00Z')), db: ready.db }, <ProtectionPanel />);
    expect(await screen.findByText(/Dataene på denne maskinen er ikke kryptert\. Det ble valgt 2026-03-01\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Krypter dataene nå …' })).toBeInTheDocument();
  });

  it('and that it is encrypted, and how its key is kept', async () => {
    machine.keychain = true;
    const name = uniqueName('settings-keychain');
    const ready = await startUp(name);
    if (ready.kind !== 'ready') throw new Error(ready.kind);
    renderScreen({ ...screenServices(new Date('2026-03-02T10:00:00Z')), db: ready.db }, <ProtectionPanel />, 'en');
    expect(await screen.findByText("The data on this machine is encrypted (AES-256-GCM). Its key is protected by the operating system's keychain.")).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Encrypt the data now …' })).toBeNull();
  });
});

import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, passGate, type RunningApp } from './support/app';
import { LettersPage, RegisterPage, SettingsPage, logIncident } from './support/document-pages';
import { filesHolding, idsIn, keysIn, namesOpened, personRowsIn, profileFiles, type RawFile } from './support/forensics';
import { Words } from './support/incident-pages';
import { PeoplePanel } from './support/people-pages';
import { axeViolations } from './support/axe';
import { screenshot } from './support/screenshots';

// What is left on disk. A journey on an encrypted profile, then the raw files of the Chromium
// profile read as a thief of the disk would: none of the journey's text is there, in any encoding.
// Then a person is erased, and with the passphrase and every file of the profile (old IndexedDB
// blocks included), that person's data cannot be opened any more; an older backup does not bring
// them back. A clear profile, read the same way, shows the search can see text at all.

const NOW = new Date('2026-11-25T09:00:00Z');
const PASSPHRASE = 'fjord kanel trapp lykt';
const FILE_PASSPHRASE = 'reserve nokkel til filen';
// Distinctive ASCII: Chromium stores strings as Latin-1 or UTF-16, and both are searched.
const TITLE = 'Quokkafjell lonnsliste lekket';
const DESCRIPTION = 'Zebulonregnearket med personnummer var delt med hele kommunen';
const ERASED = { name: 'Ingvild Xylofonsen', address: 'Vrimlegata 17', email: 'ingvild.xylofonsen@example.no' };
const KEPT = { name: 'Torbjorn Quarzheim', address: 'Blinkveien 4', email: 'torbjorn.quarzheim@example.no' };
const CSV = [
  'Navn;Adresse;Postnummer;Poststed;E-post;Språk',
  `${ERASED.name};${ERASED.address};9008;Tromso;${ERASED.email};nb`,
  `${KEPT.name};${KEPT.address};0150;Oslo;${KEPT.email};nb`,
].join('\r\n');

// Typed into the decision and not saved: a draft kept on this machine, sealed like the record.
const DRAFT = 'Wombatkontoret sendte lonnslisten videre';

const SECRETS = [TITLE, DESCRIPTION, DRAFT, ERASED.name, ERASED.address, ERASED.email, KEPT.name, KEPT.address, KEPT.email];

/** Types the decision's reasoning and leaves it unsaved, until the app says the draft is kept. */
async function leaveADraft(page: Page, id: string): Promise<void> {
  const words = new Words('nb');
  await page.evaluate((hash) => (location.hash = hash), `#/incident/${encodeURIComponent(id)}/decision`);
  const decision = page.getByTestId('decision');
  await decision.getByLabel(words.t('incident.decision.rationale'), { exact: true }).fill(DRAFT);
  await decision.getByText(words.t('draft.kept')).waitFor();
}

let app: RunningApp | undefined;
let profile: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (profile) await rm(profile, { recursive: true, force: true });
  profile = undefined;
});

/**
 * The files that hold any text of the journey. Chromium's own tab restore (Sessions/) keeps what
 * was typed into the page's form fields; it is the browser's, not the app's storage, and the
 * desktop app (Electron) writes no such file. Every other file of the profile is searched.
 */
function clearText(files: readonly RawFile[]): Record<string, string[]> {
  const appFiles = files.filter((file) => !/[\\/]Sessions[\\/]/.test(file.path));
  const found: Record<string, string[]> = {};
  for (const secret of SECRETS) {
    const paths = filesHolding(appFiles, secret);
    if (paths.length > 0) found[secret] = paths;
  }
  return found;
}

describe('encryption at rest, in the files of a real Chromium profile', () => {
  it('keeps every text of the journey out of the files, and an erased person unreadable for good', async () => {
    app = await launchApp({ now: NOW, protection: { passphrase: PASSPHRASE } });
    ({ profile } = app);
    const { port } = app;
    const id = await logIncident(app.page, { title: TITLE, awareAt: '2026-11-24T14:30', description: DESCRIPTION });
    await leaveADraft(app.page, id);
    const letters = await new LettersPage(app.page).open(id);
    await letters.chooseCsv('berorte.csv', CSV);
    await letters.accept(2);
    // The register checks the history in a worker that opens the same encrypted database.
    const register = await new RegisterPage(app.page).open();
    await expect.poll(() => register.rows().filter({ hasText: register.t('register.history.ok') }).count()).toBe(1);
    const backup = await (await new SettingsPage(app.page).open()).saveBackup({ passphrase: FILE_PASSPHRASE });
    expect(backup.name).toMatch(/\.json\.age$/);
    expect(filesHolding([{ path: backup.name, bytes: backup.bytes }], ERASED.name)).toEqual([]);
    // Sealing rows and age files runs under the app's Content-Security-Policy, breaking none of it.
    expect(app.policyViolations).toEqual([]);
    await app.close({ keepProfile: true });
    app = undefined;

    // 1. No text of the journey in any file of the profile.
    const before = await profileFiles(profile);
    expect(clearText(before)).toEqual({});
    // The people's rows are on disk, sealed, and the key file (with the passphrase) opens them:
    // the check below can see a person when there is one to see.
    const oldKeys = await keysIn(before, PASSPHRASE);
    expect(oldKeys.length).toBeGreaterThan(0);
    const oldEpochs = new Set(oldKeys.flatMap((keys) => [...keys.epochs.keys()]));
    expect(namesOpened(personRowsIn(before), oldKeys, idsIn(before))).toContain(ERASED.name);

    // 2. A wrong passphrase is refused; the right one opens; the person is erased.
    app = await launchApp({ now: NOW, profile, port, protection: 'manual' });
    const words = new Words('nb');
    await app.page.getByRole('heading', { name: words.t('protection.unlock.title') }).waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
    await app.page.getByLabel(words.t('protection.passphrase'), { exact: true }).fill('feil passord igjen');
    await app.page.getByRole('button', { name: words.t('protection.unlock.submit') }).click();
    await app.page.getByRole('alert').getByText(words.t('protection.unlock.wrong-passphrase')).waitFor();
    // The gate is in bokmål until the profile, still locked, can say which language.
    await screenshot(app.page, 'unlock-wrong-passphrase', 'nb');
    await passGate(app.page, { passphrase: PASSPHRASE });
    await new LettersPage(app.page).open(id);
    await new PeoplePanel(app.page).erase(ERASED.name, 'person-asked');
    await app.close({ keepProfile: true });
    app = undefined;

    // 3. After a restart the person is gone, and restoring the older backup does not bring them back.
    app = await launchApp({ now: NOW, profile, port, protection: { passphrase: PASSPHRASE } });
    const settings = await new SettingsPage(app.page).open();
    await settings.restore({ name: backup.name, bytes: backup.bytes }, FILE_PASSPHRASE);
    await settings.preview().waitFor();
    await settings.confirmRestore();
    await app.page.getByText(settings.t('settings.backup.restored', { name: backup.name })).waitFor();
    await new LettersPage(app.page).open(id);
    await app.page.getByTestId('people-count').getByText(words.t('letters.people.count', { count: 1 })).waitFor();
    await expect.poll(() => app!.page.getByTestId('person-row').allTextContents()).toEqual([expect.stringContaining(KEPT.name)]);
    await app.close({ keepProfile: true });
    app = undefined;

    // 4. The files now: still no text; and the key that wrapped the erased person's row key is in
    // no key file anywhere in the profile, not even with the passphrase. Whether the old row's
    // ciphertext is still in an IndexedDB block does not matter: nothing on disk opens it.
    const after = await profileFiles(profile);
    expect(clearText(after)).toEqual({});
    const keys = await keysIn(after, PASSPHRASE);
    expect(keys.length).toBeGreaterThan(0);
    const epochsNow = new Set(keys.flatMap((k) => [...k.epochs.keys()]));
    expect([...epochsNow].filter((epoch) => oldEpochs.has(epoch))).toEqual([]);
    for (const key of oldKeys.flatMap((k) => [...k.epochs.values()])) {
      expect(after.filter((file) => file.bytes.includes(Buffer.from(key))).map((f) => f.path)).toEqual([]);
    }
    const opened = namesOpened(personRowsIn(after), keys, idsIn(after));
    expect(opened).toContain(KEPT.name);
    expect(opened).not.toContain(ERASED.name);
    const oldRowsLeft = personRowsIn(after).filter((row) => oldEpochs.has(row.epochId)).length;
    console.info(`old person rows still in the profile's files after the erasure: ${oldRowsLeft}, none openable`);
  });

  it('a clear profile, read the same way, shows its text: the search sees what is there', async () => {
    app = await launchApp({ now: NOW, protection: 'manual' });
    // The first screen asks before anything is stored, and is accessible too.
    await app.page.getByRole('heading', { name: new Words('nb').t('protection.setup.title') }).waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
    await screenshot(app.page, 'protection-setup', 'nb');
    await passGate(app.page, 'unencrypted');
    ({ profile } = app);
    const id = await logIncident(app.page, { title: TITLE, awareAt: '2026-11-24T14:30', description: DESCRIPTION });
    await leaveADraft(app.page, id);
    await app.close({ keepProfile: true });
    app = undefined;
    const files = await profileFiles(profile);
    expect(filesHolding(files, TITLE).length).toBeGreaterThan(0);
    // The draft too: the check above would see one left in clear.
    expect(clearText(files)).toHaveProperty([DRAFT]);
  });
});

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from '../../electron/menu';
import { menuLabels } from '../../electron/menu-labels';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label);
const roles = (items: MenuItemConstructorOptions[]) =>
  flatten(items).map((item) => item.role ?? item.type ?? (item.submenu ? 'submenu' : 'item'));

describe('the application menu', () => {
  it('reads in bokmål', () => {
    const menu = applicationMenuTemplate('nb', { platform: 'win32', devTools: false });
    expect(labels(menu)).toEqual(['Fil', 'Rediger', 'Vis', 'Vindu', 'Hjelp']);
    expect(labels(flatten(menu))).toEqual(
      expect.arrayContaining([
        'Avslutt Avvik',
        'Angre',
        'Gjør om',
        'Klipp ut',
        'Kopier',
        'Lim inn',
        'Merk alt',
        'Om Avvik',
      ]),
    );
  });

  it('reads in English', () => {
    const menu = applicationMenuTemplate('en', { platform: 'linux', devTools: false });
    expect(labels(menu)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(flatten(menu))).toEqual(
      expect.arrayContaining([
        'Quit Avvik',
        'Undo',
        'Redo',
        'Cut',
        'Copy',
        'Paste',
        'Select All',
        'About Avvik',
      ]),
    );
  });

  it('has the same items in both languages', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(roles(applicationMenuTemplate('nb', { platform, devTools: true }))).toEqual(
        roles(applicationMenuTemplate('en', { platform, devTools: true })),
      );
    }
  });

  it('labels every item that is not a separator', () => {
    for (const language of ['nb', 'en'] as const) {
      for (const item of flatten(applicationMenuTemplate(language, { platform: 'darwin', devTools: true }))) {
        if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
      }
    }
  });

  it('starts with the app menu on macOS, with its services, hiding and quitting', () => {
    const menu = applicationMenuTemplate('nb', { platform: 'darwin', devTools: false });
    expect(menu[0]!.label).toBe('Avvik');
    expect(roles([menu[0]!])).toEqual(
      expect.arrayContaining(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
  });

  it('has no macOS-only items elsewhere', () => {
    const menu = applicationMenuTemplate('en', { platform: 'win32', devTools: false });
    expect(roles(menu)).not.toContain('services');
    expect(roles(menu)).not.toContain('hideOthers');
  });

  it('offers developer tools only in development', () => {
    expect(roles(applicationMenuTemplate('en', { platform: 'linux', devTools: false }))).not.toContain(
      'toggleDevTools',
    );
    expect(roles(applicationMenuTemplate('en', { platform: 'linux', devTools: true }))).toContain(
      'toggleDevTools',
    );
  });
});

describe('the menu words', () => {
  it('exist in both languages for every key, and are never empty', () => {
    const nb = menuLabels('nb');
    const en = menuLabels('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const text of [...Object.values(nb), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });
});

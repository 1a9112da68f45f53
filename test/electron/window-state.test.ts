import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  captureWindowState,
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  serializeWindowState,
  WINDOW_STATE_FILE,
  type WindowState,
} from '../../electron/window-state';

const remembered: WindowState = { x: 100, y: 80, width: 1200, height: 760, maximized: false };
const freshFolder = () => mkdtempSync(path.join(tmpdir(), 'avvik-window-state-'));

describe('reading the remembered window state', () => {
  it('gives back what was saved', () => {
    expect(parseWindowState(serializeWindowState(remembered))).toEqual(remembered);
  });

  it.each([
    ['nothing', undefined],
    ['an empty file', ''],
    ['broken JSON', '{"width": 1200,'],
    ['JSON null', 'null'],
    ['a list', '[1200, 760]'],
    ['a string width', '{"width":"1200","height":760,"maximized":false}'],
    ['a fractional width', '{"width":1200.5,"height":760,"maximized":false}'],
    ['a tiny window', '{"width":1,"height":1,"maximized":false}'],
    ['an absurd size', '{"width":1e9,"height":760,"maximized":false}'],
    ['a position far away', '{"x":-1e12,"y":0,"width":1200,"height":760,"maximized":false}'],
    ['no maximised flag', '{"width":1200,"height":760}'],
    ['binary garbage', '\u0000\u00ff\u00fe'],
  ])('falls back to the defaults for %s', (_name, text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('ignores prototype-polluting keys', () => {
    const state = parseWindowState(
      '{"width":1000,"height":700,"maximized":true,"__proto__":{"polluted":true}}',
    );
    expect(state).toEqual({ width: 1000, height: 700, maximized: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the window-state file', () => {
  it('is written and read back', () => {
    const file = path.join(freshFolder(), WINDOW_STATE_FILE);
    expect(saveWindowState(file, remembered)).toBe(true);
    expect(loadWindowState(file)).toEqual(remembered);
  });

  it('leaves no temporary file behind', () => {
    const folder = freshFolder();
    saveWindowState(path.join(folder, WINDOW_STATE_FILE), remembered);
    expect(readdirSync(folder)).toEqual([WINDOW_STATE_FILE]);
  });

  it('is created with its folder on first save', () => {
    const file = path.join(freshFolder(), 'nested', 'profile', WINDOW_STATE_FILE);
    expect(saveWindowState(file, remembered)).toBe(true);
    expect(existsSync(file)).toBe(true);
  });

  it('gives the defaults when missing', () => {
    expect(loadWindowState(path.join(freshFolder(), WINDOW_STATE_FILE))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('gives the defaults when corrupt', () => {
    const file = path.join(freshFolder(), WINDOW_STATE_FILE);
    writeFileSync(file, '{ this is not json');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('reports a save that cannot be written, without throwing', () => {
    const folder = freshFolder();
    const blocker = path.join(folder, 'not-a-folder');
    writeFileSync(blocker, '');
    expect(saveWindowState(path.join(blocker, WINDOW_STATE_FILE), remembered)).toBe(false);
  });

  it('refuses to save an invalid state', () => {
    const file = path.join(freshFolder(), WINDOW_STATE_FILE);
    expect(saveWindowState(file, { ...remembered, width: Number.NaN })).toBe(false);
  });
});

describe('fitting the window to the screens attached now', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 900 };
  const external = { x: 1440, y: 0, width: 2560, height: 1440 };

  it('keeps a position that is on a screen', () => {
    expect(fitToDisplays({ ...remembered, x: 1600, y: 100 }, [laptop, external])).toEqual({
      ...remembered,
      x: 1600,
      y: 100,
    });
  });

  it('forgets a position on a screen that was unplugged', () => {
    expect(fitToDisplays({ ...remembered, x: 1600, y: 100 }, [laptop])).toEqual({
      width: 1200,
      height: 760,
      maximized: false,
    });
  });

  it('forgets a position above the top of every screen', () => {
    expect(fitToDisplays({ ...remembered, y: -500 }, [laptop])).not.toHaveProperty('y');
  });

  it('shrinks a window larger than the largest screen', () => {
    expect(fitToDisplays({ width: 3000, height: 2000, maximized: false }, [laptop])).toEqual({
      width: 1440,
      height: 900,
      maximized: false,
    });
  });

  it('leaves the state alone when no screen is known', () => {
    expect(fitToDisplays(remembered, [])).toEqual(remembered);
  });
});

describe('measuring the window', () => {
  it('takes its normal bounds and whether it is maximised', () => {
    const window = {
      isDestroyed: () => false,
      getNormalBounds: () => ({ x: 10.4, y: 20, width: 1000, height: 700 }),
      isMaximized: () => true,
    };
    expect(captureWindowState(window)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
  });

  it('gives nothing for a destroyed window', () => {
    const bounds = { x: 0, y: 0, width: 800, height: 600 };
    expect(
      captureWindowState({
        isDestroyed: () => true,
        getNormalBounds: () => bounds,
        isMaximized: () => false,
      }),
    ).toBeNull();
  });
});

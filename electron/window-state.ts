// The window opens where the user left it: size, position and whether it was maximised, kept in a
// small JSON file in the user-data folder. A missing, corrupt or hostile file gives the defaults;
// a position on a screen that is no longer attached is forgotten, so the window is never lost.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';

const coordinate = z.number().int().min(-100_000).max(100_000);
const dimension = z.number().int().min(200).max(20_000);

export const windowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: dimension,
  height: dimension,
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The state in `text`, or the defaults when it is not a valid state. */
export function parseWindowState(text: string | null | undefined): WindowState {
  if (!text) return { ...DEFAULT_WINDOW_STATE };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  const parsed = windowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : { ...DEFAULT_WINDOW_STATE };
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(windowStateSchema.parse(state), null, 2)}\n`;
}

const MIN_VISIBLE = 64;

/**
 * `state` fitted to the screens attached now: a window whose title bar would not be visible on any
 * of `workAreas` loses its position (it is centred), and it is never larger than the largest screen.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxWidth = Math.max(...workAreas.map((area) => area.width));
  const maxHeight = Math.max(...workAreas.map((area) => area.height));
  const fitted: WindowState = {
    ...state,
    width: Math.min(state.width, maxWidth),
    height: Math.min(state.height, maxHeight),
  };
  const { x, y } = state;
  if (x === undefined || y === undefined) return withoutPosition(fitted);
  const visible = workAreas.some(
    (area) =>
      x + fitted.width - MIN_VISIBLE >= area.x &&
      x + MIN_VISIBLE <= area.x + area.width &&
      y >= area.y &&
      y + MIN_VISIBLE <= area.y + area.height,
  );
  return visible ? fitted : withoutPosition(fitted);
}

function withoutPosition(state: WindowState): WindowState {
  return { width: state.width, height: state.height, maximized: state.maximized };
}

export interface FileSystem {
  readFile(filePath: string): string;
  writeFile(filePath: string, text: string): void;
  rename(from: string, to: string): void;
  mkdir(directory: string): void;
}

export const nodeFileSystem: FileSystem = {
  readFile: (filePath) => readFileSync(filePath, 'utf8'),
  writeFile: (filePath, text) => writeFileSync(filePath, text, { encoding: 'utf8', mode: 0o600 }),
  rename: (from, to) => renameSync(from, to),
  mkdir: (directory) => mkdirSync(directory, { recursive: true }),
};

export function loadWindowState(filePath: string, fs: FileSystem = nodeFileSystem): WindowState {
  try {
    return parseWindowState(fs.readFile(filePath));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** Writes `state` to `filePath` atomically (a temporary file, then a rename). Never throws. */
export function saveWindowState(
  filePath: string,
  state: WindowState,
  fs: FileSystem = nodeFileSystem,
): boolean {
  try {
    const text = serializeWindowState(state);
    fs.mkdir(path.dirname(filePath));
    const temporary = `${filePath}.tmp`;
    fs.writeFile(temporary, text);
    fs.rename(temporary, filePath);
    return true;
  } catch {
    return false;
  }
}

interface MeasurableWindow {
  isDestroyed(): boolean;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

/** The state of `window` now, measured on its normal (not maximised) bounds; null once destroyed. */
export function captureWindowState(window: MeasurableWindow): WindowState | null {
  if (window.isDestroyed()) return null;
  const bounds = window.getNormalBounds();
  const state = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized: window.isMaximized(),
  };
  const parsed = windowStateSchema.safeParse(state);
  return parsed.success ? parsed.data : null;
}

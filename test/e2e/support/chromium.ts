import { existsSync } from 'node:fs';

// The end-to-end tests drive a Chromium-family browser already on the machine: playwright-core
// downloads nothing. AVVIK_BROWSER names one explicitly.

const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

export const INSTALL_HELP = [
  'No Chromium, Chrome or Edge was found for the end-to-end tests.',
  'Install one, or name it with AVVIK_BROWSER=/path/to/browser:',
  '  Debian/Ubuntu: sudo apt-get install -y chromium',
  '  Fedora:        sudo dnf install -y chromium',
  '  macOS:         brew install --cask chromium   (or install Google Chrome)',
  '  Windows:       install Google Chrome or use the Microsoft Edge that ships with Windows',
].join('\n');

export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string {
  const named = env.AVVIK_BROWSER ?? env.CHROME_PATH;
  if (named) {
    if (existsSync(named)) return named;
    throw new Error(`AVVIK_BROWSER points to ${named}, which does not exist.\n${INSTALL_HELP}`);
  }
  const found = (CANDIDATES[platform] ?? []).find((path) => existsSync(path));
  if (!found) throw new Error(INSTALL_HELP);
  return found;
}

export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

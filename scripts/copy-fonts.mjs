// Copies the embedded font from its npm package into assets/fonts, with its licence, so the font
// the documents embed has a known source and version (dejavu-fonts-ttf, see package.json).
// Run: node scripts/copy-fonts.mjs
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('dejavu-fonts-ttf/package.json'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const target = join(root, 'assets', 'fonts');
mkdirSync(target, { recursive: true });

for (const [from, to] of [
  ['ttf/DejaVuSans.ttf', 'DejaVuSans.ttf'],
  ['ttf/DejaVuSans-Bold.ttf', 'DejaVuSans-Bold.ttf'],
  ['LICENSE', 'LICENSE'],
]) {
  copyFileSync(join(packageDir, from), join(target, to));
  console.log(`${to} ← dejavu-fonts-ttf@${version}/${from}`);
}

// Builds Avvik's Designsystemet theme (renderer/src/theme/avvik.css) from designsystemet.config.json
// with the Designsystemet CLI of the same version as the component CSS, so tokens and components
// agree. The built CSS is committed; run this only to change the theme: node scripts/theme.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(
  readFileSync(join(root, 'node_modules/@digdir/designsystemet-css/package.json'), 'utf8'),
);
const cli = `@digdir/designsystemet@${version}`;
const work = mkdtempSync(join(tmpdir(), 'avvik-theme-'));
const run = (...args) => execFileSync('npx', ['--yes', cli, ...args], { cwd: root, stdio: 'inherit' });
try {
  run('tokens', 'create', '--config', 'designsystemet.config.json', '-o', join(work, 'tokens'), '--clean');
  run('tokens', 'build', '-t', join(work, 'tokens'), '-o', join(work, 'css'), '--clean');
  copyFileSync(join(work, 'css', 'avvik.css'), join(root, 'renderer/src/theme/avvik.css'));
  console.log(`renderer/src/theme/avvik.css ← ${cli}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

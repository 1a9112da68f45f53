// The installer configuration: Electron's fuses flipped, and nothing but the bundles packaged.
// (Read as text: the YAML parser electron-builder uses is not a dependency of ours.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const config = readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8');

function block(name: string): string {
  const match = new RegExp(`^${name}:\\n((?:[ ]+.*\\n|\\n)*)`, 'm').exec(config);
  return match?.[1] ?? '';
}

describe('the installers', () => {
  it('are for Avvik, no.avvik.app, written to release/', () => {
    expect(config).toMatch(/^appId: no\.avvik\.app$/m);
    expect(config).toMatch(/^productName: Avvik$/m);
    expect(block('directories')).toMatch(/output: release/);
  });

  it.each([
    ['runAsNode', 'false'],
    ['enableCookieEncryption', 'true'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
    ['grantFileProtocolExtraPrivileges', 'false'],
  ])('set the fuse %s to %s', (fuse, value) => {
    expect(block('electronFuses')).toMatch(new RegExp(`^\\s+${fuse}: ${value}$`, 'm'));
  });

  it('package the built bundles and package.json only', () => {
    const files = block('files')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(files).toEqual(['- dist/**/*', "- '!dist/**/*.map'", '- package.json']);
  });

  it('build AppImage and deb for Linux, nsis for Windows, dmg for macOS, with the icon', () => {
    expect(block('linux')).toMatch(/- AppImage\n\s+- deb/);
    expect(block('linux')).toMatch(/category: Office/);
    expect(block('linux')).toMatch(/maintainer: /);
    expect(block('win')).toMatch(/- nsis/);
    expect(block('mac')).toMatch(/- dmg/);
    for (const platform of ['linux', 'win', 'mac'])
      expect(block(platform)).toMatch(/icon: assets\/icon\.png/);
  });

  it('have a 512 x 512 PNG icon', () => {
    const png = readFileSync(new URL('../../assets/icon.png', import.meta.url));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

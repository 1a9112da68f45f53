import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// shared/ is the domain: it runs in the renderer, the main process and the tests alike, so it may
// depend on none of their worlds. The compiler catches DOM and Node globals (shared/tsconfig.json);
// this rule catches the imports.
export const sharedForbiddenImports = {
  paths: [
    { name: 'electron', message: 'shared/ must not depend on Electron: put it in electron/.' },
    { name: 'react', message: 'shared/ must not depend on React: put it in renderer/.' },
    { name: 'react-dom', message: 'shared/ must not depend on React: put it in renderer/.' },
    { name: 'dexie', message: 'shared/ must not touch the database: put it in renderer/.' },
    { name: 'zustand', message: 'shared/ holds no UI state: put it in renderer/.' },
    // Node built-ins by exact name (a pattern would also catch our own './events').
    ...['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'buffer', 'events', 'worker_threads'].map(
      (name) => ({ name, message: 'shared/ must not depend on Node built-ins: pass what you need in.' }),
    ),
  ],
  patterns: [
    { group: ['node:*'], message: 'shared/ must not depend on Node: pass what you need in.' },
    { group: ['electron/*', 'react/*', 'react-dom/*', 'dexie/*'], message: 'shared/ must stay free of platform code.' },
    { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not import from renderer/ or electron/.' },
  ],
};

// renderer/src/features/<name>/ are the screens. A feature imports downward only (ui, services,
// queries, db, documents, state, platform), never another feature and never app/ (which composes
// the features): what two features share belongs in ui/ or a lower layer.
const features = readdirSync(new URL('./renderer/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const electronImport = { name: 'electron', message: 'The renderer reaches Electron only through the preload bridge (renderer/platform).' };
const featureBoundaries = features.map((feature) => ({
  files: [`renderer/src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [electronImport],
        patterns: [
          {
            group: features.filter((other) => other !== feature).flatMap((other) => [`**/features/${other}`, `**/features/${other}/**`, `../${other}`, `../${other}/**`, `../../${other}`, `../../${other}/**`]),
            message: 'A feature does not import another feature: move what they share to renderer/src/ui (or a lower layer).',
          },
          { group: ['**/app', '**/app/**'], message: 'Features do not import app/: it composes them. Services are in renderer/src/services.' },
        ],
      },
    ],
  },
}));

// Screens read and write through the repository (renderer/src/db/repository) and the live-query
// hooks over it (renderer/src/queries), never a Dexie table of their own: one read per question,
// with its order and its indexes, in one place.
const tables = 'incidents|events|subjects|notifications|settings|installations|attachmentFiles|keys|migrationBackups';
const repositoryOnly = {
  files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/ui/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: `MemberExpression[object.name='db'][property.name=/^(${tables}|transaction)$/]`,
        message: 'Screens read and write through renderer/src/db/repository (or a hook in renderer/src/queries), not a Dexie table.',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', sharedForbiddenImports],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ has no DOM.' },
        { name: 'document', message: 'shared/ has no DOM.' },
        { name: 'process', message: 'shared/ has no Node.' },
        { name: 'require', message: 'shared/ has no Node.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'shared/ reads no clock: pass `now` in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'shared/ reads no clock: pass `now` in.',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { paths: [electronImport] }],
    },
  },
  ...featureBoundaries,
  repositoryOnly,
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'test/**/*.{ts,tsx}', '*.config.{js,ts}', 'bench/**/*'],
    languageOptions: { globals: { ...globals.node } },
  },
);

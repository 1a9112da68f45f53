import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// shared/ must stay runnable anywhere. The lint rule is our guard; prove it bites.
const eslint = new ESLint({ cwd: process.cwd() });

async function lintShared(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'shared/example.ts' });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('shared/ stays free of platform code', () => {
  it.each([
    ["import { app } from 'electron';", 'Electron'],
    ["import { readFile } from 'node:fs';", 'Node'],
    ["import fs from 'fs';", 'Node built-ins'],
    ["import React from 'react';", 'React'],
    ["import Dexie from 'dexie';", 'database'],
    ["import { create } from 'zustand';", 'UI state'],
    ["import { db } from '../renderer/src/db/database';", 'renderer'],
  ])('refuses %s', async (code, expected) => {
    const messages = await lintShared(`${code}\nexport const x = 1;\n`);
    expect(messages.some((m) => m.startsWith('no-restricted-imports') && m.includes(expected))).toBe(true);
  });

  it('refuses reading the clock', async () => {
    const messages = await lintShared('export const a = new Date();\nexport const b = Date.now();\n');
    expect(messages.filter((m) => m.startsWith('no-restricted-syntax'))).toHaveLength(2);
  });

  it('allows pure code, zod and date-fns', async () => {
    const messages = await lintShared(
      "import { z } from 'zod';\nimport { addHours } from 'date-fns';\nexport const s = z.string();\nexport const d = (x: Date) => addHours(x, 1);\n",
    );
    expect(messages).toEqual([]);
  });
});

describe('the boundary rule does not catch our own modules', () => {
  it('allows a relative module named like a Node built-in', async () => {
    const messages = await lintShared("import { x } from './events';\nimport { y } from '../path';\nexport const z = [x, y];\n");
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// Features import downward only. The lint rule is the guard; prove it bites, and that it lets the
// layers below through.
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('features import downward only', () => {
  it.each([
    ["import { x } from '../dashboard/IncidentRow';", 'renderer/src/features/incident/Screen.tsx', 'another feature'],
    ["import { x } from '../../dashboard/IncidentRow';", 'renderer/src/features/incident/facts/Form.tsx', 'another feature'],
    ["import { x } from '../../features/timeline/Timeline';", 'renderer/src/features/register/Table.tsx', 'another feature'],
    ["import { x } from '../../app/Screens';", 'renderer/src/features/settings/Form.tsx', 'app/'],
    ["import { x } from '../../../app/App';", 'renderer/src/features/incident/record/What.tsx', 'app/'],
  ])('refuses %s in %s', async (code, file, expected) => {
    const messages = await restricted(code, file);
    expect(messages.some((m) => m.includes(expected))).toBe(true);
  });

  it.each([
    ["import { x } from '../../ui/fields';", 'renderer/src/features/incident/Screen.tsx'],
    ["import { x } from '../../services/context';", 'renderer/src/features/dashboard/Dashboard.tsx'],
    ["import { x } from '../../queries/useDashboardRows';", 'renderer/src/features/reminders/DeadlineReminders.tsx'],
    ["import { x } from './facts/useFactsEditor';", 'renderer/src/features/incident/Screen.tsx'],
    ["import { x } from '../record/WhatForm';", 'renderer/src/features/incident/facts/Form.tsx'],
  ])('allows %s in %s', async (code, file) => {
    expect(await restricted(code, file)).toEqual([]);
  });
});

describe('screens read through the repository', () => {
  async function refused(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(`${code}\n`, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  }

  it.each([
    ['export const read = (db: D) => db.notifications.toArray();', 'renderer/src/features/timeline/Card.tsx'],
    ['export const read = (db: D) => db.subjects.where("incidentId").equals("x").toArray();', 'renderer/src/ui/record/People.tsx'],
    ['export const write = (db: D) => db.transaction("rw", [], async () => {});', 'renderer/src/features/letters/Import.tsx'],
  ])('refuses %s in %s', async (code, file) => {
    expect((await refused(`type D = any;\n${code}`, file)).some((m) => m.includes('renderer/src/db/repository'))).toBe(true);
  });

  it('allows the repository its tables', async () => {
    expect(await refused('type D = any;\nexport const read = (db: D) => db.notifications.toArray();', 'renderer/src/db/repository/queries.ts')).toEqual([]);
  });
});

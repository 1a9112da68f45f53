import { describe, expect, it } from 'vitest';
import { chainTo, staticClosure } from '../support/importGraph';

// What the dashboard's first rows wait for: the page's entry (main.tsx), the record's opening
// (app/openRecord) and the screens around the dashboard (app/Opened), with every module they import
// for a value (test/support/importGraph.ts follows them as the bundler does). The record's schemas
// (zod), the write path, the assessment's reasoning beyond the duties, team sync and the backup
// format come later, with the screens that need them: named here, so an import that brings one of
// them back onto the start fails with the chain of imports that did. So does the cipher library,
// which only a protected profile needs (its sealing comes with the keys).

const START = ['renderer/src/main.tsx', 'renderer/src/app/openRecord.ts', 'renderer/src/app/Opened.tsx'];

const LATER = [
  'zod',
  'renderer/src/db/repository/write.ts',
  'renderer/src/db/repository/settingsWrite.ts',
  'renderer/src/db/migrations.ts',
  'renderer/src/db/encryption/protection.ts',
  'shared/incident/project.ts',
  'shared/incident/events.ts',
  'shared/incident/model.ts',
  'shared/incident/backup/format.ts',
  'shared/assessment/reasons.ts',
  'shared/assessment/factor-texts.ts',
  'shared/assessment/unknowns.ts',
  'renderer/src/sync/controller.ts',
];

describe('the start', () => {
  const reach = staticClosure(START);

  it.each(LATER)('does not wait for %s', (later) => {
    expect(reach.by.has(later) ? chainTo(reach, later).join(' → ') : null).toBeNull();
  });

  it('does not load the cipher library', () => {
    const ciphers = [...reach.by.keys()].filter((module) => module.startsWith('@noble/ciphers'));
    expect(ciphers.map((module) => chainTo(reach, module).join(' → '))).toEqual([]);
  });

  it('reads the dashboard with what it needs (the list proves it finds what is there)', () => {
    for (const needed of ['dexie', 'renderer/src/queries/useDashboardRows.ts', 'shared/duty/index.ts']) expect(reach.by.has(needed), needed).toBe(true);
    // The same walk from the write path does find the schemas.
    const write = staticClosure(['renderer/src/db/repository/write.ts']);
    expect(write.by.has('zod')).toBe(true);
    expect(chainTo(write, 'zod')[0]).toBe('renderer/src/db/repository/write.ts');
    // And the walk from what unlocks a profile finds the cipher library.
    expect([...staticClosure(['renderer/src/db/encryption/protection.ts']).by.keys()].some((module) => module.startsWith('@noble/ciphers'))).toBe(true);
  });
});

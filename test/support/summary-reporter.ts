import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

// Prints one plain closing line per run ("unit: 412 passed, 0 failed") and leaves the counts in
// test-results/ so .ci/run can print the total over the unit and end-to-end runs.
export default class SummaryReporter implements Reporter {
  constructor(private readonly label: string = 'tests') {}

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
    }
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/summary-${this.label}.json`, JSON.stringify({ passed, failed, skipped }));
    console.log(`\n${this.label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}

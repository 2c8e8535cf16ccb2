/**
 * A vitest reporter, used beside the default one, that ends the run with the slowest test files
 * (so a file that starts to dominate the suite is seen) and the seed the tests were shuffled with
 * (so a failure that depends on the order can be repeated).
 */
import type { Reporter, TestModule, Vitest } from 'vitest/node';

const SHOWN = 10;

export default class SlowestFilesReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest) {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const timed = testModules.map((module) => {
      const diagnostic = module.diagnostic();
      // What the file costs a worker: setting up, importing and collecting it, then its tests and hooks.
      const ms =
        diagnostic.environmentSetupDuration +
        diagnostic.prepareDuration +
        diagnostic.setupDuration +
        diagnostic.collectDuration +
        diagnostic.duration;
      return { file: module.relativeModuleId, ms };
    });
    timed.sort((a, b) => b.ms - a.ms);
    const lines = timed
      .slice(0, SHOWN)
      .map(({ file, ms }) => `  ${(ms / 1000).toFixed(1).padStart(7)} s  ${file}`);
    if (lines.length > 0) console.log(`\nSlowest test files:\n${lines.join('\n')}`);
    const sequence = this.vitest?.config.sequence;
    if (sequence?.shuffle)
      console.log(
        `\nTests shuffled with seed ${sequence.seed}; repeat this order with TRELLIS_TEST_SEED=${sequence.seed}.`,
      );
  }
}

import { expect } from '@open-wc/testing';

// The runner opens two test pages at once. Each must be visible: a hidden
// background tab gets its timers throttled to one a second (Firefox) and no
// animation frames, so tests there time out at random. This guard fails when
// the runner's page set-up regresses (web-test-runner.config.mjs).
describe('test harness', () => {
  it('keeps this page visible, with timers on time, while other test files run', async () => {
    const late: number[] = [];
    const hidden: number[] = [];
    for (let i = 0; i < 20; i++) {
      if (document.visibilityState !== 'visible') hidden.push(i);
      const started = performance.now();
      await new Promise((r) => setTimeout(r, 50));
      if (performance.now() - started > 500) late.push(i);
    }
    expect(hidden, 'hidden at these checks').to.deep.equal([]);
    expect(late, 'timers late at these checks').to.deep.equal([]);
  });
});

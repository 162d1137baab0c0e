import { expect } from '@open-wc/testing';

// The runner opens two test pages at once (Chromium). Each must be visible and
// focused: a hidden background tab gets its timers throttled to one a second
// (Firefox) and no animation frames, and a page without focus fails focus tests,
// at random. This guard fails when the runner's set-up regresses
// (web-test-runner.config.mjs).
describe('test harness', () => {
  it('keeps this page visible and focused, with timers on time, while other test files run', async () => {
    const late: number[] = [];
    const hidden: number[] = [];
    for (let i = 0; i < 20; i++) {
      if (document.visibilityState !== 'visible' || !document.hasFocus()) hidden.push(i);
      const started = performance.now();
      await new Promise((r) => setTimeout(r, 50));
      if (performance.now() - started > 500) late.push(i);
    }
    expect(hidden, 'hidden or without focus at these checks').to.deep.equal([]);
    expect(late, 'timers late at these checks').to.deep.equal([]);
  });
});

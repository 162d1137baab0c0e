import { expect } from '@open-wc/testing';
import { inSlices, nextTask, SLICE_MS } from '../../src/core/platform/tasks.js';
import { countingScheduler, macrotask, withScheduler } from './scheduler.js';

/** `count` steps of about `ms` each, real time (a fake clock would never run out of budget). */
function* busy(count: number, ms: number, done: number[] = []): Generator<undefined, string> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    done.push(i);
    yield;
  }
  return 'finished';
}

describe('nextTask', () => {
  it('is scheduler.yield() where there is one', async () => {
    const stand = countingScheduler();
    await withScheduler(stand, () => nextTask());
    expect(stand.yields).to.equal(1);
  });

  it('is a message otherwise: a new task, after one posted before it', async () => {
    const posted = macrotask();
    await withScheduler(undefined, () => nextTask());
    expect(posted.ran()).to.be.true;
  });
});

describe('inSlices', () => {
  it('runs short work to the end at once, in the caller’s task', async () => {
    const posted = macrotask();
    const done: number[] = [];
    const result = inSlices(busy(3, 0, done));
    expect(done, 'the first slice runs before inSlices returns').to.deep.equal([0, 1, 2]);
    expect(await result).to.equal('finished');
    expect(posted.ran(), 'no task ran in between').to.be.false;
  });

  it('gives the main thread back between slices of about SLICE_MS', async () => {
    const stand = countingScheduler();
    const done: number[] = [];
    let first = 0;
    const result = await withScheduler(stand, () => {
      const running = inSlices(busy(40, 1, done));
      first = done.length;
      return running;
    });
    expect(result).to.equal('finished');
    expect(done).to.have.length(40);
    expect(first, 'the first slice stops once its budget is spent').to.be.within(1, SLICE_MS + 2);
    // 40 ms of work in slices of about 8 ms (fewer when the machine is busy and each step takes longer)
    expect(stand.yields).to.be.within(2, 40);
  });

  it('lets a task posted before the work run before it ends, without scheduler.yield()', async () => {
    const posted = macrotask();
    const result = await withScheduler(undefined, () => inSlices(busy(30, 1)));
    expect(result).to.equal('finished');
    expect(posted.ran()).to.be.true;
  });

  it('stops between slices when the signal aborts, and gives undefined', async () => {
    const abort = new AbortController();
    const done: number[] = [];
    const result = inSlices(busy(200, 1, done), abort.signal);
    abort.abort();
    expect(await result).to.be.undefined;
    expect(done.length, 'nothing ran after the abort').to.be.below(SLICE_MS + 3);
  });
});

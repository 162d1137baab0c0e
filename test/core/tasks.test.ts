import { expect } from '@open-wc/testing';
import { inSlices, nextTask, SLICE_MS } from '../../src/core/platform/tasks.js';
import { countingTasks, macrotask } from './task-counting.js';

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
  it('lets a task the page had queued run within a few turns, where scheduler.yield() keeps jumping ahead of it', async () => {
    const posted = macrotask();
    // Engines order messages on different channels differently: WebKit often runs the page's
    // one turn later (half of 3,000 tries needed two, none three). scheduler.yield() in
    // Chromium let it run in none of 3,000 tries within five turns.
    for (let turn = 0; turn < 4 && !posted.ran(); turn++) await nextTask();
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

  it('gives the main thread back between slices of about SLICE_MS, letting the page’s queued tasks run', async () => {
    const posted = macrotask();
    const done: number[] = [];
    let first = 0;
    const { result, tasks } = await countingTasks(() => {
      const running = inSlices(busy(40, 1, done));
      first = done.length;
      return running;
    });
    expect(result).to.equal('finished');
    expect(done).to.have.length(40);
    expect(first, 'the first slice stops once its budget is spent').to.be.within(1, SLICE_MS + 2);
    // 40 ms of work in slices of about 8 ms (fewer when the machine is busy and each step takes longer)
    expect(tasks).to.be.within(2, 40);
    expect(posted.ran(), 'a task the page had queued ran before the work ended').to.be.true;
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

// Stand-ins for `globalThis.scheduler`, for tests of work done in slices (src/core/platform/tasks.ts).

export type Yielding = { yield?: () => Promise<unknown> } | undefined;

/**
 * Runs `body` with `globalThis.scheduler` replaced. Chromium's `scheduler.yield()`
 * resumes ahead of tasks already queued, so whether a queued task ran says
 * nothing there: the tests count the yields through a stand-in that yields for
 * real (a message), or take `scheduler` away to test the fallback.
 */
export async function withScheduler<R>(stand: Yielding, body: () => Promise<R>): Promise<R> {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
  Object.defineProperty(globalThis, 'scheduler', { value: stand, configurable: true, writable: true });
  try {
    return await body();
  } finally {
    if (own) Object.defineProperty(globalThis, 'scheduler', own);
    else delete (globalThis as { scheduler?: unknown }).scheduler;
  }
}

/** A `scheduler` whose `yield()` is a real new task (a message), counted. */
export function countingScheduler(): { yield: () => Promise<unknown>; yields: number } {
  const stand = {
    yields: 0,
    yield: () => {
      stand.yields++;
      return new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(channel.port1.close());
        channel.port2.postMessage(0);
      });
    },
  };
  return stand;
}

/** A macrotask posted now: it can run only once the main thread is given back. */
export function macrotask(): { ran: () => boolean } {
  let ran = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    ran = true;
    channel.port1.close();
  };
  channel.port2.postMessage(0);
  return { ran: () => ran };
}

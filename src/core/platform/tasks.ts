/** How long a slice of work may hold the main thread: well under a 50 ms long task, with room for a frame. */
export const SLICE_MS = 8;

/**
 * Lists up to this long (a Trust's own: dozens of services, never thousands)
 * are worked on at once, in the caller's task, so nothing starts later than it
 * would without slices, however busy the machine; longer ones in slices.
 */
export const AT_ONCE = 2_000;

/**
 * A new task at the back of the queue, so the page can paint, answer input and
 * run its own timers and messages: a message (a nested `setTimeout(0)` waits at
 * least 4 ms). Not `scheduler.yield()`: its continuation runs ahead of the
 * page's queued tasks, so seconds of slices would still starve the host page.
 */
export const nextTask = (): Promise<unknown> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(undefined);
    };
    channel.port2.postMessage(0);
  });

/**
 * When the page has nothing else to do (its start-up done, every widget
 * rendered), or after 2 s at the latest: for work that only makes a
 * later action quicker. A message where `requestIdleCallback` is missing
 * (WebKit). At once when `signal` aborts: the callback is cancelled, so
 * nothing queued keeps what waited on it (an element removed from the page).
 */
export function idle(signal?: AbortSignal): Promise<unknown> {
  if (typeof requestIdleCallback !== 'function') return nextTask();
  return new Promise((resolve) => {
    const id = requestIdleCallback(resolve, { timeout: 2_000 });
    signal?.addEventListener('abort', () => (cancelIdleCallback(id), resolve(undefined)), { once: true });
  });
}

/** Runs `steps` to its end in one go: for work known to be small, or where nothing waits on the page. */
export function atOnce<R>(steps: Iterator<unknown, R>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` to its end, giving the page the main thread back every
 * {@link SLICE_MS}: each `next()` should be a small piece of work (well under
 * a millisecond). The first slice runs at once, so short work finishes in the
 * caller's task and nothing starts later than it did. Gives `undefined` when
 * `signal` aborts between slices (the rest is not done).
 */
export async function inSlices<R>(steps: Iterator<unknown, R>, signal?: AbortSignal): Promise<R | undefined> {
  for (let start = performance.now(); ;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start > SLICE_MS) {
      await nextTask();
      if (signal?.aborted) return undefined;
      start = performance.now();
    }
  }
}

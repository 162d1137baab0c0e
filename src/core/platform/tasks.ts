/** How long a slice of work may hold the main thread: well under a 50 ms long task, with room for a frame. */
export const SLICE_MS = 8;

/**
 * A new task, so the page can paint and answer input: `scheduler.yield()` where
 * there is one (the rest of the work keeps its place ahead of other tasks), else
 * a message (a nested `setTimeout(0)` waits at least 4 ms).
 */
export const nextTask = (): Promise<unknown> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<unknown> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(undefined);
    };
    channel.port2.postMessage(0);
  });
};

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

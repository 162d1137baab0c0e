// Counting the tasks work in slices gives back (src/core/platform/tasks.ts).

/**
 * Counts the new tasks `nextTask()` asks for while `body` runs: each is a
 * message on a new MessageChannel, so the channels made are counted.
 */
export async function countingTasks<R>(body: () => Promise<R>): Promise<{ result: R; tasks: number }> {
  const Own = globalThis.MessageChannel;
  let tasks = 0;
  globalThis.MessageChannel = class extends Own {
    constructor() {
      super();
      tasks++;
    }
  };
  try {
    const result = await body();
    return { result, tasks };
  } finally {
    globalThis.MessageChannel = Own;
  }
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

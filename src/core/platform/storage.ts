const PREFIX = 'wellbeing-widgets:';
const memory = new Map<string, string>();
/** Keys whose last write localStorage refused (quota, policy): memory holds the truth for them. */
const memoryOnly = new Set<string>();

function local(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // blocked cookies, sandboxed iframes and some private modes throw here
  }
}

/**
 * Namespaced JSON storage. Uses localStorage when the browser allows it and a
 * page-lifetime memory copy when it throws, so no caller ever sees an error.
 * Only non-identifying widget state goes in here.
 */
export const storage = {
  get<T>(key: string): T | undefined {
    const name = PREFIX + key;
    let raw: string | null | undefined;
    try {
      const store = local();
      // While localStorage works it is the truth, so values cleared elsewhere stay cleared.
      raw = store && !memoryOnly.has(name) ? store.getItem(name) : memory.get(name);
    } catch {
      raw = memory.get(name);
    }
    if (raw == null) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined;
    }
  },

  set(key: string, value: unknown): void {
    const name = PREFIX + key;
    const raw = JSON.stringify(value);
    memory.set(name, raw);
    try {
      // The same value again (a data file revalidated unchanged) is not written: storage
      // ignores it anyway, and nothing should call into it while staff type.
      const store = local();
      if (store && store.getItem(name) !== raw) store.setItem(name, raw);
      memoryOnly.delete(name);
    } catch {
      // Quota or policy: drop any stale copy and read this key from memory from now on.
      memoryOnly.add(name);
      try {
        local()?.removeItem(name);
      } catch {
        /* memory holds it */
      }
    }
  },

  remove(key: string): void {
    const name = PREFIX + key;
    memory.delete(name);
    memoryOnly.delete(name);
    try {
      local()?.removeItem(name);
    } catch {
      /* nothing stored there */
    }
  },

  /** The full storage key, for matching `storage` events from other tabs. */
  keyFor(key: string): string {
    return PREFIX + key;
  },
};

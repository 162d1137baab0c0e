import { storage } from './storage.js';

/** A stored value kept in step with the site's other tabs, frames and elements. */
export interface CrossTabValue {
  /** Stores the value and tells every other tab and element at once. */
  set(value: unknown): void;
  close(): void;
}

/**
 * Keeps one `storage` key in step across tabs: a write is stored and posted on
 * the `wellbeing-widgets` BroadcastChannel (which carries the value itself, so
 * tabs stay in step even when storage is blocked); other tabs also see the
 * `storage` event. `onChange` gets the other side's value (from the channel) or
 * `undefined` (storage changed: read it again). Deciding which copy wins is the
 * caller's job.
 */
export function shareAcrossTabs(key: string, onChange: (value?: unknown) => void): CrossTabValue {
  let channel = globalThis.BroadcastChannel ? new BroadcastChannel('wellbeing-widgets') : undefined;
  const onStorage = (event: StorageEvent) => event.key === storage.keyFor(key) && onChange();
  if (channel) channel.onmessage = ({ data }: MessageEvent) => data?.key === key && onChange(data.value);
  addEventListener('storage', onStorage);
  return {
    set(value) {
      storage.set(key, value);
      channel?.postMessage({ key, value });
    },
    close() {
      channel?.close();
      channel = undefined; // a late write (an answer after the element left the page) must not throw
      removeEventListener('storage', onStorage);
    },
  };
}

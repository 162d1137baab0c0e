import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lastGoodCopy, loadData, type DataSource, type Loaded } from '../data/load.js';
import type { FileSpec } from '../data/schemas.js';
import { log } from '../platform/log.js';

/** How a widget takes data that changed after it rendered the last good copy. */
export interface DataOptions {
  /**
   * True when the host can show changed data now without moving the page
   * (the banner with a reserved height). Otherwise changed data waits until
   * the host is wholly below the viewport or the tab is hidden, and failing
   * that shows on the next page view (it is saved already).
   */
  swapInPlace?: () => boolean;
}

/** Same items and extras: nothing to render again. */
const sameData = <T, X>(a: Loaded<T, X>, b: Loaded<T, X>) =>
  a.items.length === b.items.length && JSON.stringify([a.items, a.extras]) === JSON.stringify([b.items, b.extras]);

/**
 * Keeps a widget's data in step with its source: loads when the source
 * changes (attribute, inline JSON or provider), cancels stale loads, and asks
 * the host to render when data arrives.
 *
 * A URL source with a last good copy saved in this browser renders from that
 * copy in the host's first update, before the first paint, and is then
 * revalidated from the network: the widget has its final size at once, so
 * nothing below it moves. The network's answer is applied only if it differs
 * from what is showing, and then only when that cannot move what the reader
 * is looking at (see {@link DataOptions.swapInPlace}).
 */
export class DataController<T, X = Record<string, unknown>> implements ReactiveController {
  private loaded?: Loaded<T, X>;
  private firstLoad = false;
  private current?: DataSource;
  private abort?: AbortController;
  /** A load is under way (the first one, or the revalidation of a last good copy). */
  private fetching = false;
  /** Changed data waiting for a moment when it cannot move the page. */
  private waiting?: Loaded<T, X>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly spec: FileSpec<T, X>,
    private readonly source: () => DataSource | undefined,
    private readonly options: DataOptions = {},
  ) {
    host.addController(this);
  }

  /**
   * `undefined` until the first load settles (or a last good copy is showing), or when there is no source at all.
   * Reading it follows a changed source at once, so `willUpdate` (which Lit runs before controllers) sees the copy.
   */
  get value(): Loaded<T, X> | undefined {
    this.follow();
    return this.loaded;
  }

  /** Nothing to show yet: the first load is under way (false while a last good copy is being revalidated). */
  get loading(): boolean {
    this.follow();
    return this.firstLoad;
  }

  hostUpdate(): void {
    this.follow();
  }

  /** Starts loading when the source has changed; synchronous up to the last good copy. */
  private follow(): void {
    const next = this.source();
    if (next?.url === this.current?.url && next?.inline === this.current?.inline) return;
    this.current = next;
    this.abort?.abort();
    this.stopWaiting();
    this.loaded = undefined;
    if (!next) {
      this.firstLoad = this.fetching = false;
      return;
    }
    // Read synchronously: this update renders it, before the browser paints.
    this.loaded = lastGoodCopy(this.spec, next);
    const abort = (this.abort = new AbortController());
    this.firstLoad = !this.loaded;
    this.fetching = true;
    void loadData(this.spec, next, abort.signal).then((loaded) => {
      if (abort.signal.aborted) return;
      this.fetching = this.firstLoad = false;
      const shown = this.loaded;
      if (!shown) {
        this.loaded = loaded;
        this.host.requestUpdate();
      } else if (loaded.status === 'failed') {
        // The file broke since the copy was saved: keep showing the copy, as a failed network load would.
        this.loaded = { ...shown, status: 'cached' };
      } else if (sameData(shown, loaded)) {
        this.loaded = loaded; // the same content, now confirmed: no update
      } else {
        this.waiting = loaded;
        this.applyWhenStill();
      }
    });
  }

  hostConnected(): void {
    if (this.waiting) this.applyWhenStill();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.applyWhenStill);
    // Drop an unfinished load; reconnecting starts it again.
    if (this.fetching) {
      this.abort?.abort();
      this.current = undefined;
      this.firstLoad = this.fetching = false;
    }
  }

  /** Applies waiting data now if it cannot move the page, else when the tab is hidden. */
  private readonly applyWhenStill = (): void => {
    if (!this.waiting) return;
    if (document.visibilityState === 'hidden' || this.options.swapInPlace?.() || this.belowViewport()) {
      this.loaded = this.waiting;
      this.stopWaiting();
      this.host.requestUpdate();
    } else {
      document.addEventListener('visibilitychange', this.applyWhenStill);
    }
  };

  private stopWaiting(): void {
    this.waiting = undefined;
    document.removeEventListener('visibilitychange', this.applyWhenStill);
  }

  /** The host starts below the bottom of the viewport: growing there moves nothing the reader sees. */
  private belowViewport(): boolean {
    const host = this.host;
    return (
      host instanceof Element &&
      host.isConnected &&
      host.getBoundingClientRect().top >= (window.innerHeight || document.documentElement.clientHeight)
    );
  }
}

/**
 * Holds a widget's reserved space: its `reserve` attribute (a CSS length) as the
 * host's min-block-size, so the page does not move when the widget's data arrives.
 * A value that is not a length reserves nothing and is named in the console.
 */
export function applyReserve(host: HTMLElement, reserve: string | undefined, example: string): void {
  const valid = !!reserve && CSS.supports('min-block-size', reserve);
  if (reserve && !valid)
    log.error(
      `<${host.localName}>`,
      `reserve "${reserve}": expected a CSS length such as ${example} (no space reserved)`,
    );
  host.style.minBlockSize = valid ? reserve : '';
}

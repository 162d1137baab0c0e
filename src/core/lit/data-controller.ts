import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadData, type DataSource, type Loaded } from '../data/load.js';
import type { FileSpec } from '../data/schemas.js';

/**
 * Keeps a widget's data in step with its source: loads when the source
 * changes (attribute, inline JSON or provider), cancels stale loads, and asks
 * the host to render when data arrives.
 */
export class DataController<T, X = Record<string, unknown>> implements ReactiveController {
  /** `undefined` until the first load settles, or when there is no source at all */
  value?: Loaded<T, X>;
  loading = false;
  private current?: DataSource;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly spec: FileSpec<T, X>,
    private readonly source: () => DataSource | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const next = this.source();
    if (next?.url === this.current?.url && next?.inline === this.current?.inline) return;
    this.current = next;
    this.abort?.abort();
    this.value = undefined;
    if (!next) {
      this.loading = false;
      return;
    }
    const abort = (this.abort = new AbortController());
    this.loading = true;
    void loadData(this.spec, next, abort.signal).then((loaded) => {
      if (abort.signal.aborted) return;
      this.value = loaded;
      this.loading = false;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    // Drop an unfinished load; reconnecting starts it again.
    if (this.loading) {
      this.abort?.abort();
      this.current = undefined;
      this.loading = false;
    }
  }
}

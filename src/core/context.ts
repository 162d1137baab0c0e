import type { ReactiveControllerHost } from 'lit';
import type { Locale, StringOverrides } from './i18n/index.js';

export const REGIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Region = (typeof REGIONS)[number];

/** What `<wellbeing-provider>` shares with the widgets inside it. */
export interface TrustConfig {
  trustName?: string;
  locale?: Locale;
  region?: Region;
  helpSrc?: string;
  servicesSrc?: string;
  campaignsSrc?: string;
  /** inline data files, as an alternative to the `*Src` URLs */
  help?: unknown;
  services?: unknown;
  campaigns?: unknown;
  strings?: StringOverrides;
}

/** A string key (not a Symbol) so a provider and widgets from two copies of the bundle still meet. */
export const trustContext = 'wellbeing-widgets/trust-config';

/*
 * The provider and widgets meet through the web components community context
 * protocol, exactly as @lit/context speaks it (its `context-request` and
 * `context-provider` events), so they also meet @lit/context elements and
 * other copies of the bundle. Written out here because our one context needs
 * a tenth of that library's code.
 */
type Callback = (value: TrustConfig, unsubscribe?: () => void) => void;
type Host = ReactiveControllerHost & HTMLElement;

class ContextEvent extends Event {
  readonly context = trustContext;
  constructor(
    type: 'context-request' | 'context-provider',
    readonly contextTarget: Element,
    readonly callback?: Callback,
    readonly subscribe?: boolean,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

/** Keeps `set` up to date with the nearest provider's configuration while the host is connected. */
export function consumeTrust(host: Host, set: (value: TrustConfig) => void): void {
  let unsubscribe: (() => void) | undefined;
  const callback: Callback = (value, dispose) => {
    if (unsubscribe && unsubscribe !== dispose) unsubscribe(); // a nearer provider took over
    unsubscribe = dispose;
    set(value);
  };
  host.addController({
    hostConnected: () => host.dispatchEvent(new ContextEvent('context-request', host, callback, true)),
    hostDisconnected: () => {
      unsubscribe?.();
      unsubscribe = undefined;
    },
  });
}

/** Answers the widgets inside the host with `value`, and tells subscribers of each new value. */
export class TrustProvider {
  private value: TrustConfig = {};
  private readonly subscriptions = new Map<Callback, { dispose: () => void; consumer: Element }>();

  constructor(host: Host) {
    host.addEventListener('context-request', (event) => {
      const { context, callback, subscribe, contextTarget } = event as unknown as ContextEvent;
      const consumer = contextTarget ?? event.composedPath()[0];
      if (context !== trustContext || consumer === host || !callback) return;
      event.stopPropagation();
      if (!subscribe) return callback(this.value);
      if (!this.subscriptions.has(callback)) {
        this.subscriptions.set(callback, { dispose: () => this.subscriptions.delete(callback), consumer });
      }
      callback(this.value, this.subscriptions.get(callback)!.dispose);
    });
    // A provider connected inside this one: the widgets inside it ask again, and it answers them.
    host.addEventListener('context-provider', (event) => {
      const { context, contextTarget } = event as unknown as ContextEvent;
      if (context !== trustContext || (contextTarget ?? event.composedPath()[0]) === host) return;
      for (const [callback, { consumer }] of this.subscriptions) {
        consumer.dispatchEvent(new ContextEvent('context-request', consumer, callback, true));
      }
      event.stopPropagation();
    });
    host.addController({ hostConnected: () => host.dispatchEvent(new ContextEvent('context-provider', host)) });
  }

  set(value: TrustConfig): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const [callback, { dispose }] of this.subscriptions) callback(value, dispose);
  }
}

export function toRegion(value: unknown): Region | undefined {
  return REGIONS.includes(value as Region) ? (value as Region) : undefined;
}

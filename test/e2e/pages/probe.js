// Loaded first, as a same-origin classic script, by every e2e host page (so a
// strict CSP allows it). It records what the suite asserts on and can make the
// page hostile before the bundle runs. Options come from its data attributes:
//   data-storage="throw"   every localStorage/sessionStorage access throws
//   data-storage="methods" the Storage object exists but every method throws
//   data-storage="quota"   reads work, writes throw QuotaExceededError
//   data-instrument        count listeners, timers, channels and observers
(() => {
  const options = document.currentScript?.dataset ?? {};
  const e2e = (window.__e2e = { violations: [], errors: [], xss: [], options: { ...options } });

  // ── Things that must never happen ──
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      e2e.violations.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      }),
    true,
  );
  addEventListener('error', (event) => e2e.errors.push(`${event.message} (${event.filename}:${event.lineno})`));
  addEventListener('unhandledrejection', (event) => e2e.errors.push(`unhandled rejection: ${event.reason}`));
  // Trusted Types policies the page creates (the strict CSP allows only lit-html).
  e2e.policies = [];
  if (window.trustedTypes?.createPolicy) {
    const create = window.trustedTypes.createPolicy.bind(window.trustedTypes);
    window.trustedTypes.createPolicy = (name, rules) => {
      e2e.policies.push(name);
      return create(name, rules);
    };
  }
  // Every injection payload calls this (or alert) if it ever runs.
  window.__xss = (id) => e2e.xss.push(String(id));
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (value) => e2e.xss.push(`${name}(${value})`);
  }

  // ── Storage that throws ──
  const denied = () => new DOMException('The operation is insecure.', 'SecurityError');
  if (options.storage === 'throw') {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw denied();
        },
      });
    }
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      get() {
        throw denied();
      },
      set() {
        throw denied();
      },
    });
  } else if (options.storage === 'methods' || options.storage === 'quota') {
    const methods = options.storage === 'methods' ? ['getItem', 'setItem', 'removeItem', 'clear', 'key'] : ['setItem'];
    for (const method of methods) {
      Object.defineProperty(Storage.prototype, method, {
        configurable: true,
        value() {
          throw options.storage === 'quota' ? new DOMException('Quota exceeded', 'QuotaExceededError') : denied();
        },
      });
    }
  }

  // ── Main-thread responsiveness: the longest gap between 50 ms ticks ──
  if ('lag' in options) {
    let last = performance.now();
    let worst = 0;
    setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last - 50);
      last = now;
    }, 50);
    e2e.maxLag = () => worst;
  }

  // ── Leak accounting ──
  if ('instrument' in options) {
    const ids = new WeakMap();
    let next = 0;
    const id = (object) => {
      if (!ids.has(object)) ids.set(object, ++next);
      return ids.get(object);
    };
    const listeners = new Map(); // key → WeakRef(target): the suite must not keep removed widgets alive
    const capture = (options) => (typeof options === 'boolean' ? options : !!options?.capture);
    const key = (target, type, listener, options) => `${id(target)}|${type}|${id(listener)}|${capture(options)}`;
    const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
    EventTarget.prototype.addEventListener = function (type, listener, options) {
      if (listener && (typeof listener === 'function' || typeof listener === 'object')) {
        const signal = typeof options === 'object' ? options?.signal : undefined;
        if (!signal?.aborted) {
          const k = key(this, type, listener, options);
          listeners.set(k, new WeakRef(this));
          signal?.addEventListener('abort', () => listeners.delete(k), { once: true });
        }
        if (typeof options === 'object' && options?.once) {
          const k = key(this, type, listener, options);
          const target = this;
          add.call(
            this,
            type,
            () => queueMicrotask(() => listeners.get(k)?.deref() === target && listeners.delete(k)),
            { once: true },
          );
        }
      }
      return add.call(this, type, listener, options);
    };
    EventTarget.prototype.removeEventListener = function (type, listener, options) {
      if (listener) listeners.delete(key(this, type, listener, options));
      return remove.call(this, type, listener, options);
    };

    const timers = new Map(); // id → { kind, delay }
    const wrapTimer = (setName, clearName, repeating) => {
      const set = window[setName];
      const clear = window[clearName];
      window[setName] = function (callback, delay, ...args) {
        let handle;
        const run =
          typeof callback === 'function'
            ? function () {
                if (!repeating) timers.delete(handle);
                return callback.apply(this, arguments);
              }
            : callback;
        handle = set.call(window, run, delay, ...args);
        timers.set(handle, { kind: setName, delay: Number(delay) || 0 });
        return handle;
      };
      window[clearName] = function (handle) {
        timers.delete(handle);
        return clear.call(window, handle);
      };
    };
    wrapTimer('setTimeout', 'clearTimeout', false);
    wrapTimer('setInterval', 'clearInterval', true);

    let openChannels = 0;
    if (window.BroadcastChannel) {
      const Native = window.BroadcastChannel;
      const closed = new WeakSet();
      window.BroadcastChannel = class extends Native {
        constructor(name) {
          super(name);
          openChannels++;
        }
        close() {
          if (!closed.has(this)) {
            closed.add(this);
            openChannels--;
          }
          return super.close();
        }
      };
    }

    const observing = new Map(); // observer → Set(WeakRef(target))
    for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
      const proto = window[name]?.prototype;
      if (!proto) continue;
      const { observe, disconnect, unobserve } = proto;
      proto.observe = function (target, ...rest) {
        if (!observing.has(this)) observing.set(this, new Set());
        observing.get(this).add(new WeakRef(target));
        return observe.call(this, target, ...rest);
      };
      proto.disconnect = function () {
        observing.delete(this);
        return disconnect.call(this);
      };
      if (unobserve) {
        proto.unobserve = function (target) {
          for (const ref of observing.get(this) ?? []) if (ref.deref() === target) observing.get(this).delete(ref);
          return unobserve.call(this, target);
        };
      }
    }

    const mediaQueryLists = new Set();
    const { addListener } = MediaQueryList.prototype;
    MediaQueryList.prototype.addListener = function (listener) {
      mediaQueryLists.add(this);
      return addListener.call(this, listener);
    };

    /** What outlives a removed widget: listeners on live targets, pending timers, open channels, observers of live nodes. */
    e2e.counts = () => {
      // Only what outlives a widget counts: window, document, the page's own nodes, media queries,
      // channels. Nodes inside shadow roots belong to a widget and die with it.
      const live = (target) =>
        !!target &&
        (target instanceof Node
          ? target.isConnected && !(target.getRootNode() instanceof ShadowRoot)
          : !(target instanceof AbortSignal));
      const byTarget = {};
      let listenerCount = 0;
      for (const [k, ref] of listeners) {
        const target = ref.deref();
        if (!live(target)) continue;
        listenerCount++;
        const name = `${target.constructor?.name ?? 'object'} ${k.split('|')[1]}`;
        byTarget[name] = (byTarget[name] ?? 0) + 1;
      }
      const timerKinds = {};
      for (const { kind, delay } of timers.values()) {
        const name = `${kind}(${delay})`;
        timerKinds[name] = (timerKinds[name] ?? 0) + 1;
      }
      let observers = 0;
      for (const targets of observing.values()) if ([...targets].some((ref) => live(ref.deref()))) observers++;
      return { listeners: listenerCount, byTarget, timers: timers.size, timerKinds, channels: openChannels, observers };
    };
  }

  // ── Time travel: clock.ts reads Date.now late, so moving it moves every widget's idea of now ──
  const realNow = Date.now;
  let offset = 0;
  Date.now = () => realNow() + offset;
  /** Moves the clock forward and wakes the widgets as a sleeping tab would be woken. */
  e2e.travel = (ms) => {
    offset += ms;
    dispatchEvent(new Event('focus'));
    dispatchEvent(new Event('pageshow'));
    document.dispatchEvent(new Event('visibilitychange'));
  };

  // ── Helpers the suite calls ──
  /** Every element matching `selector`, in the page and inside every open shadow root. */
  e2e.deep = (selector, root = document) => {
    const found = [];
    const walk = (node) => {
      for (const element of node.querySelectorAll(selector)) found.push(element);
      for (const element of node.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    walk(root);
    return found;
  };
  /** Text of an element including its shadow tree (slots resolved only roughly: good for "is it shown"). */
  e2e.text = (element) => {
    let text = '';
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) text += node.data;
      if (node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.childNodes) if (!(child instanceof HTMLScriptElement)) walk(child);
    };
    walk(element);
    return text.replace(/\s+/g, ' ');
  };
  e2e.sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  e2e.until = async (predicate, timeout = 5000, what = 'condition') => {
    const started = performance.now();
    for (;;) {
      const value = await predicate();
      if (value) return value;
      if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
})();

/**
 * The preview frame's script (dist/studio-preview.js): shows the widgets the
 * studio asks for, with the real bundle and the studio's draft data, and
 * reports its height. See preview-protocol.ts.
 *
 * The draft data reaches the widgets the way a provider's inline JSON would:
 * a plain element between the provider and the widgets answers their
 * requests for the Trust's settings (the Context Community Protocol that
 * `<wellbeing-provider>` speaks) with the provider's own settings plus the
 * drafts. No inline script is written, so Trusted Types are never needed.
 */
import '../index.js';
import { TRUST_CONTEXT, type PreviewEvent, type RenderMessage } from './preview-protocol.js';

type Callback = (value: unknown, unsubscribe?: () => void) => void;
interface ContextRequest extends Event {
  context?: unknown;
  contextTarget?: Element;
  callback: Callback;
  subscribe?: boolean;
}

const root = document.getElementById('widget')!;

/** The height the frame needs: the page, or an open dialog (help-now's sits above the page), whichever is taller. */
function post(type: PreviewEvent['type']): void {
  const dialogs = [...root.querySelectorAll('*')].flatMap((el) => [
    ...(el.shadowRoot?.querySelectorAll('dialog[open]') ?? []),
  ]);
  const height = Math.ceil(Math.max(root.getBoundingClientRect().height, ...dialogs.map((d) => d.scrollHeight + 16)));
  parent.postMessage({ type, height } satisfies PreviewEvent, location.origin);
}

const observer = new ResizeObserver(() => post('wellbeing-studio:height'));

/** Follows the widgets' dialogs too: an open one needs the frame to be as tall as it is. */
async function watchDialogs(widget: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await widget.updateComplete;
  widget.shadowRoot?.querySelectorAll('dialog').forEach((dialog) => observer.observe(dialog));
}

/** An element that gives the widgets inside it the provider's settings plus `data`. */
function dataBridge(data: RenderMessage['data']): { bridge: HTMLElement; connect: () => void } {
  const bridge = document.createElement('div');
  const subscribers = new Set<Callback>();
  let fromProvider: Record<string, unknown> = {};
  const value = () => ({ ...fromProvider, ...data });
  bridge.addEventListener('context-request', (event) => {
    const request = event as ContextRequest;
    if (request.context !== TRUST_CONTEXT || (request.contextTarget ?? event.composedPath()[0]) === bridge) return;
    event.stopPropagation();
    const unsubscribe = () => subscribers.delete(request.callback);
    if (request.subscribe) subscribers.add(request.callback);
    request.callback(value(), unsubscribe);
  });
  // Once the bridge is in the page: ask the provider above for its settings, and follow them.
  const connect = () => {
    const ask = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: TRUST_CONTEXT,
      contextTarget: bridge,
      subscribe: true,
      callback: (settings: unknown) => {
        fromProvider = (settings ?? {}) as Record<string, unknown>;
        for (const callback of subscribers) callback(value(), () => subscribers.delete(callback));
      },
    });
    bridge.dispatchEvent(ask);
  };
  return { bridge, connect };
}

function render({ mode, provider: attributes, widgets, data }: RenderMessage): void {
  root.replaceChildren();
  document.documentElement.lang = attributes.locale === 'cy' ? 'cy' : 'en-GB';
  const provider = document.createElement('wellbeing-provider');
  for (const [name, value] of Object.entries(attributes))
    if (!name.endsWith('-src')) provider.setAttribute(name, value);
  const { bridge, connect } = dataBridge(data);
  provider.append(bridge);
  root.append(provider);
  connect();
  for (const { tag, attributes: own } of widgets) {
    if (!/^wellbeing-[a-z-]+$/.test(tag)) continue;
    const widget = document.createElement(tag);
    for (const [name, value] of Object.entries(own)) if (name !== 'src') widget.setAttribute(name, value);
    // As embed.html does: in a frame, help-now sits in the page rather than floating.
    if (mode === 'embed' && tag === 'wellbeing-help-now') widget.setAttribute('variant', 'inline');
    bridge.append(widget);
    void watchDialogs(widget);
  }
}

addEventListener('message', (event: MessageEvent<RenderMessage>) => {
  if (event.origin !== location.origin || event.source !== parent || event.data?.type !== 'wellbeing-studio:render')
    return;
  render(event.data);
});

observer.observe(root);
post('wellbeing-studio:ready');

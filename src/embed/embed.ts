/**
 * The iframe embed page (dist/embed.html): renders one widget chosen by its
 * query string, for CMSs that strip scripts from pages.
 *
 * `embed.html?widget=support-finder&src=/wellbeing/services.json&lang=cy&region=wales`
 * - `widget`: help-now (default), support-finder, break-reminder or campaign-banner;
 * - `src`: the widget's data file, same origin as this page (relative or absolute);
 * - `lang`: `en` (default) or `cy`; `region`: england, wales, scotland or northern-ireland;
 * - `trust`: the Trust's name; any other attribute the widget has (`topic`,
 *   `interval`, `rotate-seconds`…) passes through as text.
 *
 * The bundle is imported, not copied: dist/embed.js loads dist/wellbeing-widgets.js.
 *
 * The page tells the page around the frame how tall its content is (see
 * {@link reportHeight}), so an optional listener there can size the frame.
 */
import '../index.js';

/** `type` of the message the embed page posts to its parent: `{ type, height }`, the height in CSS pixels. */
export const HEIGHT_MESSAGE = 'wellbeing-widgets:height';

export const EMBEDDABLE = ['help-now', 'support-finder', 'break-reminder', 'campaign-banner'] as const;

/** Only data from this site: a relative URL, or an absolute one on the same origin. */
export function sameOriginUrl(value: string, base: string = location.href): string | undefined {
  try {
    const url = new URL(value, base);
    return url.origin === new URL(base).origin && /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function note(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'embed-note';
  p.textContent = text;
  return p;
}

async function render(params: URLSearchParams, root: HTMLElement): Promise<void> {
  const welsh = params.get('lang')?.toLowerCase().startsWith('cy') ?? false;
  document.documentElement.lang = welsh ? 'cy' : 'en-GB';
  const name = params.get('widget') ?? 'help-now';
  if (!(EMBEDDABLE as readonly string[]).includes(name)) {
    root.append(note(`Unknown widget "${name}": use one of ${EMBEDDABLE.join(', ')}.`));
    return;
  }
  const provider = document.createElement('wellbeing-provider');
  for (const [param, attribute] of [
    ['region', 'region'],
    ['trust', 'trust-name'],
  ] as const) {
    const value = params.get(param);
    if (value) provider.setAttribute(attribute, value);
  }
  const tag = `wellbeing-${name}`;
  const widget = document.createElement(tag);
  if (name === 'help-now') widget.setAttribute('variant', 'inline');
  document.title = provider.getAttribute('trust-name') ?? (welsh ? 'Lles staff' : 'Staff wellbeing');
  // The no-script fallback goes inside the widget, which hides it once it renders.
  widget.append(...root.querySelectorAll('.embed-fallback'));
  provider.append(widget);
  root.append(provider);
  // In the page, the widget's code loads (it may be in a file of its own); once it is defined,
  // its attributes are known. They are set before its first paint, in the same task.
  await customElements.whenDefined(tag);
  const known = (customElements.get(tag) as unknown as { observedAttributes?: string[] }).observedAttributes ?? [];
  for (const [key, value] of params) {
    if (!known.includes(key) || ['widget', 'lang', 'trust'].includes(key)) continue;
    if (key === 'src' || key.endsWith('-src')) {
      const url = sameOriginUrl(value);
      if (url) widget.setAttribute(key, url);
      else root.append(note(`The data file "${value}" was not loaded: it must be on this site.`));
    } else widget.setAttribute(key, value);
  }
  reportHeight(widget as HTMLElement & { updateComplete?: Promise<unknown> });
}

/**
 * Posts `{ type: HEIGHT_MESSAGE, height }` to the parent whenever the content's
 * height changes: the page, or an open dialog (which sits above the page and
 * needs the frame to be as tall as it is). Nothing about the person is in it,
 * and `parent` is the only window that can receive it, so no target origin is
 * needed; the listener (docs/embed.md) checks where each message comes from.
 */
function reportHeight(widget: HTMLElement & { updateComplete?: Promise<unknown> }): void {
  if (parent === window) return;
  let last = 0;
  const post = () => {
    const dialog = widget.shadowRoot?.querySelector('dialog[open]');
    // The dialog is at most the frame's height less 16px: room for its whole content when open.
    const height = Math.ceil(
      Math.max(document.body.getBoundingClientRect().height, dialog ? dialog.scrollHeight + 16 : 0),
    );
    if (height !== last) parent.postMessage({ type: HEIGHT_MESSAGE, height: (last = height) }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(document.body);
  void widget.updateComplete?.then(() =>
    widget.shadowRoot?.querySelectorAll('dialog').forEach((dialog) => observer.observe(dialog)),
  );
}

const root = document.getElementById('widget');
if (root) void render(new URLSearchParams(location.search), root);

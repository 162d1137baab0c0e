import { toLocale } from './core/i18n/index.js';
import { log } from './core/platform/log.js';

/**
 * The widgets whose code loads only when their tag first appears in the page,
 * from files next to the entry file (a native `import()` resolves them against
 * the entry's own URL). Help-now and the provider are in the entry itself: the
 * national numbers never wait for a second request.
 */
const LAZY: Record<string, () => Promise<unknown>> = {
  'wellbeing-support-finder': () => import('./support-finder/define.js'),
  'wellbeing-break-reminder': () => import('./break-reminder/define.js'),
  'wellbeing-campaign-banner': () => import('./campaign-banner/define.js'),
};

const COULD_NOT_LOAD = {
  en: 'This part of the page could not load. Reload the page to try again.',
  cy: "Nid oedd modd llwytho'r rhan hon o'r dudalen. Ail-lwythwch y dudalen i roi cynnig arall arni.",
};

/**
 * Stands in for a widget whose file failed to arrive (offline, blocked by a
 * proxy, removed from the server): a calm line instead of an empty gap.
 */
class CouldNotLoad extends HTMLElement {
  private readonly line = document.createElement('p');

  constructor() {
    super();
    this.line.setAttribute('role', 'status');
    this.attachShadow({ mode: 'open' }).append(this.line);
  }

  connectedCallback(): void {
    this.line.textContent = COULD_NOT_LOAD[toLocale(this.closest('[lang]')?.getAttribute('lang')) ?? 'en'];
  }
}

const waiting = new Set(Object.keys(LAZY));

function load(tag: string): void {
  waiting.delete(tag);
  if (customElements.get(tag)) return; // another copy of the bundle got there first
  LAZY[tag]!().catch((error: Error & { file?: string }) => {
    log.error(`<${tag}>`, `could not load ${error.file ?? 'its code'} (${error.message})`);
    if (!customElements.get(tag)) customElements.define(tag, class extends CouldNotLoad {});
  });
}

/**
 * Loads the code of every waiting widget in `root` (the document, or an element just added to it);
 * true when none is left to wait for.
 */
function scan(root: Document | Element = document): boolean {
  for (const tag of waiting) if ((root as Element).localName === tag || root.querySelector(tag)) load(tag);
  return !waiting.size;
}

// The first look happens as this module runs, before the entry goes on to define help-now and the
// provider (it imports this module first): the widgets' files are on their way while it does.
scan();

/**
 * Loads each lazy widget's code when its tag is first in the document, now or
 * later (a CMS or a single-page app may add it after the script has run). Only
 * what was added is searched, so a page that keeps changing pays for its changes,
 * not for its whole document each time. The observer stops once every widget has loaded.
 */
export function autoload(): void {
  // The look as this module ran saw the document as it is now: the entry's modules run in one go
  // after it, with no parsing in between, so a second look would find nothing new.
  if (!waiting.size) return;
  const observer = new MutationObserver((records) => {
    for (const { addedNodes } of records)
      for (const node of addedNodes)
        if (node.nodeType === Node.ELEMENT_NODE && scan(node as Element)) return observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

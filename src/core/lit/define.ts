import { VERSION } from '../version.js';

const VERSIONS_KEY = Symbol.for('wellbeing-widgets.versions');
/** Set by whichever copy warns first: the page hears about a second copy once, not once per copy. */
const WARNED_KEY = Symbol.for('wellbeing-widgets.warned-duplicate');
type Registries = Record<symbol, Record<string, string> | boolean | undefined>;

/**
 * Registers a custom element unless the tag is already taken.
 *
 * Intranet CMSs often include a script twice, or two teams embed two versions
 * on one page. Throwing from `customElements.define` would break the page, so
 * the first copy stays in charge and the page hears so once in the console.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const shared = globalThis as Registries;
  const registry = (shared[VERSIONS_KEY] ??= {}) as Record<string, string>;
  const existing = customElements.get(tag);
  if (existing) {
    // With the split bundle a copy's widgets arrive at different times, so two copies
    // can each find a tag the other took: still one warning for the page.
    if (existing !== element && !shared[WARNED_KEY]) {
      shared[WARNED_KEY] = true;
      console.warn(
        `[wellbeing-widgets] <${tag}> is already defined by version ${registry[tag] ?? 'unknown'}; ` +
          `this copy (version ${VERSION}) leaves it in place. Load the bundle once per page.`,
      );
    }
    return;
  }
  customElements.define(tag, element);
  registry[tag] = VERSION;
}

import { VERSION } from '../version.js';

const VERSIONS_KEY = Symbol.for('wellbeing-widgets.versions');
type VersionRegistry = Record<string, string>;

let warned = false;

/**
 * Registers a custom element unless the tag is already taken.
 *
 * Intranet CMSs often include a script twice, or two teams embed two versions
 * on one page. Throwing from `customElements.define` would break the page, so
 * the first copy stays in charge and this copy says so once in the console.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const registry = ((globalThis as Record<symbol, VersionRegistry>)[VERSIONS_KEY] ??= {});
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element && !warned) {
      warned = true;
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

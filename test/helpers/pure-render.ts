import type { ReactiveElement } from 'lit';

/** Every reactive property and state of `el`, by name, as Lit itself lists them. */
export function reactiveValues(el: ReactiveElement): Map<PropertyKey, unknown> {
  const { elementProperties } = el.constructor as typeof ReactiveElement;
  return new Map(
    [...elementProperties.keys()].map((key) => [key, (el as unknown as Record<PropertyKey, unknown>)[key]]),
  );
}

/**
 * Counts the updates `el` runs from now on, through Lit's own controller hook;
 * call the returned function to read the count and stop counting.
 */
export function countUpdates(el: ReactiveElement): () => number {
  let updates = 0;
  const counter = { hostUpdated: () => updates++ };
  el.addController(counter);
  return () => {
    el.removeController(counter);
    return updates;
  };
}

export interface RenderAgain {
  /** updates run: 1 for a pure render, which schedules no other */
  updates: number;
  /** reactive properties and states that hold a different value afterwards */
  changed: PropertyKey[];
  /** the shadow DOM before and after */
  before: string;
  after: string;
}

/**
 * Asks `el` to render again with nothing changed and reports what that did. A
 * pure `render()` (derived state computed in `willUpdate`, nothing set in
 * `updated`) runs one update, changes no reactive value and draws the same DOM.
 */
export async function renderAgain(el: ReactiveElement): Promise<RenderAgain> {
  await el.updateComplete;
  const values = reactiveValues(el);
  const before = el.shadowRoot!.innerHTML;
  const updates = countUpdates(el);
  el.requestUpdate();
  // `updateComplete` resolves `false` while another update is pending; ten means one never settles.
  for (let i = 0; i < 10 && !(await el.updateComplete); i++);
  const after = reactiveValues(el);
  const changed = [...values].filter(([key, value]) => !Object.is(value, after.get(key))).map(([key]) => key);
  return { updates: updates(), changed, before, after: el.shadowRoot!.innerHTML };
}

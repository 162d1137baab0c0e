import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * Mounts a template and waits for every widget in it to render. Use instead of
 * `fixture()` for plain wrappers: `fixture()` then waits for an animation frame,
 * which background tabs in parallel runs never deliver.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const widgets = [root, ...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('wellbeing-'));
  await Promise.all(widgets.map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  return root;
}

/**
 * Waits until `predicate` holds (for network-driven renders). Polls with
 * timers, not animation frames, which background tabs never deliver.
 */
export async function until(predicate: () => unknown, timeoutMs = 5000): Promise<void> {
  const started = performance.now();
  while (!predicate()) {
    if (performance.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

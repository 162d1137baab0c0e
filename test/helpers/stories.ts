import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

interface StoryMeta<A> {
  args?: Partial<A>;
  render?: (args: A, context: never) => unknown;
}
interface Story<A> {
  args?: Partial<A>;
  render?: (args: A, context: never) => unknown;
}

/** Renders a Storybook story the way Storybook would, so tests use the documented fixtures. */
export async function renderStory<A>(meta: StoryMeta<A>, story: Story<A>): Promise<HTMLElement> {
  const args = { ...meta.args, ...story.args } as A;
  const render = story.render ?? meta.render!;
  return fixture<HTMLElement>(html`<div>${render(args, undefined as never) as TemplateResult}</div>`);
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

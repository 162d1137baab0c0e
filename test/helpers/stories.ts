import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { mount } from './mount.js';

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
  return mount(html`<div>${render(args, undefined as never) as TemplateResult}</div>`);
}

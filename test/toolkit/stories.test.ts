import { expect } from '@open-wc/testing';
import { renderStory } from '../helpers/stories.js';
// Every stories module, by file name. test/toolkit/stories-list.test.mjs fails
// when a file in stories/ is missing here, so no story escapes this check.
import * as breakReminder from '../../stories/break-reminder.stories.js';
import * as campaignBanner from '../../stories/campaign-banner.stories.js';
import * as helpNow from '../../stories/help-now.stories.js';
import * as supportFinder from '../../stories/support-finder.stories.js';

const MODULES: Record<string, Record<string, unknown>> = {
  'break-reminder': breakReminder,
  'campaign-banner': campaignBanner,
  'help-now': helpNow,
  'support-finder': supportFinder,
};

type Args = Record<string, unknown>;
interface Story {
  args?: Args;
  render?: (args: Args, context: never) => unknown;
  play?: (context: {
    canvasElement: HTMLElement;
    args: Args;
    step: (name: string, run: () => unknown) => unknown;
  }) => unknown;
}

/** Waits until every widget has finished updating and the markup stops changing (data files load). */
async function settle(root: HTMLElement): Promise<void> {
  const snapshot = () =>
    [...root.querySelectorAll('*')].map((el) => `${el.outerHTML.length}:${el.shadowRoot?.innerHTML ?? ''}`).join('|');
  let previous = '';
  for (let i = 0; i < 40; i++) {
    const widgets = [...root.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].filter((el) =>
      el.localName.startsWith('wellbeing-'),
    );
    await Promise.all(widgets.map((el) => el.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = snapshot();
    if (i > 1 && now === previous) return;
    previous = now;
  }
}

/** Named exports Storybook treats as stories: all but `default`, honouring include/excludeStories. */
function storiesOf(module: Record<string, unknown>): Array<[string, unknown]> {
  const meta = module.default as { excludeStories?: string[]; includeStories?: string[] };
  return Object.entries(module).filter(
    ([name]) =>
      name !== 'default' &&
      name !== '__namedExportsOrder' &&
      !meta.excludeStories?.includes(name) &&
      (!meta.includeStories || meta.includeStories.includes(name)),
  );
}

/** A CSF story: a plain object (args, render, play…) or a render function. */
const isStory = (value: unknown) =>
  typeof value === 'function' || (typeof value === 'object' && value !== null && !Array.isArray(value));

describe('every story renders and passes axe', () => {
  // Each story starts from a clean browser: no state left by the one before.
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('wellbeing-widgets:')) localStorage.removeItem(key);
  });

  afterEach(() => {
    // Floating widgets and open dialogs must not leak into the next story.
    document.querySelectorAll('dialog[open]').forEach((dialog) => (dialog as HTMLDialogElement).close());
  });

  for (const [file, module] of Object.entries(MODULES)) {
    const meta = module.default as { component?: string; render?: Story['render']; args?: Args };
    describe(`stories/${file}.stories.ts`, () => {
      it('has a component, stories, and no other exports shown as stories', () => {
        expect(meta.component, 'meta.component').to.match(/^wellbeing-/);
        expect(storiesOf(module)).to.not.be.empty;
        // Storybook lists every named export as a story: helpers belong in meta.excludeStories.
        const notStories = storiesOf(module)
          .filter(([, value]) => !isStory(value))
          .map(([name]) => name);
        expect(notStories, 'exports Storybook would show as broken stories (add them to excludeStories)').to.deep.equal(
          [],
        );
      });

      for (const [name, exported] of storiesOf(module).filter(([, value]) => isStory(value))) {
        it(name, async () => {
          const story: Story =
            typeof exported === 'function' ? { render: exported as Story['render'] } : (exported as Story);
          const root = await renderStory(meta, story);
          const args = { ...meta.args, ...story.args };
          await story.play?.({ canvasElement: root, args, step: (_name, run) => run() });
          await settle(root);
          const widgets = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('wellbeing-'));
          expect(
            widgets.length,
            'the story renders a widget (a helper export belongs in meta.excludeStories)',
          ).to.be.greaterThan(0);
          for (const widget of widgets) {
            expect(customElements.get(widget.localName), `<${widget.localName}> is defined`).to.exist;
            expect(widget.shadowRoot, `<${widget.localName}> has rendered`).to.exist;
          }
          await expect(root).to.be.accessible();
        });
      }
    });
  }
});

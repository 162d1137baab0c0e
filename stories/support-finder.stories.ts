import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/provider/define.js';
import '../src/support-finder/define.js';

/**
 * Stories double as test fixtures: test/support-finder/support-finder.test.ts
 * renders these, so the documented states are the tested states.
 */
interface FinderArgs {
  src?: string;
  topic?: string;
  query?: string;
  catalogue?: 'built-in';
  reserve?: string;
  lang: 'en' | 'cy';
}

const meta: Meta<FinderArgs> = {
  title: 'Widgets/Support finder',
  component: 'wellbeing-support-finder',
  args: { src: '/samples/services.json', lang: 'en' },
  argTypes: {
    topic: {
      control: 'select',
      options: [undefined, 'money', 'bereavement', 'sleep-and-fatigue', 'violence-and-aggression'],
    },
    catalogue: { control: 'inline-radio', options: [undefined, 'built-in'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: ({ src, topic, query, catalogue, reserve, lang }) => html`
    <div lang=${lang}>
      <wellbeing-support-finder
        src=${src ?? nothing}
        topic=${topic ?? nothing}
        query=${query ?? nothing}
        catalogue=${catalogue ?? nothing}
        reserve=${reserve ?? nothing}
      ></wellbeing-support-finder>
    </div>
  `,
};
export default meta;
type Story = StoryObj<FinderArgs>;

/** The sample Trust's services: search, topic chips and filters. */
export const Default: Story = {};

/** A topic page: `topic="money"` preselects the "money" chip. */
export const TopicPreset: Story = { args: { topic: 'money' } };

/** Nothing matches: a kind message, 999 and NHS 111, and a way to open the page's help-now. */
export const NoResults: Story = { args: { query: 'parking permit' } };

/** Invalid entries are skipped (the console names each one); markup in the data shows as text. */
export const BadData: Story = { args: { src: '/test/fixtures/invalid-services.json' } };

/** An unusable file: a calm message and the route to urgent help. */
export const Unusable: Story = { args: { src: '/test/fixtures/unusable-services.json' } };

/** In Welsh, following the page's `lang`. */
export const Welsh: Story = { args: { lang: 'cy' } };

/**
 * The built-in national services. `catalogue="built-in"` asks for them
 * even inside a provider that has `services-src`.
 */
export const BuiltInCatalogue: Story = {
  args: { src: undefined, catalogue: 'built-in' },
  render: ({ catalogue, lang }) => html`
    <wellbeing-provider services-src="/samples/services.json">
      <div lang=${lang}><wellbeing-support-finder catalogue=${catalogue ?? nothing}></wellbeing-support-finder></div>
    </wellbeing-provider>
  `,
};

/**
 * A narrow finder (a phone, 200% zoom or a sidebar, under 40em): the topic chips wait
 * behind "Filter by topic", which names the chosen topic. Like every list, it shows the
 * first three results and a "Show all" button.
 */
export const Narrow: Story = {
  args: { topic: 'money' },
  render: ({ src, topic, lang }) => html`
    <div lang=${lang} style="max-width: 320px">
      <wellbeing-support-finder src=${src ?? nothing} topic=${topic ?? nothing}></wellbeing-support-finder>
    </div>
  `,
};

/**
 * `reserve="40rem"`: the finder keeps at least that height from the start, so the page
 * below does not move when the services arrive.
 */
export const Reserved: Story = { args: { reserve: '40rem' } };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/help-now/define.js';

/**
 * Stories double as test fixtures: test/help-now/help-now.test.ts renders
 * these, so the documented states are the tested states.
 */
interface HelpNowArgs {
  variant: 'floating' | 'inline';
  position: 'bottom-right' | 'bottom-left';
  region: 'england' | 'wales' | 'scotland' | 'northern-ireland';
  src?: string;
  lang: 'en' | 'cy';
}

const meta: Meta<HelpNowArgs> = {
  title: 'Widgets/Help now',
  component: 'wellbeing-help-now',
  args: { variant: 'inline', position: 'bottom-right', region: 'england', lang: 'en' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['floating', 'inline'] },
    position: { control: 'inline-radio', options: ['bottom-right', 'bottom-left'] },
    region: { control: 'select', options: ['england', 'wales', 'scotland', 'northern-ireland'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: ({ variant, position, region, src, lang }) => html`
    <div lang=${lang}>
      <wellbeing-help-now variant=${variant} position=${position} region=${region} src=${src ?? nothing}></wellbeing-help-now>
    </div>
  `,
};
export default meta;
type Story = StoryObj<HelpNowArgs>;

/** In the flow of a sidebar or footer, national numbers only. */
export const Inline: Story = {};

/** Fixed to the bottom-right corner of the window, as on most intranet pages. */
export const Floating: Story = { args: { variant: 'floating' } };

/** With the Trust's own contacts from a JSON file. */
export const WithTrustContacts: Story = { args: { src: '/samples/help-contacts.json' } };

/** Wales: NHS 111 Wales, press 2, in Welsh. */
export const Welsh: Story = { args: { lang: 'cy', region: 'wales', src: '/samples/help-contacts.json' } };

/** Scotland: NHS 24 and Breathing Space. */
export const Scotland: Story = { args: { region: 'scotland' } };

/** Northern Ireland: Lifeline. */
export const NorthernIreland: Story = { args: { region: 'northern-ireland' } };

/** A broken contacts file: the national numbers still show, with a calm note. */
export const BrokenConfig: Story = { args: { src: '/test/fixtures/not-json.json' } };

/**
 * The documented snippet: urgent numbers inside the tag, as `tel:` links, for when the
 * script does not load. They show until the element is defined; once it renders they are
 * hidden (not drawn, not in the Tab order, not read), so only the button shows here.
 */
export const WithFallback: Story = {
  render: ({ variant, position, region, lang }) => html`
    <div lang=${lang}>
      <wellbeing-help-now variant=${variant} position=${position} region=${region}>
        <p>
          In an emergency call <a href="tel:999">999</a>. For urgent mental health help call <a href="tel:111">111</a>
          (option 2). Samaritans, free at any time: <a href="tel:116123">116 123</a>.
        </p>
      </wellbeing-help-now>
    </div>
  `,
};

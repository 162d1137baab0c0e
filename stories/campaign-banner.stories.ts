import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { dismissedKey } from '../src/campaign-banner/campaign-banner.js';
import '../src/campaign-banner/define.js';
import { addDays, campaignVersion } from '../src/campaign-banner/schedule.js';
import { ukTime } from '../src/core/platform/clock.js';
import type { Campaign } from '../src/core/data/schemas.js';
import { storage } from '../src/core/platform/storage.js';

/**
 * Stories double as test fixtures: test/campaign-banner/campaign-banner.test.ts
 * renders these, so the documented states are the tested states. The sample
 * campaigns are dated around today, so every story shows something whenever
 * it is opened; the preview story reads the demo Trust's file instead.
 */
interface CampaignBannerArgs {
  /** a campaigns file to load */
  src?: string;
  /** or a campaigns file given inline, as a `<script type="application/json">` child */
  data?: { campaigns: Campaign[] };
  previewDate?: string;
  rotateSeconds?: number;
  paused: boolean;
  path?: string;
  /** a CSS length the banner keeps as its minimum height */
  reserve?: string;
  lang: 'en' | 'cy';
  /** campaign ids (in `data`) dismissed before the story renders */
  dismissed?: string[];
}

const day = (offset: number) => addDays(ukTime().date, offset);

/** Three campaigns showing today, plus one next month. */
const sampleCampaigns: Campaign[] = [
  {
    id: 'menopause-cafe',
    title: 'Menopause café',
    title_cy: 'Caffi menopos',
    message: 'An informal monthly get-together for colleagues going through the menopause and anyone supporting them.',
    message_cy: 'Cyfarfod anffurfiol bob mis i gydweithwyr sy’n mynd drwy’r menopos ac unrhyw un sy’n eu cefnogi.',
    starts: day(-10),
    ends: day(60),
    link: { href: '/wellbeing/menopause', text: 'Menopause support at work', text_cy: 'Cymorth menopos yn y gwaith' },
  },
  {
    id: 'time-to-talk',
    title: 'Time to Talk Day',
    title_cy: 'Diwrnod Amser i Siarad',
    message:
      'A conversation can make a big difference. Take five minutes with a colleague: a cuppa, a walk, a check-in.',
    message_cy:
      'Gall sgwrs wneud gwahaniaeth mawr. Treuliwch bum munud gyda chydweithiwr: paned, tro bach, gair i holi sut maen nhw.',
    starts: day(-1),
    ends: day(2),
    priority: 10,
    tone: 'celebrate',
    image: { src: '/test/fixtures/campaign-image.svg', alt: 'Two speech bubbles', alt_cy: 'Dau swigen siarad' },
    link: {
      href: 'https://intranet.wellford-valley.example/wellbeing/time-to-talk',
      text: 'Ideas for starting a conversation',
    },
  },
  {
    id: 'flu-clinics',
    title: 'Get your winter flu vaccination',
    message: 'Drop-in clinics run every weekday in the Staff Health Hub, and peer vaccinators visit wards at night.',
    starts: day(-30),
    ends: day(20),
    priority: 5,
    tone: 'important',
    dismissible: false,
  },
  {
    id: 'wellbeing-week',
    title: 'Wellbeing Week',
    message: 'Free massages, health checks and a staff choir, all week.',
    starts: day(30),
    ends: day(34),
    priority: 20,
  },
];

/** An inline JSON child, the no-build way to give the banner its data. */
function inlineJson(data: unknown): HTMLScriptElement {
  return Object.assign(document.createElement('script'), {
    type: 'application/json',
    textContent: JSON.stringify(data),
  });
}

const meta: Meta<CampaignBannerArgs> = {
  title: 'Widgets/Campaign banner',
  component: 'wellbeing-campaign-banner',
  args: { data: { campaigns: sampleCampaigns }, paused: false, lang: 'en' },
  argTypes: {
    previewDate: { control: 'text' },
    rotateSeconds: { control: { type: 'number', min: 0, step: 1 } },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: ({ src, data, previewDate, rotateSeconds, paused, path, reserve, lang, dismissed }) => {
    for (const id of dismissed ?? []) {
      const campaign = data?.campaigns.find((c) => c.id === id);
      if (campaign) storage.set(dismissedKey(id), campaignVersion(campaign));
    }
    return html`
      <div lang=${lang}>
        <wellbeing-campaign-banner
          src=${src ?? nothing}
          preview-date=${previewDate ?? nothing}
          rotate-seconds=${rotateSeconds ?? nothing}
          ?paused=${paused}
          path=${path ?? nothing}
          reserve=${reserve ?? nothing}
          >${src || !data ? nothing : inlineJson(data)}</wellbeing-campaign-banner
        >
      </div>
    `;
  },
};
export default meta;
type Story = StoryObj<CampaignBannerArgs>;

/** One campaign showing: no Previous/Next, just Dismiss. */
export const Single: Story = { args: { data: { campaigns: [sampleCampaigns[0]!] } } };

/** Three campaigns showing, highest priority first, moving on every 8 seconds with a Pause button. */
export const SeveralRotating: Story = { args: { rotateSeconds: 8 } };

/** Rotation paused: only the Play button (or Previous/Next) moves on. */
export const Paused: Story = { args: { rotateSeconds: 8, paused: true } };

/** The top campaign was dismissed earlier: the other two still show. */
export const Dismissed: Story = { args: { dismissed: ['time-to-talk'] } };

/** A campaign team checks Mental Health Awareness Week 2027 in the demo Trust's file before it goes live. */
export const PreviewDate: Story = { args: { src: '/samples/campaigns.json', previewDate: '2027-05-12' } };

/** In Welsh; a campaign with no Welsh text shows its English, marked as English. */
export const Welsh: Story = { args: { lang: 'cy' } };

/** A reserved height, as tall as the tallest campaign: the page below stays still while they take turns. */
export const Reserved: Story = { args: { rotateSeconds: 8, reserve: '16rem' } };

/** A file with invalid entries: each is skipped with a console error naming the file and field; markup shows as text. */
export const InvalidData: Story = { args: { src: '/test/fixtures/invalid-campaigns.json' } };

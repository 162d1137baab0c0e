import { expect } from '@open-wc/testing';
import { formsFromManifest, type Manifest } from '../../src/studio/manifest-forms.js';
import {
  classicSnippet,
  embedQuery,
  iframeHeight,
  iframeSnippet,
  moduleSnippet,
  wordpressSnippet,
  type SnippetConfig,
} from '../../src/studio/snippet.js';

const config: SnippetConfig = {
  base: '/wellbeing',
  provider: {
    'trust-name': 'Wellford Valley NHS Trust',
    region: 'wales',
    locale: 'cy',
    'services-src': '/wellbeing/services.json',
  },
  widgets: [
    { tag: 'wellbeing-support-finder', attributes: { topic: 'money' } },
    { tag: 'wellbeing-help-now', attributes: { variant: 'inline' } },
    { tag: 'wellbeing-campaign-banner', attributes: { paused: '' } },
  ],
};

describe('studio: snippets', () => {
  it('writes the ES module snippet with the provider and each widget', () => {
    expect(moduleSnippet(config)).to.equal(`<script type="module" src="/wellbeing/wellbeing-widgets.js"></script>

<wellbeing-provider trust-name="Wellford Valley NHS Trust" region="wales" locale="cy"
                    services-src="/wellbeing/services.json">
  <wellbeing-support-finder topic="money"></wellbeing-support-finder>
  <wellbeing-help-now variant="inline"></wellbeing-help-now>
  <wellbeing-campaign-banner paused></wellbeing-campaign-banner>
</wellbeing-provider>
`);
  });

  it('writes the classic script snippet', () => {
    expect(classicSnippet({ ...config, base: '' })).to.match(
      /^<script src="\.\/wellbeing-widgets\.iife\.js" defer><\/script>\n\n<wellbeing-provider/,
    );
  });

  it('escapes what the editor typed', () => {
    const snippet = moduleSnippet({ base: '/w/', provider: { 'trust-name': 'A & B "Trust" <x>' }, widgets: [] });
    expect(snippet).to.include('trust-name="A &amp; B &quot;Trust&quot; &lt;x>"');
  });

  it('writes one iframe a widget, with the embed page’s parameters and the measured height', () => {
    expect(embedQuery(config, config.widgets[0]!)).to.equal(
      'widget=support-finder&src=%2Fwellbeing%2Fservices.json&lang=cy&region=wales&trust=Wellford%20Valley%20NHS%20Trust&topic=money',
    );
    const frames = iframeSnippet({
      ...config,
      heights: { 'wellbeing-support-finder': 431.2, 'wellbeing-help-now': 90 },
    });
    expect(frames).to.include(
      '<iframe src="/wellbeing/embed.html?widget=support-finder&amp;src=%2Fwellbeing%2Fservices.json&amp;lang=cy',
    );
    // The config is for Welsh pages, so the titles are Welsh.
    expect(frames).to.include('title="Chwilio am gymorth llesiant staff" width="100%" height="432"');
    expect(frames).to.include('title="Cael help nawr" width="100%" height="560"'); // room for its window
    expect(frames).to.include(
      'widget=campaign-banner&amp;lang=cy&amp;region=wales&amp;trust=Wellford%20Valley%20NHS%20Trust&amp;paused=true',
    );
    expect(frames).to.include('title="Ymgyrchoedd llesiant staff" width="100%" height="200"'); // not measured yet
    expect(iframeSnippet({ ...config, provider: {} })).to.include('title="Find staff wellbeing support"');
    expect(iframeHeight('wellbeing-help-now', 700)).to.equal(700);
  });
});

describe('studio: WordPress shortcode', () => {
  it('names the widgets, with help-now inline and the finder’s topic', () => {
    expect(wordpressSnippet(config)).to.equal(
      '[wellbeing support-finder help-now campaign-banner variant="inline" topic="money"]\n',
    );
    expect(
      wordpressSnippet({ base: '', provider: {}, widgets: [{ tag: 'wellbeing-help-now', attributes: {} }] }),
    ).to.equal('[wellbeing help-now]\n');
  });
});

describe('studio: forms from the custom-elements manifest', () => {
  it('gives each element’s attributes a control, description and allowed values', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const forms = formsFromManifest(manifest);
    expect(forms.map((f) => f.tag).sort()).to.deep.equal([
      'wellbeing-break-reminder',
      'wellbeing-campaign-banner',
      'wellbeing-help-now',
      'wellbeing-provider',
      'wellbeing-support-finder',
    ]);
    const help = forms.find((f) => f.tag === 'wellbeing-help-now')!;
    expect(help.summary).to.be.a('string').and.not.empty;
    expect(help.attributes.find((a) => a.name === 'variant')).to.deep.include({
      control: 'choice',
      options: ['floating', 'inline'],
      defaultValue: 'floating',
    });
    const reminder = forms.find((f) => f.tag === 'wellbeing-break-reminder')!;
    expect(reminder.attributes.find((a) => a.name === 'interval')).to.deep.include({
      control: 'number',
      defaultValue: '90',
    });
    const banner = forms.find((f) => f.tag === 'wellbeing-campaign-banner')!;
    expect(banner.attributes.find((a) => a.name === 'paused')).to.deep.include({ control: 'boolean' });
    expect(banner.attributes.find((a) => a.name === 'src')!.description).to.include('campaigns JSON file');
  });
});

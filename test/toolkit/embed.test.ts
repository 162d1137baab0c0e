import { expect } from '@open-wc/testing';
import { until } from '../helpers/stories.js';

/**
 * The iframe embed page as built (dist/embed.html, after `npm run build`),
 * loaded in a real iframe. The page carries its own strict
 * Content-Security-Policy (no inline script or style, Trusted Types), so a
 * widget that renders here renders under that policy.
 */
const frames: HTMLIFrameElement[] = [];

async function embed(query: string): Promise<Document> {
  const probe = await fetch('/dist/embed.html', { method: 'HEAD' });
  if (!probe.ok) throw new Error('dist/embed.html is missing: run `npm run build` first');
  const frame = document.createElement('iframe');
  frame.title = 'Staff wellbeing';
  frame.style.cssText = 'width: 400px; height: 500px; border: 0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/dist/embed.html?${query}`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const shadowText = (doc: Document, tag: string) =>
  doc.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

describe('the iframe embed page (dist/embed.html)', () => {
  it('renders help-now inline with the Trust contacts, region and provider', async () => {
    const doc = await embed('widget=help-now&src=/samples/help-contacts.json&region=scotland&trust=Wellford%20Valley%20NHS%20Trust');
    await until(() => shadowText(doc, 'wellbeing-help-now').includes('Staff Psychological Support Service'));
    const widget = doc.querySelector('wellbeing-provider > wellbeing-help-now')!;
    expect(widget.getAttribute('variant')).to.equal('inline');
    expect(widget.closest('wellbeing-provider')!.getAttribute('trust-name')).to.equal('Wellford Valley NHS Trust');
    expect(shadowText(doc, 'wellbeing-help-now')).to.include('Breathing Space');
    expect(doc.documentElement.lang).to.equal('en-GB');
    expect(doc.title).to.equal('Wellford Valley NHS Trust');
    const trigger = widget.shadowRoot!.querySelector('button')!;
    expect(trigger.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('speaks Welsh with lang=cy', async () => {
    const doc = await embed('widget=help-now&lang=cy&region=wales');
    await until(() => shadowText(doc, 'wellbeing-help-now').includes('Cael help nawr'));
    expect(doc.documentElement.lang).to.equal('cy');
  });

  it('loads data only from its own site', async () => {
    const doc = await embed('widget=help-now&src=https://data.example/help-contacts.json');
    await until(() => doc.querySelector('wellbeing-help-now')?.shadowRoot);
    expect(doc.querySelector('wellbeing-help-now')!.hasAttribute('src')).to.equal(false);
    expect(doc.querySelector('.embed-note')!.textContent).to.include('must be on this site');
    // The national numbers still show.
    await until(() => shadowText(doc, 'wellbeing-help-now').includes('116 123'));
  });

  it('says so when the widget name is unknown, and never creates arbitrary elements', async () => {
    const doc = await embed('widget=../../evil');
    await until(() => doc.querySelector('.embed-note'));
    expect(doc.querySelector('.embed-note')!.textContent).to.include('Unknown widget');
    expect(doc.querySelector('[is], script:not([src])')).to.equal(null);
    expect([...doc.querySelectorAll('*')].some((el) => el.localName.startsWith('wellbeing-'))).to.equal(false);
  });

  it('opens links in the intranet page, not inside the frame', async () => {
    const doc = await embed('widget=help-now');
    expect(doc.querySelector('base')!.getAttribute('target')).to.equal('_top');
  });
});

describe('the iframe embed page with data-driven widgets', () => {
  it('renders the support finder on a same-site services file, with a preset query', async () => {
    const doc = await embed('widget=support-finder&src=/samples/services.json&query=money%20worries&trust=Wellford%20Valley%20NHS%20Trust');
    await until(() => shadowText(doc, 'wellbeing-support-finder').includes('Employee Assistance Programme'));
    const finder = doc.querySelector('wellbeing-support-finder')!;
    expect(finder.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('money worries');
    expect(finder.getAttribute('src')).to.equal(new URL('/samples/services.json', location.href).href);
  });

  it('renders the campaign banner from a same-site campaigns file, passing its own attributes on', async () => {
    const doc = await embed('widget=campaign-banner&src=/samples/campaigns.json&preview-date=2026-11-20');
    const banner = () => doc.querySelector('wellbeing-campaign-banner');
    await until(() => shadowText(doc, 'wellbeing-campaign-banner').includes('Schwartz Round'));
    expect(banner()!.getAttribute('preview-date')).to.equal('2026-11-20');
    expect(banner()!.getAttribute('src')).to.equal(new URL('/samples/campaigns.json', location.href).href);
  });

  it('renders the campaign banner in Welsh', async () => {
    const doc = await embed('widget=campaign-banner&src=/samples/campaigns.json&preview-date=2026-11-20&lang=cy');
    await until(() => shadowText(doc, 'wellbeing-campaign-banner').includes('Cylch Schwartz'));
  });
});

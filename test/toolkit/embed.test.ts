import { expect } from '@open-wc/testing';
import { until } from '../helpers/mount.js';

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

/** Opens the framed help-now's dialog, whose contents render on first open. */
async function openHelp(doc: Document) {
  await until(() => doc.querySelector('wellbeing-help-now')?.shadowRoot);
  (doc.querySelector('wellbeing-help-now') as HTMLElement & { show(): void }).show();
}

const shadowText = (doc: Document, tag: string) =>
  doc.querySelector(tag)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

describe('the iframe embed page (dist/embed.html)', () => {
  it('renders help-now inline with the Trust contacts, region and provider', async () => {
    const doc = await embed(
      'widget=help-now&src=/samples/help-contacts.json&region=scotland&trust=Wellford%20Valley%20NHS%20Trust',
    );
    await openHelp(doc);
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
    await openHelp(doc);
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
    const doc = await embed(
      'widget=support-finder&src=/samples/services.json&query=money%20worries&trust=Wellford%20Valley%20NHS%20Trust',
    );
    await until(() => shadowText(doc, 'wellbeing-support-finder').includes('Employee Assistance Programme'));
    const finder = doc.querySelector('wellbeing-support-finder')!;
    expect(finder.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('money worries');
    expect(finder.getAttribute('src')).to.equal(new URL('/samples/services.json', location.href).href);
  });

  it('renders the campaign banner from a same-site campaigns file, passing its own attributes on', async () => {
    const doc = await embed('widget=campaign-banner&src=/samples/campaigns.json&preview-date=2026-11-20');
    const banner = () => doc.querySelector('wellbeing-campaign-banner');
    await until(() => shadowText(doc, 'wellbeing-campaign-banner').includes('Get your winter flu vaccination'));
    expect(banner()!.getAttribute('preview-date')).to.equal('2026-11-20');
    expect(banner()!.getAttribute('src')).to.equal(new URL('/samples/campaigns.json', location.href).href);
  });

  it('renders the campaign banner in Welsh', async () => {
    const doc = await embed('widget=campaign-banner&src=/samples/campaigns.json&preview-date=2026-11-20&lang=cy');
    await until(() => shadowText(doc, 'wellbeing-campaign-banner').includes('Cael eich brechiad ffliw y gaeaf'));
  });
});

describe('the iframe embed page tells the page around it its height', () => {
  let listening = false;

  /** Installs the listener exactly as docs/embed.md gives it to Trusts. */
  before(async () => {
    const guide = await (await fetch('/docs/embed.md')).text();
    const snippet = /```html\n<script>\n([\s\S]*?)<\/script>\n```/.exec(guide);
    if (!snippet) throw new Error('docs/embed.md has no listener snippet');
    new Function(snippet[1])();
    listening = true;
  });

  const frameHeight = (doc: Document) => frames.find((f) => f.contentDocument === doc)!.getBoundingClientRect().height;

  it('with the documented listener, the frame fits the finder', async () => {
    expect(listening).to.equal(true);
    const doc = await embed('widget=support-finder&src=/samples/services.json');
    await until(() => doc.querySelector('wellbeing-support-finder')?.shadowRoot?.querySelector('[part=more]'));
    const content = () => doc.body.getBoundingClientRect().height;
    await until(() => Math.abs(frameHeight(doc) - content()) <= 1);
    expect(frameHeight(doc)).to.be.greaterThan(500); // taller than it was given
    // "Show all": the frame grows with it.
    const before = frameHeight(doc);
    doc.querySelector('wellbeing-support-finder')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]')!.click();
    await until(() => frameHeight(doc) > before + 200 && Math.abs(frameHeight(doc) - content()) <= 1);
  });

  it("grows help-now's frame while its dialog is open, so the whole dialog shows, and shrinks it after", async () => {
    const doc = await embed('widget=help-now');
    const el = () => doc.querySelector('wellbeing-help-now') as HTMLElement & { show(): void; close(): void };
    await until(() => el()?.shadowRoot?.querySelector('dialog'));
    await until(() => frameHeight(doc) < 120); // just the button
    el().show();
    const dialog = el().shadowRoot!.querySelector('dialog')!;
    await until(() => frameHeight(doc) > 400 && dialog.scrollHeight <= dialog.clientHeight + 1);
    el().close();
    await until(() => frameHeight(doc) < 120);
  });

  it('ignores messages that do not come from a frame, or are not a height', async () => {
    const doc = await embed('widget=help-now');
    await until(() => frameHeight(doc) < 120);
    const height = frameHeight(doc);
    window.postMessage({ type: 'wellbeing-widgets:height', height: 900 }, '*'); // from this page, not a frame
    frames[0]!.contentWindow!.postMessage({ type: 'wellbeing-widgets:height', height: 'tall' }, '*');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(frameHeight(doc)).to.equal(height);
  });

  it('shows the urgent numbers inside the frame when its script does not run', async () => {
    const html = await (await fetch('/dist/embed.html')).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    const fallback = [...page.querySelectorAll('#widget .embed-fallback')];
    expect(fallback.map((p) => p.getAttribute('lang'))).to.deep.equal([null, 'cy']);
    for (const p of fallback) {
      expect([...p.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include.members([
        'tel:999',
        'tel:111',
        'tel:116123',
      ]);
    }
    // With the script, the fallback moves into the widget, which hides it once its code has arrived.
    const doc = await embed('widget=support-finder');
    await until(() => doc.querySelector('wellbeing-support-finder .embed-fallback'));
    await until(() => doc.querySelector('wellbeing-support-finder')?.shadowRoot?.querySelector('[part=service]'));
    for (const link of doc.querySelectorAll('a[href="tel:999"]')) expect(link.getClientRects().length).to.equal(0);
  });
});

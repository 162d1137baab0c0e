// @ts-check
// The injection corpus: payloads that run `__xss(id)` (or alert) if a widget
// ever treats data as markup, script or an unsafe URL, and the data files that
// put each payload in every string field of every data file shape.

/** @type {Array<{ id: string, category: string, payload: string }>} */
export const PAYLOADS = [
  // HTML
  ['html', `<script>__xss('h1')</script>`],
  ['html', `<img src=x onerror="__xss('h2')">`],
  ['html', `<iframe src="javascript:__xss('h3')"></iframe>`],
  ['html', `<body onload=__xss('h4')>`],
  ['html', `<details open ontoggle=__xss('h5')>x</details>`],
  ['html', `<style>@import 'https://evil.example/h6.css';</style><b>bold</b>`],
  ['html', `</script><script>__xss('h7')</script>`],
  ['html', `<a href="javascript:__xss('h8')">click</a>`],
  ['html', `<!--<img src="--><img src=x onerror=__xss('h9')//">`],
  ['html', `<input autofocus onfocus=__xss('h10')>`],
  ['html', `<video><source onerror="__xss('h11')"></video>`],
  ['html', `<base href="https://evil.example/">`],
  ['html', `<meta http-equiv="refresh" content="0;url=javascript:__xss('h13')">`],
  ['html', `<object data="javascript:__xss('h14')"></object><embed src="javascript:__xss('h14b')">`],
  ['html', `<math><mtext><table><mglyph><style><img src=x onerror=__xss('h15')>`],
  // Attribute breakouts
  ['attribute', `" onmouseover="__xss('a1')" x="`],
  ['attribute', `' autofocus onfocus='__xss("a2")' x='`],
  ['attribute', `"><img src=x onerror=__xss('a3')>`],
  ['attribute', `\\" onerror=__xss('a4') \\"`],
  ['attribute', `x" style="background:url(javascript:__xss('a5'))`],
  ['attribute', `" onfocus=__xss('a6') tabindex=0 autofocus="`],
  ['attribute', '` onclick=__xss(`a7`) `'],
  // URLs
  ['url', `javascript:__xss('u1')`],
  ['url', `JaVaScRiPt:__xss('u2')`],
  ['url', `java\tscript:__xss('u3')`],
  ['url', `java\nscript:__xss('u4')`],
  ['url', ` \u0001javascript:__xss('u5')`],
  ['url', `data:text/html,<script>__xss('u6')</script>`],
  ['url', `data:text/html;base64,PHNjcmlwdD5fX3hzcygndTcnKTwvc2NyaXB0Pg==`],
  ['url', `vbscript:msgbox("u8")`],
  ['url', `&#106;avascript:__xss('u9')`],
  ['url', `javascript&colon;__xss('u10')`],
  ['url', `\u0000javascript:__xss('u11')`],
  ['url', `file:///etc/passwd`],
  ['url', `blob:https://evil.example/7d5f6c7e`],
  ['url', `  javascript:__xss('u14')`],
  // SVG
  ['svg', `<svg onload=__xss('s1')>`],
  ['svg', `<svg><script>__xss('s2')</script></svg>`],
  ['svg', `<svg><a xlink:href="javascript:__xss('s3')"><text x="0" y="20">x</text></a></svg>`],
  ['svg', `<svg><animate onbegin=__xss('s4') attributeName=x dur=1s>`],
  ['svg', `<svg><set attributeName="onmouseover" to="__xss('s5')"/></svg>`],
  ['svg', `<svg><foreignObject><img src=x onerror=__xss('s6')></foreignObject></svg>`],
  ['svg', `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="__xss('s7')"/>`],
  // Templates and placeholders
  ['template', '${__xss(`t1`)}'],
  ['template', `{{constructor.constructor("__xss('t2')")()}}`],
  ['template', `{trust} {number} {count} {title} {keyword}`],
  ['template', `<%= __xss('t4') %>`],
  ['template', `#{__xss('t5')}`],
  ['template', `<!--?lit$1234567890$--><?lit$1234$>__xss('t6')`],
  ['template', `{{__xss('t7')}}[[__xss('t7b')]]`],
  ['template', `\u202Egnp.exe \u200B\u200D ${'W'.repeat(400)}`],
].map(([category, payload], index) => ({ id: `p${index}`, category, payload }));

const FAR_PAST = '2000-01-01';
const FAR_FUTURE = '2999-12-31';

/** Help contacts: one entry with the payload in every text field, one per link field, one with it everywhere. */
function helpEntries(p) {
  return [
    {
      name: p,
      name_cy: p,
      description: p,
      description_cy: p,
      phone: '01632 960 000',
      sms: { number: '01632 960 001', keyword: p },
      email: 'support@wellford-valley.example',
      url: 'https://wellford-valley.example/support',
      hours: '24/7',
    },
    { name: 'Link field: url', url: p },
    { name: 'Link field: email', email: p },
    { name: 'Link field: phone', phone: p },
    { name: 'Link field: sms', sms: { number: p, keyword: 'HELLO' } },
    {
      name: p,
      name_cy: p,
      description: p,
      description_cy: p,
      phone: p,
      sms: { number: p, keyword: p },
      email: p,
      url: p,
      hours: p,
    },
    { name: 'Hours field', hours: [{ days: ['mon'], opens: p, closes: p }] },
  ];
}

function serviceEntries(p, i) {
  const base = {
    id: `svc-${i}`,
    name: p,
    name_cy: p,
    summary: p,
    summary_cy: p,
    topics: [p, 'stress'],
    contact: {
      phone: '01632 960 010',
      sms: { number: '01632 960 011', keyword: p },
      email: 'svc@wellford-valley.example',
      url: 'https://wellford-valley.example/svc',
    },
    hours: '24/7',
    formats: ['phone'],
    access: 'self-referral',
    audience: [p],
    confidential: true,
    lastReviewed: '2026-11-01',
  };
  return [
    { ...base, id: p },
    { ...base, id: `svc-${i}-url`, name: `Link field ${i}: url`, summary: 'url', contact: { url: p } },
    { ...base, id: `svc-${i}-email`, name: `Link field ${i}: email`, summary: 'email', contact: { email: p } },
    {
      ...base,
      id: `svc-${i}-phone`,
      name: `Link field ${i}: phone`,
      summary: 'phone',
      contact: { phone: p, sms: { number: p } },
    },
    {
      id: p,
      name: p,
      name_cy: p,
      summary: p,
      summary_cy: p,
      topics: [p],
      contact: { phone: p, sms: { number: p, keyword: p }, email: p, url: p },
      hours: p,
      formats: [p],
      access: p,
      audience: [p],
      lastReviewed: p,
    },
  ];
}

function campaignEntries(p, i) {
  const base = {
    id: `c-${i}`,
    title: p,
    title_cy: p,
    message: p,
    message_cy: p,
    starts: FAR_PAST,
    ends: FAR_FUTURE,
    link: { href: 'https://wellford-valley.example/campaign', text: p, text_cy: p },
    dismissible: true,
    tone: 'info',
    image: { src: '/test/fixtures/campaign-image.svg', alt: p, alt_cy: p },
    pages: { exclude: [p] },
  };
  return [
    { ...base, id: p },
    { ...base, id: `c-${i}-href`, title: `Link field ${i}: href`, link: { href: p, text: 'Read more' } },
    { ...base, id: `c-${i}-src`, title: `Link field ${i}: image`, image: { src: p, alt: 'Image' } },
    {
      id: p,
      title: p,
      title_cy: p,
      message: p,
      message_cy: p,
      starts: p,
      ends: p,
      link: { href: p, text: p, text_cy: p },
      tone: p,
      image: { src: p, alt: p, alt_cy: p },
      pages: { include: [p], exclude: [p] },
    },
  ];
}

const MAKERS = { help: helpEntries, services: serviceEntries, campaigns: campaignEntries };
/** Every payload's entries (`payload` undefined), or one payload's. */
const entries = (kind, payload) =>
  (payload === undefined ? PAYLOADS : PAYLOADS.slice(payload, payload + 1)).flatMap((p) =>
    MAKERS[kind](p.payload, PAYLOADS.indexOf(p)),
  );
const LIST = { help: 'contacts', services: 'services', campaigns: 'campaigns' };

/** Every entry carries an own `__proto__` key too: parsing must not pollute prototypes. */
const POLLUTE = { polluted: 'yes' };

/** The whole file (`payload` undefined) or a file holding only the entries of payload number `payload`. */
export function corpusFile(kind, payload) {
  const list = entries(kind, payload);
  if (!list.length) return undefined;
  const withProto = list.map((entry) =>
    JSON.parse(JSON.stringify(entry).replace(/^\{/, `{"__proto__":${JSON.stringify(POLLUTE)},`)),
  );
  const file = { [LIST[kind]]: withProto };
  if (kind === 'services') {
    file.synonyms = Object.fromEntries(PAYLOADS.map(({ payload }) => [payload, [payload, 'stress']]));
  }
  return file;
}

/** How many entries each payload gets in a file of this kind. */
export const entriesPerPayload = (kind) => MAKERS[kind]('x', 0).length;

/** Text payloads that a widget renders must appear verbatim as text (whitespace squeezed). */
export const squeeze = (text) => text.replace(/\s+/g, ' ').trim();

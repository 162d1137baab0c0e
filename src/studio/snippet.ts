/**
 * The code an editor pastes into their CMS: the script and tags (as an ES
 * module or a classic script), or one iframe a widget for a CMS that strips
 * scripts. Pure.
 */

export interface WidgetChoice {
  /** `wellbeing-support-finder` */
  tag: string;
  /** attribute → value; `''` for a boolean attribute that is on */
  attributes: Record<string, string>;
}

export interface SnippetConfig {
  /** where the files are uploaded, e.g. `/wellbeing/` */
  base: string;
  /** `<wellbeing-provider>`'s attributes */
  provider: Record<string, string>;
  widgets: WidgetChoice[];
  /** for the iframe snippet: each widget's height as the preview measured it, in px */
  heights?: Record<string, number>;
}

export type SnippetForm = 'module' | 'classic' | 'iframe' | 'wordpress';

/** The frame each widget needs at least, for what opens inside it (docs/embed.md). */
export const IFRAME_ROOM: Record<string, number> = {
  'wellbeing-help-now': 560,
  'wellbeing-support-finder': 640,
  'wellbeing-break-reminder': 320,
  'wellbeing-campaign-banner': 200,
};

/** Each frame's title, in English and Welsh (the words the widgets use), for the page the frame is on. */
const IFRAME_TITLES: Record<string, [string, string]> = {
  'wellbeing-help-now': ['Get help now', 'Cael help nawr'],
  'wellbeing-support-finder': ['Find staff wellbeing support', 'Chwilio am gymorth llesiant staff'],
  'wellbeing-break-reminder': ['Break reminder', 'Amser am egwyl'],
  'wellbeing-campaign-banner': ['Staff wellbeing campaigns', 'Ymgyrchoedd llesiant staff'],
};

/** Which provider attribute gives each widget its data file. */
export const DATA_ATTRIBUTE: Record<string, string> = {
  'wellbeing-help-now': 'help-src',
  'wellbeing-support-finder': 'services-src',
  'wellbeing-campaign-banner': 'campaigns-src',
};

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * ` name="value"` for each set attribute (a boolean one, value `''`, as its
 * name alone), wrapped before 100 columns with later lines at `indent`.
 */
function attributes(values: Record<string, string>, indent: string, start: number): string {
  const parts = Object.entries(values).map(([name, value]) =>
    value === '' ? name : `${name}="${escapeAttribute(value)}"`,
  );
  let out = '';
  let column = start;
  for (const part of parts) {
    if (out && column + 1 + part.length > 100) {
      out += `\n${indent}${part}`;
      column = indent.length + part.length;
    } else {
      out += ` ${part}`;
      column += 1 + part.length;
    }
  }
  return out;
}

/** `/wellbeing` → `/wellbeing/`; an empty base means "next to the page". */
export const folder = (base: string): string => (base.trim() ? base.trim().replace(/\/*$/, '/') : './');

function tags({ provider, widgets }: SnippetConfig): string {
  const inner = widgets
    .map((w) => `  <${w.tag}${attributes(w.attributes, ' '.repeat(w.tag.length + 4), w.tag.length + 3)}></${w.tag}>`)
    .join('\n');
  return `<wellbeing-provider${attributes(provider, ' '.repeat(20), 19)}>\n${inner}\n</wellbeing-provider>`;
}

/** For a CMS that allows `<script type="module">`: the best choice. */
export function moduleSnippet(config: SnippetConfig): string {
  return `<script type="module" src="${escapeAttribute(folder(config.base))}wellbeing-widgets.js"></script>\n\n${tags(config)}\n`;
}

/** For a CMS that strips `type="module"`. */
export function classicSnippet(config: SnippetConfig): string {
  return `<script src="${escapeAttribute(folder(config.base))}wellbeing-widgets.iife.js" defer></script>\n\n${tags(config)}\n`;
}

/** The query string of embed.html for one widget (see docs/embed.md). */
export function embedQuery(config: SnippetConfig, widget: WidgetChoice): string {
  const params: Array<[string, string]> = [['widget', widget.tag.replace(/^wellbeing-/, '')]];
  const { provider } = config;
  const data = widget.attributes.src ?? (DATA_ATTRIBUTE[widget.tag] && provider[DATA_ATTRIBUTE[widget.tag]!]);
  if (data) params.push(['src', data]);
  if (provider.locale) params.push(['lang', provider.locale]);
  if (provider.region) params.push(['region', provider.region]);
  if (provider['trust-name']) params.push(['trust', provider['trust-name']]);
  for (const [name, value] of Object.entries(widget.attributes))
    if (name !== 'src') params.push([name, value === '' ? 'true' : value]);
  return params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/**
 * The measured height, rounded up; help-now's dialog opens inside its frame,
 * so its frame keeps room for it. Without a measurement, the docs' sizes.
 */
export function iframeHeight(tag: string, measured?: number): number {
  const room = IFRAME_ROOM[tag] ?? 400;
  if (!measured) return room;
  return Math.ceil(tag === 'wellbeing-help-now' ? Math.max(measured, room) : measured);
}

/** For a CMS that strips scripts: one iframe a widget, as tall as the preview measured it. */
export function iframeSnippet(config: SnippetConfig): string {
  return config.widgets
    .map((widget) => {
      const src = `${folder(config.base)}embed.html?${embedQuery(config, widget)}`;
      const height = iframeHeight(widget.tag, config.heights?.[widget.tag]);
      const [english, welsh] = IFRAME_TITLES[widget.tag] ?? ['Staff wellbeing', 'Llesiant staff'];
      const title = config.provider.locale === 'cy' ? welsh : english;
      return `<iframe src="${escapeAttribute(src)}"\n        title="${title}" width="100%" height="${height}" style="border: 0"></iframe>\n`;
    })
    .join('\n');
}

/**
 * For WordPress with the Wellbeing Widgets plugin (integrations/wordpress): the
 * `[wellbeing]` shortcode names the widgets and takes help-now's `variant="inline"`
 * and the finder's `topic`; the Trust's settings live in the plugin's settings page.
 */
export function wordpressSnippet({ widgets }: SnippetConfig): string {
  const names = widgets.map((w) => w.tag.replace(/^wellbeing-/, ''));
  const attributes = (tag: string) => widgets.find((w) => w.tag === tag)?.attributes ?? {};
  const inline = attributes('wellbeing-help-now').variant === 'inline' ? ' variant="inline"' : '';
  const topic = attributes('wellbeing-support-finder').topic;
  return `[wellbeing ${names.join(' ')}${inline}${topic ? ` topic="${topic.replace(/["[\]]/g, '')}"` : ''}]\n`;
}

export const SNIPPETS: Record<SnippetForm, (config: SnippetConfig) => string> = {
  module: moduleSnippet,
  classic: classicSnippet,
  iframe: iframeSnippet,
  wordpress: wordpressSnippet,
};

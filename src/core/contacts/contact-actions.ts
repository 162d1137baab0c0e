import { html, nothing } from 'lit';
import type { Translate } from '../i18n/index.js';
import type { SharedKey } from '../i18n/shared.js';
import { mailtoHref, safeUrl, smsHref, telHref } from '../data/safe-url.js';
import type { ContactChannels } from '../data/schemas.js';

/** How to reach a line or service: a data file's channels, and a textphone (the national lines have one). */
export type Channels = ContactChannels & { textphone?: string };

export type ChannelKind = keyof Channels;

/**
 * The ways to reach a line or service as a list of links: `tel:` with digits
 * only, `sms:` with the keyword, `mailto:` and safe web links. A link whose
 * URL is not safe is left out rather than shown broken.
 */
export function contactActions(
  channels: Channels,
  t: Translate<SharedKey>,
  onUse?: (kind: ChannelKind) => void,
  callLabel?: string,
) {
  const links: Array<[ChannelKind, string | undefined, string]> = [];
  if (channels.phone)
    links.push(['phone', telHref(channels.phone), callLabel ?? t('call', { number: channels.phone })]);
  if (channels.textphone)
    links.push(['textphone', telHref(channels.textphone), t('textphone', { number: channels.textphone })]);
  if (channels.sms) {
    const { number, keyword } = channels.sms;
    links.push([
      'sms',
      smsHref(number, keyword),
      keyword ? t('textKeyword', { keyword, number }) : t('text', { number }),
    ]);
  }
  if (channels.email) links.push(['email', mailtoHref(channels.email), t('email', { address: channels.email })]);
  if (channels.url) links.push(['url', safeUrl(channels.url), t('website')]);
  const usable = links.filter(([, href]) => href);
  if (!usable.length) return nothing;
  return html`<ul class="actions" part="actions">
    ${usable.map(
      ([kind, href, label]) =>
        html`<li><a href=${href!} rel="noopener" @click=${() => onUse?.(kind)}>${label}</a></li>`,
    )}
  </ul>`;
}

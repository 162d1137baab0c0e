/**
 * The messages between the studio and its preview frame (studio-preview.html).
 *
 * The preview runs the real bundle (dist/wellbeing-widgets.js) in a frame of
 * its own: the studio's page has its own copy of Lit, and under the strict
 * policy (`trusted-types lit-html`, no `'allow-duplicates'`) two copies of
 * Lit cannot share one page. Both pages are on the same site, and each side
 * checks that a message comes from that site and from the other side.
 */
import type { WidgetChoice } from './snippet.js';

/** studio → preview: show these widgets with this data. */
export interface RenderMessage {
  type: 'wellbeing-studio:render';
  /** `page`: as the snippet puts them on a page; `embed`: one widget as embed.html shows it */
  mode: 'page' | 'embed';
  /** `<wellbeing-provider>`'s attributes (its `*-src` left out: the data comes from `data`) */
  provider: Record<string, string>;
  widgets: WidgetChoice[];
  /** the drafts, as whole data files: they take the place of the Trust's files */
  data: { help?: unknown; services?: unknown; campaigns?: unknown };
}

/** preview → studio: the page is ready, or its height changed. */
export interface PreviewEvent {
  type: 'wellbeing-studio:ready' | 'wellbeing-studio:height';
  /** the page's height in CSS px */
  height: number;
}

/** The context key `<wellbeing-provider>` answers (src/core/lit/context.ts): a string, so the protocol needs no import of it. */
export const TRUST_CONTEXT = 'wellbeing-widgets/trust-config';

import type {
  WellbeingBreakReminder,
  BreakDetail,
  WellbeingCampaignBanner,
  CampaignEventDetail,
  WellbeingHelpNow,
  HelpOpenDetail,
  WellbeingProvider,
  WellbeingSupportFinder,
  ServiceContactDetail,
} from "../dist/lib/index.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type WellbeingBreakReminderProps = {
  /** Minutes between breaks (default 90). The person's own choice in the settings wins. */
  interval?: WellbeingBreakReminder["interval"];
  /** Minutes a snooze lasts (default 10). */
  snooze?: WellbeingBreakReminder["snooze"];

  /** The person answered a prompt. `detail: { action: 'taken' | 'snooze' | 'pause' }`; nothing about the person. */
  "onwellbeing-break"?: (e: CustomEvent<BreakDetail>) => void;
};

export type WellbeingCampaignBannerProps = {
  /** URL of the campaigns JSON file; wins over the provider's `campaigns-src`. */
  src?: WellbeingCampaignBanner["src"];
  /** `YYYY-MM-DD`: show the banner as it would look on that UK day (dismissals made in preview are not stored). */
  "preview-date"?: WellbeingCampaignBanner["previewDate"];
  /** Seconds between automatic rotations when several campaigns show; at least 5, otherwise no rotation. Never rotates when the visitor prefers reduced motion. */
  "rotate-seconds"?: WellbeingCampaignBanner["rotateSeconds"];
  /** Rotation is paused; the Pause/Play button toggles it, and nothing else resumes it. */
  paused?: WellbeingCampaignBanner["paused"];
  /** The page path that campaigns' `pages` patterns match; defaults to `location.pathname`. */
  path?: WellbeingCampaignBanner["path"];
  /** A CSS length (`12rem`, `180px`) the banner keeps as its minimum height (the host's `min-block-size`),
so the page does not move when the campaigns arrive or take turns: reserve the height of the tallest.
Kept while the campaigns load; given back if none shows. Changed campaigns swap in place. */
  reserve?: WellbeingCampaignBanner["reserve"];

  /** A campaign was shown for the first time on this page. `detail: { id }`. */
  "onwellbeing-campaign-view"?: (e: CustomEvent<CampaignEventDetail>) => void;
  /** The campaign's link was followed. `detail: { id }`. */
  "onwellbeing-campaign-click"?: (e: CustomEvent<CampaignEventDetail>) => void;
  /** The campaign was dismissed. `detail: { id }`. */
  "onwellbeing-campaign-dismiss"?: (e: CustomEvent<CampaignEventDetail>) => void;
};

export type WellbeingHelpNowProps = {
  /** `floating`: fixed to a corner of the window. `inline`: in the flow of a sidebar or footer. */
  variant?: WellbeingHelpNow["variant"];
  /** Corner for the floating button. */
  position?: WellbeingHelpNow["position"];
  /** URL of the Trust's help-contacts JSON file; wins over the provider's `help-src`. */
  src?: WellbeingHelpNow["src"];
  /** `england`, `wales`, `scotland` or `northern-ireland`: picks the urgent line. Wins over the provider's. */
  region?: WellbeingHelpNow["region"];

  /** The dialog opened. `detail: { region }`; nothing about the person. */
  "onwellbeing-help-open"?: (e: CustomEvent<HelpOpenDetail>) => void;
};

export type WellbeingProviderProps = {
  /** The Trust's name, used in headings such as "Support from …". */
  "trust-name"?: WellbeingProvider["trustName"];
  /** `en` or `cy`; otherwise each widget follows the page's `lang`. */
  locale?: WellbeingProvider["locale"];
  /** `england` (default), `wales`, `scotland` or `northern-ireland`. */
  region?: WellbeingProvider["region"];
  /** URL of the help-contacts JSON file for `<wellbeing-help-now>`. */
  "help-src"?: WellbeingProvider["helpSrc"];
  /** URL of the services JSON file for `<wellbeing-support-finder>`. */
  "services-src"?: WellbeingProvider["servicesSrc"];
  /** URL of the campaigns JSON file for `<wellbeing-campaign-banner>`. */
  "campaigns-src"?: WellbeingProvider["campaignsSrc"];
};

export type WellbeingSupportFinderProps = {
  /** URL of the services JSON file; wins over the provider's `services-src`. */
  src?: WellbeingSupportFinder["src"];
  /** `built-in`: always show the built-in national services, even
inside a `<wellbeing-provider>` that has `services-src`. */
  catalogue?: WellbeingSupportFinder["catalogue"];
  /** Preselects a topic (an id from the data, e.g. `money`), for a topic page. The person can change it. */
  topic?: WellbeingSupportFinder["topic"];
  /** Prefills the search box. */
  query?: WellbeingSupportFinder["query"];
  /** A CSS length (`32rem`, `600px`) the finder keeps as its minimum height (the
host's `min-block-size`), so the page below does not move when the
services arrive: reserve the height it has with its first results. */
  reserve?: WellbeingSupportFinder["reserve"];

  /** A service's contact link was used. `detail: { id }`, the service id; nothing about the person. */
  "onwellbeing-service-contact"?: (e: CustomEvent<ServiceContactDetail>) => void;
  /** Cancelable, bubbling and composed: asks the page's `<wellbeing-help-now>` to open (from "Get help now" when nothing matches). When nobody answers, the urgent numbers show inline. */
  "onwellbeing-help-request"?: (e: CustomEvent<never>) => void;
};

export type CustomElements = {
  /**
   * Break reminders that follow staff across pages and tabs.
   * ---
   *
   *
   * ### **Events:**
   *  - **wellbeing-break** - The person answered a prompt. `detail: { action: 'taken' | 'snooze' | 'pause' }`; nothing about the person.
   *
   * ### **Slots:**
   *  - _default_ - Fallback for when the script does not load: shown until the element is defined, hidden (not read, not focusable) once it renders.
   *
   * ### **CSS Properties:**
   *  - **--wellbeing-warm-yellow-colour** - The prompt's accent bar (#ffb81c).
   * - **--wellbeing-brand-colour** - Time worked on the timeline (falls back to --nhsuk-brand-colour, #005eb8).
   * - **--wellbeing-button-colour** - Main button and breaks on the timeline (falls back to --nhsuk-button-colour, #007f3b).
   *
   * ### **CSS Parts:**
   *  - **prompt** - The break prompt (when due) or end-of-shift message.
   * - **toggle** - The compact "Next break in 25 min" button that opens the settings.
   * - **settings** - The settings panel with today's timeline.
   * - **timeline** - The SVG timeline of today's shift and breaks.
   */
  "wellbeing-break-reminder": Partial<WellbeingBreakReminderProps & BaseProps & BaseEvents>;

  /**
   * Scheduled, rotating awareness campaigns run from one JSON file.
   * ---
   *
   *
   * ### **Events:**
   *  - **wellbeing-campaign-view** - A campaign was shown for the first time on this page. `detail: { id }`.
   * - **wellbeing-campaign-click** - The campaign's link was followed. `detail: { id }`.
   * - **wellbeing-campaign-dismiss** - The campaign was dismissed. `detail: { id }`.
   *
   * ### **Slots:**
   *  - _default_ - An optional `<script type="application/json">` child holding the campaigns file inline, and any fallback for when the script does not load: shown until the element is defined, hidden (not read, not focusable) once it renders.
   *
   * ### **CSS Properties:**
   *  - **--wellbeing-campaign-info-colour** - Border and strip colour for `tone: "info"` (falls back to the brand colour, #005eb8).
   * - **--wellbeing-campaign-celebrate-colour** - … for `tone: "celebrate"` (falls back to the button colour, #007f3b).
   * - **--wellbeing-campaign-important-colour** - … for `tone: "important"` (falls back to the warning colour, #d5281b).
   * - **--wellbeing-campaign-label-text-colour** - Text colour on the strip (#fff).
   *
   * ### **CSS Parts:**
   *  - **banner** - The labelled region (NHS notification-banner look).
   * - **label** - The coloured strip naming the region ("Staff wellbeing").
   * - **body** - The campaign's image and text.
   * - **image** - The campaign's image.
   * - **title** - The campaign's heading.
   * - **message** - The campaign's message.
   * - **link** - The campaign's link.
   * - **controls** - The row of Pause/Play, Previous, "1 of 3", Next and Dismiss.
   * - **pause** - The Pause/Play button (only while rotation is on).
   * - **previous** - The Previous button.
   * - **position** - The "1 of 3" text.
   * - **next** - The Next button.
   * - **dismiss** - The Dismiss button.
   */
  "wellbeing-campaign-banner": Partial<WellbeingCampaignBannerProps & BaseProps & BaseEvents>;

  /**
   * Urgent help, one click away on every page.
   * ---
   *
   *
   * ### **Events:**
   *  - **wellbeing-help-open** - The dialog opened. `detail: { region }`; nothing about the person.
   *
   * ### **Methods:**
   *  - **show(): _void_** - Opens the help dialog.
   * - **close(): _void_** - Closes the help dialog; focus returns to the button.
   *
   * ### **Slots:**
   *  - _default_ - Fallback for when the script does not load: shown until the element is defined, hidden (not read, not focusable) once it renders. Put the urgent numbers here as `tel:` links.
   *
   * ### **CSS Properties:**
   *  - **--wellbeing-help-now-offset** - Distance of the floating button from the viewport edges (16px).
   * - **--wellbeing-help-now-z-index** - Stacking order of the floating button (1000).
   * - **--wellbeing-brand-colour** - Button and accent colour (falls back to --nhsuk-brand-colour, #005eb8).
   *
   * ### **CSS Parts:**
   *  - **trigger** - The "Get help now" button.
   * - **dialog** - The help dialog.
   * - **close** - The dialog's close button.
   * - **danger** - The "immediate danger" box with 999.
   * - **line** - One helpline or Trust contact.
   * - **actions** - A line's list of call, text, email and web links.
   */
  "wellbeing-help-now": Partial<WellbeingHelpNowProps & BaseProps & BaseEvents>;

  /**
   * Trust configuration for the widgets inside it.
   * ---
   *
   *
   * ### **Slots:**
   *  - _default_ - The page content and widgets that share this configuration.
   */
  "wellbeing-provider": Partial<WellbeingProviderProps & BaseProps & BaseEvents>;

  /**
   * Find the right support service in staff language.
   * ---
   *
   *
   * ### **Events:**
   *  - **wellbeing-service-contact** - A service's contact link was used. `detail: { id }`, the service id; nothing about the person.
   * - **wellbeing-help-request** - Cancelable, bubbling and composed: asks the page's `<wellbeing-help-now>` to open (from "Get help now" when nothing matches). When nobody answers, the urgent numbers show inline.
   *
   * ### **Slots:**
   *  - _default_ - An optional `<script type="application/json">` with the services data, and any fallback for when the script does not load (say a link to the Trust's support page): shown until the element is defined, hidden (not read, not focusable) once it renders.
   *
   * ### **CSS Properties:**
   *  - **--wellbeing-brand-colour** - Chips, card edges and accents (falls back to --nhsuk-brand-colour, #005eb8).
   * - **--wellbeing-card-background-colour** - Background of each service (falls back to --nhsuk-card-background-colour, #fff).
   *
   * ### **CSS Parts:**
   *  - **search** - The labelled search box and its hint.
   * - **topics** - The "What's on your mind?" topic chips.
   * - **topics-toggle** - The "Filter by topic" button that shows and hides the chips when the finder is narrow (under 40em).
   * - **topic** - One topic chip (a toggle button).
   * - **filters** - The open now, self-referral and format filters.
   * - **count** - The visible result count.
   * - **results** - The list of services.
   * - **service** - One service.
   * - **badge** - The "Confidential" badge.
   * - **actions** - A service's call, text, email and web links.
   * - **more** - The "Show all" button under the first few results.
   * - **empty** - The no-match or could-not-load message with urgent help.
   * - **urgent** - The line above every list of search results that offers urgent help, whatever was typed.
   * - **help** - The "Get help now" button in that message.
   */
  "wellbeing-support-finder": Partial<WellbeingSupportFinderProps & BaseProps & BaseEvents>;
};

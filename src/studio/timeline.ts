import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { studioStyles } from './studio-styles.js';

/** The campaign calendar (to come): for now, the banner on one day. */
export class StudioTimeline extends LitElement {
  static override styles = studioStyles;

  @property({ attribute: false }) campaigns: Record<string, unknown>[] = [];
  @property() today = '';
  @state() private day = '';

  override render() {
    const date = this.day || this.today;
    return html`<wellbeing-studio-preview
      label="The campaign banner on ${date}"
      .message=${{ mode: 'page', provider: {}, widgets: [{ tag: 'wellbeing-campaign-banner', attributes: { 'preview-date': date } }], data: { campaigns: { campaigns: this.campaigns } } }}
    ></wellbeing-studio-preview>`;
  }
}

import { css } from 'lit';

export const campaignBannerStyles = css`
  :host {
    display: block;
  }
  /* Nothing showing: no box at all, even when the page gives the element margins. */
  :host(:not([active])) {
    display: none !important;
  }
  /* With a reserved height, the space is kept while the campaigns load (reserve sets min-block-size). */
  :host([reserve][loading]) {
    display: block !important;
  }
  .banner {
    --_tone: var(--wellbeing-campaign-info-colour, var(--_brand));
    border: 4px solid var(--_tone);
    border-radius: var(--_radius);
    padding-bottom: 8px;
    background: var(--_card);
    overflow-wrap: anywhere;
  }
  [data-tone='celebrate'] {
    --_tone: var(--wellbeing-campaign-celebrate-colour, var(--_button));
  }
  [data-tone='important'] {
    --_tone: var(--wellbeing-campaign-important-colour, var(--_warning));
  }
  .label {
    margin: 0;
    padding: 2px 16px 6px;
    background: var(--_tone);
    color: var(--wellbeing-campaign-label-text-colour, #fff);
    font-weight: 600;
  }
  .body {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
    padding: 16px 16px 0;
  }
  .text {
    flex: 1 1 15em;
  }
  img {
    flex: none;
    width: 96px;
    height: 96px;
    object-fit: contain;
  }
  h2 {
    margin: 0 0 8px;
    font-size: 1.375em;
    line-height: 1.3;
  }
  h2:focus {
    outline: none;
  }
  p {
    margin: 0 0 8px;
  }
  .text a {
    font-weight: 600;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 8px;
    padding: 0 8px;
    color: var(--_secondary-text);
  }
  .controls button {
    padding: 8px;
    border: 0;
    background: none;
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  .controls button:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    text-decoration: none;
  }
  .controls .dismiss {
    margin-inline-start: auto;
  }
  @media (forced-colors: active) {
    .label {
      border-bottom: 2px solid;
    }
  }
`;

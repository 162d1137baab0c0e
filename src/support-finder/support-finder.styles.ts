import { css } from 'lit';

export const finderStyles = css`
  :host {
    display: block;
  }
  p,
  ul,
  fieldset {
    margin: 0 0 8px;
    padding: 0;
    border: 0;
    list-style: none;
  }
  [part='topics'],
  fieldset,
  .count {
    margin-top: 16px;
  }
  label,
  .label {
    display: block;
    padding: 0;
    font-weight: 600;
  }
  .hint,
  .meta,
  .count {
    color: var(--_secondary-text);
  }
  input,
  select {
    font: inherit;
    min-height: 44px;
    max-width: 100%;
    border: 2px solid var(--_text);
    background: var(--_card);
    color: var(--_text);
  }
  [type='search'] {
    width: 32em;
    padding: 4px 8px;
  }
  [type='search']:focus-visible {
    background: var(--_card);
    color: var(--_text);
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  /* On a narrow finder the chips wait behind "Filter by topic" (browsers without container queries show them). */
  [part='topics'] {
    container-type: inline-size;
  }
  [part~='topics-toggle'] {
    display: none;
  }
  @container (max-width: 40em) {
    [part~='topics-toggle'] {
      display: inline-flex;
    }
    .label,
    :not(.open) > .chips {
      display: none;
    }
    .open > .chips {
      margin-top: 16px;
    }
  }
  .chip {
    padding: 4px 16px;
    border: 2px solid var(--_brand);
    border-radius: 22px;
    background: var(--_card);
    color: var(--_brand);
  }
  .chip::first-letter {
    text-transform: uppercase;
  }
  [aria-pressed='true'] {
    background: var(--_brand);
    color: #fff;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 44px;
    margin-inline-end: 24px;
    font-weight: 400;
  }
  [type='checkbox'] {
    width: 24px;
    min-height: 24px;
    accent-color: var(--_brand);
  }
  .count,
  .open {
    font-weight: 600;
  }
  .results {
    display: grid;
    gap: 16px;
  }
  .urgent {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    margin-block-end: 16px;
  }
  .urgent p {
    margin: 0;
  }
  .service,
  .none {
    padding: 16px;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_brand);
    background: var(--_card);
  }
  h3 {
    margin: 0 0 4px;
    font-size: 1.1875em;
  }
  .badge {
    padding: 0 8px;
    border: 1px solid;
  }
  .none {
    border-inline-start-color: var(--_warm-yellow);
  }
  @media (forced-colors: active) {
    .service,
    .none {
      border: 1px solid;
    }
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;

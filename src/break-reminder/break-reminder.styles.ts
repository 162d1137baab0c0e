import { css } from 'lit';

export const breakReminderStyles = css`
  :host {
    display: block;
  }
  .prompt,
  .settings {
    padding: 16px;
    border: 1px solid var(--_border);
    background: var(--_card);
  }
  .prompt {
    border-inline-start: 8px solid var(--_warm-yellow);
  }
  h2,
  h3 {
    margin: 0 0 8px;
    font-size: 1.1875em;
    line-height: 1.3;
  }
  h3 {
    margin-top: 24px;
  }
  p {
    margin: 0 0 8px;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 16px 8px;
    margin-top: 16px;
  }
  .toggle {
    padding: 8px 0;
    border: 0;
    background: none;
    color: var(--_link);
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  label {
    display: block;
    margin-bottom: 16px;
    font-weight: 600;
  }
  input {
    display: block;
    min-height: 44px;
    margin-top: 4px;
    padding: 4px 8px;
    border: 2px solid var(--_text);
    background: var(--_card);
    color: var(--_text);
    font: inherit;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .check input {
    width: 28px;
    height: 28px;
    margin: 0;
  }
  svg {
    display: block;
    width: 100%;
    height: 12px;
  }
  .day {
    fill: var(--_border);
  }
  .done {
    fill: var(--_brand);
  }
  .break {
    fill: var(--_button);
  }
  .small {
    color: var(--_secondary-text);
    font-size: 0.9375em;
  }
  @media (forced-colors: active) {
    .prompt,
    .settings {
      border: 1px solid CanvasText;
    }
    .day {
      fill: GrayText;
    }
    .done,
    .break {
      fill: CanvasText;
    }
  }
`;

import { css } from 'lit';
import { controls } from '../styles/shared.js';
import { tokens } from '../styles/tokens.js';

/**
 * The studio's look, shared by its parts: the widgets' tokens, buttons and
 * NHS focus style (src/styles), plus form fields in the nhsuk-frontend manner:
 * labels above, hints in grey, errors in red with a bar on the left.
 */
const studio = css`
  :host {
    display: block;
  }
  h1,
  h2,
  h3,
  legend {
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 16px;
  }
  h1 {
    font-size: clamp(1.75rem, 5vw, 2.5rem);
  }
  h2 {
    font-size: 1.5rem;
    margin-top: 8px;
  }
  h3 {
    font-size: 1.1875rem;
  }
  /* Headings and notes take focus only to be read next (tabindex="-1"): they are not controls. */
  [tabindex='-1']:focus,
  [tabindex='-1']:focus-visible {
    outline: none;
    background-color: transparent;
    color: inherit;
    box-shadow: none;
  }
  p,
  ul,
  ol {
    margin: 0 0 16px;
    max-width: 44em;
  }
  code {
    font-family: Consolas, Menlo, monospace;
    font-size: 0.9375em;
    background: var(--_background);
    padding: 0 4px;
    overflow-wrap: anywhere;
  }
  .lede {
    font-size: 1.1875rem;
  }
  .hint {
    display: block;
    color: var(--_secondary-text);
    margin: 0 0 8px;
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 700;
    margin: 0 0 8px;
  }
  .warning-message {
    display: block;
    color: #6b4e00;
    font-weight: 600;
    margin: 0 0 8px;
  }
  label,
  .label {
    display: block;
    font-weight: 600;
    margin: 0 0 4px;
  }
  fieldset {
    border: 0;
    margin: 0 0 24px;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-size: 1.1875rem;
  }
  .field {
    margin: 0 0 24px;
  }
  .field.has-error {
    border-left: 4px solid var(--_error);
    padding-left: 12px;
  }
  input:not([type='checkbox'], [type='radio'], [type='file']),
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    max-width: 40em;
    min-height: 44px;
    margin: 0;
    padding: 6px 8px;
    border: 2px solid var(--_text);
    border-radius: 0;
    background: #fff;
    color: var(--_text);
    font: inherit;
  }
  input.short {
    max-width: 12em;
  }
  textarea {
    min-height: 5.5em;
    resize: vertical;
  }
  .has-error input:not([type='checkbox'], [type='radio']),
  .has-error textarea,
  .has-error select {
    border-color: var(--_error);
  }
  input:not([type='checkbox'], [type='radio']):focus,
  select:focus,
  textarea:focus {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
    background-color: #fff;
    color: var(--_text);
  }
  .check {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 44px;
    margin: 0;
    font-weight: 400;
    cursor: pointer;
  }
  .check input {
    flex: none;
    width: 28px;
    height: 28px;
    margin: 0;
    accent-color: var(--_text);
    cursor: pointer;
  }
  .check input:focus-visible {
    outline: 4px solid var(--_text);
    outline-offset: 2px;
    box-shadow: 0 0 0 10px var(--_focus);
    background-color: transparent;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0 24px;
  }
  .pair {
    display: grid;
    gap: 0 24px;
    align-items: end;
  }
  @media (min-width: 48em) {
    .pair {
      grid-template-columns: 1fr 1fr;
    }
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 16px;
    margin: 0 0 24px;
  }
  .button {
    min-height: 44px;
    margin-bottom: 4px;
  }
  .button.small {
    padding: 4px 12px;
    font-weight: 600;
  }
  .button.warning {
    background: var(--_warning);
    box-shadow: 0 4px 0 #6b140e;
  }
  .button:focus-visible {
    box-shadow: 0 4px 0 var(--_focus-text);
  }
  .link-button {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    margin: 0;
    padding: 0 4px;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .card {
    margin: 0 0 24px;
    padding: 16px;
    border: 1px solid var(--_border);
    background: var(--_card);
  }
  @media (min-width: 40em) {
    .card {
      padding: 24px;
    }
  }
  .tag {
    display: inline-block;
    padding: 0 8px;
    border: 1px solid currentColor;
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.6;
    white-space: nowrap;
  }
  .tag.bad {
    color: #a51d12;
    background: #fbe9e7;
  }
  .tag.good {
    color: #005a2b;
    background: #e6f2eb;
  }
  .tag.note {
    color: #6b4e00;
    background: var(--_pale-yellow);
  }
  .notice {
    margin: 0 0 24px;
    padding: 16px;
    border-left: 8px solid var(--_brand);
    background: #fff;
  }
  .notice.success {
    border-color: var(--_button);
  }
  .notice.error {
    border: 4px solid var(--_error);
  }
  .notice > :last-child {
    margin-bottom: 0;
  }
`;

export const studioStyles = [tokens, controls, studio];

import { css } from 'lit';

export const helpNowStyles = css`
  :host {
    --_offset: var(--wellbeing-help-now-offset, 16px);
    display: inline-block;
  }
  :host([variant='floating']) {
    display: block;
    position: fixed;
    inset-block-end: var(--_offset);
    inset-inline-end: var(--_offset);
    z-index: var(--wellbeing-help-now-z-index, 1000);
  }
  :host([variant='floating'][position='bottom-left']) {
    inset-inline-end: auto;
    inset-inline-start: var(--_offset);
  }
  /* Moves out of the way when the focused element sits underneath (WCAG 2.4.11). */
  :host([variant='floating'][data-dodge~='side']) {
    inset-inline-end: auto;
    inset-inline-start: var(--_offset);
  }
  :host([variant='floating'][position='bottom-left'][data-dodge~='side']) {
    inset-inline-start: auto;
    inset-inline-end: var(--_offset);
  }
  :host([variant='floating'][data-dodge~='top']) {
    inset-block-end: auto;
    inset-block-start: var(--_offset);
  }
  @media print {
    :host {
      display: none !important;
    }
  }

  .trigger {
    background: var(--_brand);
    box-shadow: 0 4px 0 var(--_dark-blue);
  }
  :host([variant='floating']) .trigger {
    border-radius: 999px;
    padding-inline: 20px;
    box-shadow: 0 4px 0 var(--_dark-blue), 0 2px 12px rgb(0 0 0 / 0.25);
  }
  .trigger svg {
    width: 1.25em;
    height: 1.25em;
    flex: none;
  }

  dialog {
    width: min(40em, calc(100vw - 16px));
    max-height: calc(100dvh - 16px);
    margin: auto;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_card);
    color: var(--_text);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.3);
    overflow: auto;
    /* a control focused while scrolling up stays clear of the sticky header */
    scroll-padding-block-start: 6em;
  }
  /* Dark enough that the dialog's edge stands out from any page (at least 3:1 against white). */
  dialog::backdrop {
    background: rgb(33 43 50 / 0.8);
  }
  /* The title and Close stay in view while the dialog scrolls (phones). */
  .header {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 8px;
    padding: 8px 16px 8px 24px;
    border-bottom: 1px solid var(--_border);
    background: var(--_card);
  }
  .body {
    padding: 16px 24px 24px;
  }
  h2 {
    margin: 8px 0 0;
    font-size: 1.5em;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    margin: 24px 0 8px;
    font-size: 1.1875em;
    line-height: 1.3;
  }
  h4 {
    margin: 0;
    font-size: 1em;
  }
  p {
    margin: 0 0 8px;
  }
  .lines {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 8px;
  }
  .line {
    padding: 12px 16px;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_brand);
    background: var(--_card);
  }
  .status,
  .hours,
  .checked {
    color: var(--_secondary-text);
    font-size: 0.9375em;
  }
  .danger {
    margin-top: 16px;
    padding: 16px;
    border-inline-start: 8px solid var(--_warning);
    background: var(--_pale-yellow);
    color: #212b32;
  }
  .danger h3 {
    margin-top: 0;
  }
  .danger a {
    color: #212b32;
  }
  .close {
    flex: none;
    background: none;
    border: 0;
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
    padding: 8px;
  }
  .checked {
    margin-top: 24px;
  }
  @media (forced-colors: active) {
    .line,
    .danger,
    dialog {
      border: 1px solid CanvasText;
    }
  }
`;

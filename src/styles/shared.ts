import { css } from 'lit';

/**
 * Controls every widget shares. NHS focus style: yellow fill, dark text and a
 * 4px dark bar underneath, so focus is visible on any background. Targets are
 * at least 44×44 CSS px (WCAG 2.5.8 asks 24; we keep the stricter 2.5.5 size).
 */
export const controls = css`
  a,
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
  }
  a {
    color: var(--_link);
    display: inline-flex;
    align-items: center;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--_link-visited);
  }
  a:hover {
    text-decoration-thickness: 3px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    margin: 0;
    padding: 8px 16px;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_button);
    color: #fff;
    box-shadow: 0 4px 0 var(--wellbeing-button-shadow-colour, #00401e);
    font-weight: 600;
    line-height: 1.25;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_brand);
    border-color: var(--_brand);
    box-shadow: 0 4px 0 var(--_brand);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 4px solid transparent; /* shows in forced colours */
    outline-offset: 4px;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** A list of contact links that wraps on narrow screens. */
export const actions = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 16px;
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
  }
  .actions a {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
`;

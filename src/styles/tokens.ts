import { css } from 'lit';

/**
 * Private `--_` variables resolved through the public token chain:
 * `--wellbeing-*` (the Trust's choice) → `--nhsuk-*` (nhsuk-frontend v10 on the
 * page) → NHS default. Defaults live only in the fallbacks, never set on
 * `:host`, so a page's `:root` rules always win.
 *
 * Font size is in px, floored at the visitor's own default: a host page with
 * `html { font-size: 10px }` cannot shrink the widgets, and a larger browser
 * font setting still applies. Text styles on :host are !important so no page
 * rule can change them (a Trust themes through the custom properties instead).
 */
export const tokens = css`
  :host {
    --_brand: var(--wellbeing-brand-colour, var(--nhsuk-brand-colour, #005eb8));
    --_text: var(--wellbeing-text-colour, var(--nhsuk-text-colour, #212b32));
    --_secondary-text: var(--wellbeing-secondary-text-colour, var(--nhsuk-secondary-text-colour, #4c6272));
    --_link: var(--wellbeing-link-colour, var(--nhsuk-link-colour, #005eb8));
    --_link-visited: var(--wellbeing-link-visited-colour, var(--nhsuk-link-visited-colour, #330072));
    --_focus: var(--wellbeing-focus-colour, var(--nhsuk-focus-colour, #ffeb3b));
    --_focus-text: var(--wellbeing-focus-text-colour, var(--nhsuk-focus-text-colour, #212b32));
    --_button: var(--wellbeing-button-colour, var(--nhsuk-button-colour, #007f3b));
    --_warning: var(--wellbeing-warning-button-colour, var(--nhsuk-warning-button-colour, #d5281b));
    --_error: var(--wellbeing-error-colour, var(--nhsuk-error-colour, #d5281b));
    --_border: var(--wellbeing-border-colour, var(--nhsuk-border-colour, #d8dde0));
    --_card: var(--wellbeing-card-background-colour, var(--nhsuk-card-background-colour, #fff));
    --_background: var(--wellbeing-body-background-colour, var(--nhsuk-body-background-colour, #f0f4f5));
    --_dark-blue: var(--wellbeing-dark-blue-colour, #003087);
    --_pale-yellow: var(--wellbeing-pale-yellow-colour, #fff9c4);
    --_warm-yellow: var(--wellbeing-warm-yellow-colour, #ffb81c);
    --_font: var(--wellbeing-font-family, var(--nhsuk-font-family, 'Frutiger W01', Arial, sans-serif));
    --_radius: var(--wellbeing-border-radius, 4px);

    /* !important: page rules that match the host element itself ("* { … }", "body * { … }") would
       otherwise beat :host, and inherited text styles (italic, capitals, spacing, indents) leak in. */
    font: 400 var(--wellbeing-font-size, max(16px, 1rem)) / 1.5 var(--_font) !important;
    color: var(--_text) !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
    cursor: auto !important;
    box-sizing: border-box !important; /* inherited by everything inside */
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
`;

/**
 * The floor: the smallest honest Lit + @lit/context web component, bundled
 * exactly like the library. Whatever Wellbeing Widgets weighs above this is
 * our own code.
 */
import { consume, createContext, provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';

const nameContext = createContext<string>('floor-name');

export class FloorProvider extends LitElement {
  @provide({ context: nameContext }) @property() name = 'Trust';
  override render() {
    return html`<slot></slot>`;
  }
}

export class FloorWidget extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  @consume({ context: nameContext, subscribe: true }) name = '';
  override render() {
    return html`<p>Hello ${this.name}</p>`;
  }
}

customElements.define('floor-provider', FloorProvider);
customElements.define('floor-widget', FloorWidget);

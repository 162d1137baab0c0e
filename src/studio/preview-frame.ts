import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { PreviewEvent, RenderMessage } from './preview-protocol.js';

/** `detail` of `studio-preview-height`. */
export interface PreviewHeight {
  height: number;
}

/**
 * A frame that shows the real widgets (dist/studio-preview.html runs the real
 * bundle) as the studio describes them, at the height they take.
 *
 * @fires studio-preview-height - `detail: { height }`: the page in the frame changed height.
 */
export class StudioPreviewFrame extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    iframe {
      display: block;
      width: 100%;
      min-height: 48px;
      border: 0;
      background: transparent;
    }
  `;

  /** What to show. */
  @property({ attribute: false }) message?: Omit<RenderMessage, 'type'>;

  /** The frame's title, naming what it shows. */
  @property() label = 'Preview';

  /** The least height to give the frame, in CSS px (room for a floating button, which takes no height in the page). */
  @property({ type: Number, attribute: 'min-height' }) minHeight = 48;

  /** The preview page; by default {@link StudioPreviewFrame.pageUrl}. */
  @property() src?: string;

  /** Where the preview page is: next to the studio's own page (tests point it elsewhere). */
  static pageUrl = './studio-preview.html';

  @state() private height = 120;

  @query('iframe') private frame!: HTMLIFrameElement;

  private ready = false;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('message', this.onMessage);
    this.ready = false;
  }

  private readonly onMessage = (event: MessageEvent<PreviewEvent>) => {
    if (event.origin !== location.origin || !this.frame || event.source !== this.frame.contentWindow) return;
    const { type, height } = event.data ?? {};
    if (type === 'wellbeing-studio:ready') {
      this.ready = true;
      this.send();
    }
    if (
      (type === 'wellbeing-studio:ready' || type === 'wellbeing-studio:height') &&
      typeof height === 'number' &&
      height !== this.height
    ) {
      this.height = height;
      this.dispatchEvent(
        new CustomEvent<PreviewHeight>('studio-preview-height', { detail: { height }, bubbles: true, composed: true }),
      );
    }
  };

  private send(): void {
    if (this.ready && this.message)
      this.frame?.contentWindow?.postMessage(
        { type: 'wellbeing-studio:render', ...this.message } satisfies RenderMessage,
        location.origin,
      );
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('message')) this.send();
  }

  override render() {
    return html`<iframe title=${this.label} src=${this.src ?? StudioPreviewFrame.pageUrl} height=${Math.max(this.height, this.minHeight)}></iframe>`;
  }
}

import { log } from '../platform/log.js';

/**
 * Holds a widget's reserved space: its `reserve` attribute (a CSS length) as the
 * host's min-block-size, so the page does not move when the widget's data arrives.
 * A value that is not a length reserves nothing and is named in the console.
 */
export function applyReserve(host: HTMLElement, reserve: string | undefined, example: string): void {
  const valid = !!reserve && CSS.supports('min-block-size', reserve);
  if (reserve && !valid)
    log.error(
      `<${host.localName}>`,
      `reserve "${reserve}": expected a CSS length such as ${example} (no space reserved)`,
    );
  host.style.minBlockSize = valid ? reserve : '';
}

// @ts-check
// Pixels of a screenshot, and the colour sums the layout and reach checks make with them.
import pngjs from 'pngjs';

/**
 * @typedef {[number, number, number]} Rgb
 * @typedef {{ width: number, height: number, pixel: (x: number, y: number) => Rgb }} Image
 */

/**
 * A PNG (any colour type or depth; pngjs gives 8-bit RGBA) as an image to read pixels from.
 * @param {Buffer} buffer
 * @returns {Image}
 */
export function decodePng(buffer) {
  const { width, height, data } = pngjs.PNG.sync.read(buffer);
  return {
    width,
    height,
    pixel: (x, y) => /** @type {Rgb} */ ([...data.subarray((y * width + x) * 4, (y * width + x) * 4 + 3)]),
  };
}

/** @param {number} v */
const channel = (v) => {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
/** @param {Rgb} rgb */
export const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
/** @param {Rgb} a @param {Rgb} b */
export const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/**
 * The most common colour in a region, and the share of pixels that contrast with it by at least `ratio`.
 * @param {Image} image
 * @param {{ x0?: number, y0?: number, x1?: number, y1?: number, ratio?: number }} [region]
 * @returns {{ background: Rgb, share: number }}
 */
export function ink(image, { x0 = 0, y0 = 0, x1 = image.width, y1 = image.height, ratio = 3 } = {}) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  /** @type {Rgb[]} */
  const pixels = [];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const p = image.pixel(x, y);
      pixels.push(p);
      const key = p.join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  if (!pixels.length) return { background: [0, 0, 0], share: 0 };
  const background = /** @type {Rgb} */ (
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])[0][0]
      .split(',')
      .map(Number)
  );
  const inked = pixels.filter((p) => contrast(p, background) >= ratio).length;
  return { background, share: inked / pixels.length };
}

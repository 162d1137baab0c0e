const SAFE_SCHEMES = new Set(['http:', 'https:', 'tel:', 'sms:', 'mailto:']);

/** Pattern form of the same rule, for schemas: an allowed scheme, or no scheme at all (relative). */
export const SAFE_URL_PATTERN = /^\s*(?:(?:https?|tel|sms|mailto):|(?![a-z][a-z\d+.-]*:))/i;

/**
 * Returns an absolute href when `value` is an http(s), tel, sms or mailto URL
 * (relative URLs resolve against the page), and `undefined` for anything else,
 * such as `javascript:` or `data:`. Every link built from data goes through here.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` href with digits only (and a leading +), e.g. `tel:116123`. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '')}`;
}

/** `sms:` href with the keyword prefilled; `?&body=` is understood by both iOS and Android. */
export function smsHref(number: string, keyword?: string): string {
  const digits = telHref(number).slice(4);
  return keyword ? `sms:${digits}?&body=${encodeURIComponent(keyword)}` : `sms:${digits}`;
}

/** `mailto:` href for a plain address; anything that is not an address gives `undefined`. */
export function mailtoHref(address: string): string | undefined {
  return /^[^\s@<>()"]+@[^\s@<>()"]+$/.test(address.trim()) ? `mailto:${address.trim()}` : undefined;
}

export type Locale = 'en' | 'cy';
export const LOCALES: readonly Locale[] = ['en', 'cy'];

/** A message, or plural forms chosen by `{count}` with Intl.PluralRules (Welsh has six). */
export type Message = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });
/** One widget's user-facing strings, by key, in English and Welsh. */
export type StringTable<K extends string> = Record<Locale, Record<K, Message>>;

/**
 * Trust overrides, per locale, keyed `<widget>.<key>`, e.g.
 * `{ "en": { "help-now.trigger": "Need support now?" } }`.
 */
export type StringOverrides = Partial<Record<Locale, Record<string, Message>>>;

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/** `cy`, `cy-GB`… → Welsh; everything else → English. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  return lower === 'cy' || lower.startsWith('cy-') ? 'cy' : lower ? 'en' : undefined;
}

/** An explicit choice wins; otherwise the nearest `lang` attribute, as a CMS sets it on `<html>`. */
export function localeFor(element: Element, preferred?: string): Locale {
  return (
    toLocale(preferred) ??
    toLocale(element.closest('[lang]')?.getAttribute('lang')) ??
    toLocale(document.documentElement.lang) ??
    'en'
  );
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pick(message: Message, locale: Locale, count: unknown): string {
  if (typeof message === 'string') return message;
  if (!pluralRules.has(locale)) pluralRules.set(locale, new Intl.PluralRules(locale === 'cy' ? 'cy' : 'en-GB'));
  return message[pluralRules.get(locale)!.select(Number(count) || 0)] ?? message.other;
}

/** Builds `t(key, params)` for one widget's string table, with the Trust's overrides on top. */
export function translator<K extends string>(
  widget: string,
  strings: StringTable<K>,
  locale: Locale,
  overrides?: StringOverrides,
): Translate<K> {
  const own = overrides?.[locale];
  return (key, params = {}) => {
    const message = own?.[`${widget}.${key}`] ?? strings[locale][key] ?? strings.en[key];
    return pick(message, locale, params.count).replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    );
  };
}

/**
 * A Trust's own words from a data file in the page's language: the Welsh field
 * beside the English one (`title_cy` beside `title`) on Welsh pages when it has
 * text, otherwise the English.
 */
export function localised<E extends object, K extends BilingualField<E>>(entry: E, field: K, locale: Locale): E[K] {
  const welsh = locale === 'cy' ? (entry as Record<string, unknown>)[`${field}_cy`] : undefined;
  return (welsh || entry[field]) as E[K];
}

/** The fields of `E` that have a Welsh twin: `title` when there is a `title_cy`. */
export type BilingualField<E> = { [K in keyof E & string]: `${K}_cy` extends keyof E ? K : never }[keyof E & string];

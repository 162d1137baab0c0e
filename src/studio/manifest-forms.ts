/**
 * The snippet builder's forms, read from the custom-elements manifest
 * (custom-elements.json, written from the elements' own JSDoc): each element's
 * attributes, what each does, and the values it allows. Pure.
 */

/** The part of a manifest this reads. */
export interface Manifest {
  modules: Array<{
    declarations?: Array<{
      tagName?: string;
      summary?: string;
      attributes?: Array<{ name: string; description?: string; default?: string; type?: { text?: string } }>;
    }>;
  }>;
}

export interface AttributeInput {
  name: string;
  /** `text`, `number`, `boolean` (present or not), or `choice` of `options` */
  control: 'text' | 'number' | 'boolean' | 'choice';
  options?: string[];
  description: string;
  /** the default as the manifest gives it, without quotes: `floating`, `90` */
  defaultValue?: string;
}

export interface ElementForm {
  tag: string;
  summary: string;
  attributes: AttributeInput[];
}

const unquote = (text?: string) => text?.replace(/^(['"])(.*)\1$/, '$2');

/** Every element with a tag name, in manifest order, with a form input for each attribute. */
export function formsFromManifest(manifest: Manifest): ElementForm[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => ({
        tag: d.tagName!,
        summary: d.summary ?? '',
        attributes: (d.attributes ?? []).map((a): AttributeInput => {
          const type = a.type?.text ?? 'string';
          const options = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
          const control = options.length
            ? 'choice'
            : type === 'number'
              ? 'number'
              : type === 'boolean'
                ? 'boolean'
                : 'text';
          const defaultValue = unquote(a.default);
          return {
            name: a.name,
            control,
            ...(options.length ? { options } : {}),
            description: (a.description ?? '').replace(/\s+/g, ' ').trim(),
            ...(defaultValue && defaultValue !== "''" && defaultValue !== '' ? { defaultValue } : {}),
          };
        }),
      })),
  );
}

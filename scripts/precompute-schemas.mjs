// Rollup plugin: the browser bundle carries the data schemas as the plain data
// valibot computes for them, not valibot's code (about 2 KB gzip). At build
// time src/core/schemas.ts is run in Node with the real valibot, and each
// exported schema is written out with only the fields core/validate.ts reads
// (`type`, `expects`, `message`, `entries`, `pipe`…). Validation, messages and
// types stay exactly those of schemas.ts; tests, the CLI and the JSON Schemas
// use schemas.ts itself.
import { build } from 'esbuild';

const isValibot = (value) => value && typeof value === 'object' && typeof value['~run'] === 'function';

/**
 * What validate.ts reads from a valibot schema or validation action: a pipe is
 * its list, a rule its requirement and message, `expects` only where a message
 * quotes it.
 */
function fieldsOf(node) {
  if (node.pipe) return ['pipe'];
  if (node.kind !== 'schema') return ['requirement', 'message'];
  const quoted = ['literal', 'picklist', 'union'].includes(node.type) && !node.message;
  return ['type', ...(quoted ? ['expects'] : []), 'message', 'literal', 'options', 'entries', 'item', 'key', 'value', 'wrapped'];
}

/** Module source exporting `values` as literals; objects used more than once are shared, as in the source. */
export function serialize(values) {
  const uses = new Map();
  const count = (value) => {
    if (!value || typeof value !== 'object' || value instanceof RegExp) return;
    uses.set(value, (uses.get(value) ?? 0) + 1);
    if (uses.get(value) > 1) return;
    for (const key of isValibot(value) ? fieldsOf(value) : Object.keys(value)) count(value[key]);
  };
  Object.values(values).forEach(count);

  const shared = new Map();
  const declarations = [];
  const literal = (value, top = false) => {
    if (value instanceof RegExp) return String(value);
    if (!value || typeof value !== 'object') return value === undefined ? 'void 0' : JSON.stringify(value);
    if (!top && uses.get(value) > 1) {
      if (!shared.has(value)) {
        const code = literal(value, true);
        shared.set(value, `s${shared.size}`);
        declarations.push(`const ${shared.get(value)} = ${code};`);
      }
      return shared.get(value);
    }
    if (Array.isArray(value)) return `[${value.map((item) => literal(item)).join(', ')}]`;
    const keys = (isValibot(value) ? fieldsOf(value) : Object.keys(value)).filter(
      (key) => typeof value[key] !== 'function' && value[key] !== undefined,
    );
    return `{ ${keys.map((key) => `${JSON.stringify(key)}: ${literal(value[key])}`).join(', ')} }`;
  };
  const exports = Object.entries(values).map(([name, value]) => `export const ${name} = ${literal(value)};`);
  return `${declarations.join('\n')}\n${exports.join('\n')}\n`;
}

export function precomputeSchemas({ include = /\/src\/core\/schemas\.ts$/ } = {}) {
  return {
    name: 'precompute-schemas',
    async load(id) {
      if (!include.test(id)) return null;
      const { outputFiles } = await build({
        entryPoints: [id],
        bundle: true,
        format: 'esm',
        platform: 'node',
        write: false,
        logLevel: 'silent',
      });
      const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
      return { code: serialize({ ...module }), map: { mappings: '' } };
    },
  };
}

// @ts-check
// Rollup plugin: squeezes the whitespace and comments out of the static parts
// of our css`` and html`` templates. Terser leaves template text alone, and
// those bytes are a large share of each widget. Only collapses runs of
// whitespace (HTML renders them as one space anyway) and drops CSS comments and
// the spaces around CSS punctuation, so it cannot change rendering.

/** Finds the end of a `${…}` expression starting after `${`, skipping strings and nested templates. */
function skipExpression(code, i) {
  let depth = 1;
  while (i < code.length && depth > 0) {
    const c = code[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '"' || c === "'") i = skipString(code, i);
    else if (c === '`') i = skipTemplate(code, i + 1, () => {});
    i++;
  }
  return i - 1;
}

function skipString(code, i) {
  const quote = code[i];
  for (i++; i < code.length && code[i] !== quote; i++) if (code[i] === '\\') i++;
  return i;
}

/** Walks a template body from just after its backtick; calls onStatic(start, end) per static chunk; returns the closing backtick index. */
function skipTemplate(code, i, onStatic) {
  let start = i;
  while (i < code.length && code[i] !== '`') {
    if (code[i] === '\\') i += 2;
    else if (code[i] === '$' && code[i + 1] === '{') {
      onStatic(start, i);
      i = skipExpression(code, i + 2) + 1;
      start = i;
    } else i++;
  }
  onStatic(start, i);
  return i;
}

const squeezeCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':');
const squeezeHtml = (text) => text.replace(/\s+/g, ' ');

export function minifyTemplates({ include = /\/src\// } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      const edits = [];
      for (const match of code.matchAll(/\b(css|html|svg)\d*`/g)) {
        const squeeze = match[1] === 'css' ? squeezeCss : squeezeHtml;
        skipTemplate(code, match.index + match[0].length, (start, end) => {
          const text = code.slice(start, end);
          const squeezed = squeeze(text);
          if (squeezed !== text) edits.push([start, end, squeezed]);
        });
      }
      if (!edits.length) return null;
      let out = '';
      let last = 0;
      for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
        if (start < last) continue; // nested template already covered
        out += code.slice(last, start) + text;
        last = end;
      }
      return { code: out + code.slice(last), map: null };
    },
  };
}

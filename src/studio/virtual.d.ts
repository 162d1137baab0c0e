/** custom-elements.json, cut down to each element's tag, summary and attributes (rollup.config.mjs). */
declare module 'virtual:custom-elements-manifest' {
  const manifest: import('./manifest-forms.js').Manifest;
  export default manifest;
}

/**
 * JSON for inside a `<script type="application/ld+json">` element. JSON.stringify alone is
 * not enough: a title containing `</script>` would end the element early and the rest would
 * run as HTML. Every `<`, `>` and `&` becomes a JSON unicode escape (the same value to a JSON
 * parser), as do U+2028 and U+2029, which some parsers read as line ends.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

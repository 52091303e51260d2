/**
 * Escaping for the two places where data enters map.html: the JSON data island (a `<script
 * type="application/json">` element) and plain HTML text. In the island, `<`, `>` and `&` are
 * written as \u003c, \u003e, \u0026 (so no `</script>` or `<!--` can end or confuse the element)
 * and U+2028/U+2029 as \u2028/\u2029; `JSON.parse` gives the original characters back.
 */

const ISLAND_UNSAFE = /[<>&\u2028\u2029]/g;

/** JSON text that is safe inside `<script type="application/json">…</script>`. */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(ISLAND_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const HTML_TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text that is safe as HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_TEXT[c]!);
}

/**
 * Text that is safe inside an HTML comment (`<!--…-->`): a space goes between any two hyphens,
 * so the text contains no `--` and hence no `-->`, `--!>` or `<!--` that could end or confuse
 * the comment; `>` at the start and `<!-` at the end cannot happen either.
 */
export function htmlCommentText(text: string): string {
  return text.replace(/-(?=-)/g, '- ');
}

/** Text that is safe inside a double-quoted attribute value (quotes `'` stay readable). */
export function escapeAttr(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_TEXT[c]!);
}

/** Reading stored HTML: pages, feeds and emails never render Markdown themselves. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** The source as escaped plain paragraphs: what a reader sees for text whose HTML is not stored yet. */
export function plainTextHtml(text: string) {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/[&<>"']/g, (c) => ESCAPES[c])}</p>`)
    .join('\n')
}

/** The stored HTML, or the escaped source for a row not rendered yet: never rendered on the way out. */
export function storedHtml(row: { body: string; bodyHtml: string | null }) {
  return row.bodyHtml ?? plainTextHtml(row.body)
}

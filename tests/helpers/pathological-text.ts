/**
 * Markdown built to be slow to render, each under the statement form's 50,000 characters so the
 * Markdown itself is what is tested. Shared by the pathological-text tests and `npm run bench`.
 */
export const PATHOLOGICAL_MARKDOWN: Record<string, string> = {
  'a run of emphasis marks': '**a _'.repeat(9_000),
  'emphasis in many short paragraphs': `${'_a'.repeat(290)}\n\n`.repeat(80),
  'thousands of nested block quotes': `${'>'.repeat(5_000)} deep`,
  'block quotes nesting a level a line': Array.from({ length: 150 }, (_, i) => `${'> '.repeat(i)}x`).join('\n'),
  'lists nested by indentation': Array.from({ length: 800 }, (_, i) => `${'  '.repeat(i % 40)}- item`).join('\n'),
  'a long chain of links': '[a](https://example.org/)'.repeat(1_900),
  'a chain of open brackets': `${'['.repeat(20_000)}a${']'.repeat(20_000)}`,
  'links in many paragraphs': `${'[a](https://example.org/) '.repeat(250)}\n\n`.repeat(7),
  'raw nested HTML': '<blockquote>'.repeat(3_500),
  'a very wide table': `${'|a'.repeat(3_000)}\n${'|-'.repeat(3_000)}\n${'|b'.repeat(3_000)}`,
}

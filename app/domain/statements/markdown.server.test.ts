import { describe, expect, it } from 'vitest'
import { translate } from '~/i18n/translate.ts'
import { markdownProblem as problemOf, renderMarkdown } from './markdown.server.ts'

/** The problem as an English reader sees it. */
function markdownProblem(markdown: string) {
  const problem = problemOf(markdown)
  return problem && translate('en', problem.message, problem.values)
}
import { plainTextHtml } from './stored-html.ts'

/** Markdown written by someone hostile, or pasted from somewhere hostile. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror="alert(1)">',
  '<svg onload=alert(1)><circle r="5"/></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href="jav&#x09;ascript:alert(1)">click</a>',
  '<a href="  javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '![x](https://evil.example/pixel.png)',
  '<div><p><img src=x onerror=alert(1)></p></div>',
  '<p onclick="alert(1)" style="position:fixed">text</p>',
  '<style>body{display:none}</style>',
  '<form action="https://evil.example"><input name=q></form>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<a href="//evil.example">protocol-relative</a>',
  '<!-- <script>alert(1)</script> -->',
  '<details open ontoggle=alert(1)>x</details>',
  '<table><tr><td background="javascript:alert(1)">x</td></tr></table>',
  '<a href="vbscript:msgbox(1)">x</a>',
]

describe('renderMarkdown', () => {
  it('keeps the structure of a statement', async () => {
    const html = await renderMarkdown('# Caseloads\n\nSocial workers need **time** with *children*.\n\n- one\n- two\n\n> Evidence matters.\n\n[Read the review](https://example.org/review)')
    expect(html).toContain('<h2>Caseloads</h2>')
    expect(html).toContain('<strong>time</strong>')
    expect(html).toContain('<li>one</li>')
    expect(html).toContain('<blockquote>')
    expect(html).toContain('<a href="https://example.org/review" rel="noopener noreferrer">Read the review</a>')
  })

  for (const input of HOSTILE) {
    it(`makes ${JSON.stringify(input).slice(0, 60)} harmless`, async () => {
      const html = (await renderMarkdown(input)).toLowerCase()
      expect(html).not.toMatch(/<script|<iframe|<svg|<img|<object|<embed|<form|<input|<style|<math|<details/)
      expect(html).not.toMatch(/\son[a-z]+\s*=/)
      expect(html).not.toMatch(/javascript:|vbscript:|data:text|href="\/\//)
      expect(html).not.toMatch(/style=|background=/)
    })
  }

  it('keeps ordinary text that merely mentions dangerous words', async () => {
    expect(await renderMarkdown('Never write javascript: in a link.')).toContain('Never write javascript: in a link.')
  })

  it('refuses text nested too deeply or too long before rendering it, naming the field', async () => {
    expect(markdownProblem('> '.repeat(13) + 'deep')).toMatch(/nest at most 12 levels/)
    expect(markdownProblem('- '.repeat(13) + 'deep')).toMatch(/nest at most 12 levels/)
    expect(markdownProblem('> - 1. > quoted list in a quote')).toBeNull()
    expect(markdownProblem('x'.repeat(50_001))).toMatch(/under 50,000 characters/)
    expect(markdownProblem('**a _'.repeat(2000))).toMatch(/more than 600 formatting marks/)
    expect(markdownProblem('[a](b)'.repeat(400))).toMatch(/more than 600 formatting marks/)
    expect(markdownProblem('[a](b)'.repeat(200) + '\n\n' + '[a](b)'.repeat(200))).toBeNull()
    expect(markdownProblem('['.repeat(10_000))).toMatch(/more than 64 “\[” in a row/)
    await expect(renderMarkdown('>'.repeat(5000) + ' x', { field: 'body' })).rejects.toMatchObject({ code: 'invalid_input', field: 'body' })
  })

  it('refuses a render that overruns its time, and renders the next text as usual', async () => {
    const long = Array.from({ length: 100 }, (_, i) => `Paragraph ${i} says **why** social workers need [time](https://example.org/${i}).`.repeat(4)).join('\n\n')
    await expect(renderMarkdown(long, { field: 'body', timeLimitMs: 1 })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/too complicated/) })
    expect(await renderMarkdown('Still **here**.')).toBe('<p>Still <strong>here</strong>.</p>\n')
  })

  it('shows unrendered text as escaped paragraphs', () => {
    expect(plainTextHtml('One <b>\n\nTwo & three')).toBe('<p>One &lt;b&gt;</p>\n<p>Two &amp; three</p>')
  })
})

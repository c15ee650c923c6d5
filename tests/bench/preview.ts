/**
 * An officer’s preview of hostile Markdown: every input built to be slow to
 * render answers or is refused with a message within 200 ms. Rendered in this process, through the
 * same worker and time limit as the preview; the slowest of three tries per input is reported.
 */
import { MARKDOWN_LIMITS, markdownRendererIdle, renderMarkdown } from '../../app/domain/statements/markdown.server.ts'
import { PATHOLOGICAL_MARKDOWN } from '../helpers/pathological-text.ts'
import type { Bench } from './types.ts'

const GOAL_MS = 200
const TRIES = 3

export const hostilePreview: Bench = {
  name: 'hostile preview',
  async run() {
    await renderMarkdown('Starts the renderer, once per process.')
    const times: number[] = []
    const lines: string[] = []
    for (const [label, body] of Object.entries(PATHOLOGICAL_MARKDOWN)) {
      let slowest = 0
      let outcome = ''
      for (let i = 0; i < TRIES; i++) {
        // a render stopped for overrunning replaces its worker; that start-up is not the next request's
        await markdownRendererIdle()
        const started = performance.now()
        outcome = await renderMarkdown(body, { field: 'body', timeLimitMs: MARKDOWN_LIMITS.previewMs }).then(
          () => 'rendered',
          (error: Error) => `refused: ${error.message.slice(0, 60)}`,
        )
        slowest = Math.max(slowest, performance.now() - started)
      }
      times.push(slowest)
      lines.push(`# ${label}: ${slowest.toFixed(1)} ms, ${outcome}`)
    }
    const worst = Math.max(...times)
    return {
      rows: [{ name: 'hostile preview (slowest input)', p99Ms: worst, goal: `< ${GOAL_MS} ms`, met: worst < GOAL_MS, result: `${times.length} inputs` }],
      lines,
    }
  },
}

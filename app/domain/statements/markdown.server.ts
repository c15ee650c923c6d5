import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { msg } from '~/i18n/translate.ts'
import { DomainError } from '~/domain/errors.ts'

/**
 * Markdown is rendered once, when it is saved, and the sanitised HTML is stored beside the
 * source: no page, feed or email renders it again. Rendering runs in a worker thread with a time
 * limit, so text built to be slow is refused with a message instead of holding up the server.
 */
export const MARKDOWN_LIMITS = {
  /** Characters; the forms' own limits are no higher. */
  maxLength: 50_000,
  /** Block quotes and list markers opening one line, one inside the other. */
  maxDepth: 12,
  /** Indentation of one line, in columns (a tab counts four). */
  maxIndent: 64,
  /** Emphasis marks, brackets, backticks, angle brackets and table bars in one paragraph (runs of one mark count once). */
  maxMarksPerParagraph: 600,
  /** One mark repeated in a row. */
  maxMarkRun: 64,
  /** Tags kept one inside another; deeper ones are dropped by the sanitiser. */
  maxHtmlNesting: 24,
  /** Wall-clock time one render may take in the worker when saving (generous: a busy server is slower). */
  renderMs: 1000,
  /**
   * An officer's preview answers within 200 ms or says the text is too complicated: the render's
   * share, leaving room for the request's own work on a busy server.
   */
  previewMs: 120,
} as const

/**
 * What a statement's HTML may contain: text structure, links and tables. No scripts, styles,
 * frames, images, forms or event attributes; links only to http(s) and mailto. The page's title
 * is its only h1, so headings inside a statement start at h2. This source runs in the worker.
 */
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads')
Promise.all([import(workerData.marked), import(workerData.sanitize)]).then(([markedModule, sanitizeModule]) => {
  const marked = new markedModule.Marked({ gfm: true, breaks: false, async: false })
  const sanitizeHtml = sanitizeModule.default
  const policy = {
    allowedTags: ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'a', 'code', 'pre', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del', 'sup', 'sub'],
    allowedAttributes: { a: ['href', 'title', 'rel'], th: ['scope'], ol: ['start'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nestingLimit: workerData.nestingLimit,
    transformTags: {
      h1: 'h2',
      h5: 'h4',
      h6: 'h4',
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
    },
  }
  // Warm up the parser before taking work, so the time limit measures the text and not a cold start.
  const sample = '## Heading\n\nA *short* paragraph with **strong** words, a [link](https://example.org) and \`code\`.\n\n> A quote\n\n- one\n- two\n\n1. first\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'
  for (let i = 0; i < 20; i++) sanitizeHtml(marked.parse(sample), policy)
  parentPort.on('message', ({ id, markdown }) => {
    try {
      parentPort.postMessage({ id, html: sanitizeHtml(marked.parse(markdown), policy) })
    } catch (error) {
      parentPort.postMessage({ id, error: String(error && error.message || error) })
    }
  })
  parentPort.postMessage({ ready: true })
}, (error) => parentPort.postMessage({ ready: false, error: String(error && error.message || error) }))
`

const TOO_SLOW = msg('This text is too complicated to format in time. Simplify it (fewer nested quotes and lists, fewer emphasis marks or links in a row), or split it up.')

type Job = { id: number; resolve: (html: string) => void; reject: (error: Error) => void }

/** One render at a time, in one worker that is replaced whenever a render overruns. */
class Renderer {
  private worker: Worker | null = null
  private ready: Promise<void> | null = null
  private current: Job | null = null
  private queue: Promise<unknown> = Promise.resolve()
  private nextId = 1

  private start() {
    const require = createRequire(import.meta.url)
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { marked: pathToFileURL(require.resolve('marked')).href, sanitize: pathToFileURL(require.resolve('sanitize-html')).href, nestingLimit: MARKDOWN_LIMITS.maxHtmlNesting },
      resourceLimits: { maxOldGenerationSizeMb: 128, stackSizeMb: 4 },
    })
    this.worker = worker
    this.ready = new Promise<void>((resolve, reject) => {
      const onReady = (message: { ready?: boolean; error?: string }) => {
        if (message.ready === undefined) return
        worker.off('message', onReady)
        if (message.ready) resolve()
        else reject(new Error(`The Markdown renderer did not start: ${message.error}`))
      }
      worker.on('message', onReady)
      worker.once('error', reject)
    })
    // A worker started in the background may fail with nobody waiting yet; whoever waits still sees it.
    this.ready.catch(() => {})
    worker.on('message', (message: { id?: number; html?: string; error?: string }) => {
      const job = this.current
      if (!job || message.id !== job.id) return
      this.current = null
      if (message.error !== undefined) job.reject(new DomainError('invalid_input', TOO_SLOW))
      else job.resolve(message.html ?? '')
    })
    // A crash (out of memory, stack) fails the job in hand; the next render starts a new worker.
    worker.on('error', () => this.discard(worker))
    worker.on('exit', () => this.discard(worker))
    // Unref'd last: adding a message listener refs a worker again, and an idle one must not keep the process alive.
    worker.unref()
  }

  private discard(worker: Worker) {
    if (this.worker !== worker) return
    this.worker = null
    this.ready = null
    const job = this.current
    this.current = null
    job?.reject(new DomainError('invalid_input', TOO_SLOW))
  }

  /** Settles once a worker is ready (or at once when none is starting). */
  async idle() {
    await this.queue
    await this.ready?.catch(() => {})
  }

  render(markdown: string, timeLimitMs: number): Promise<string> {
    const run = async () => {
      if (!this.worker) this.start()
      const worker = this.worker!
      // Held while working, so a caller awaiting the render keeps the process alive; let go when idle.
      worker.ref()
      try {
        await this.ready
        return await this.dispatch(worker, markdown, timeLimitMs)
      } finally {
        worker.unref()
      }
    }
    const result = this.queue.then(run, run)
    this.queue = result.catch(() => {})
    return result
  }

  private dispatch(worker: Worker, markdown: string, timeLimitMs: number) {
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.discard(worker)
        void worker.terminate()
        // The replacement starts now, off any request, so the next render does not wait for it.
        this.start()
      }, timeLimitMs)
      const done =
        <T>(f: (v: T) => void) =>
        (v: T) => {
          clearTimeout(timer)
          f(v)
        }
      this.current = { id: this.nextId++, resolve: done(resolve), reject: done(reject) }
      worker.postMessage({ id: this.current.id, markdown })
    })
  }
}

const renderer = new Renderer()

/** Waits for renders in hand and for a replacement worker to be ready. */
export function markdownRendererIdle() {
  return renderer.idle()
}

const MARKS = new Set(['*', '_', '[', ']', '`', '<', '~', '|', '!'].map((c) => c.charCodeAt(0)))

/** The line's opening run of quote markers, list markers and indentation: how deep it nests. */
function lineNesting(markdown: string, start: number, end: number) {
  let depth = 0
  let indent = 0
  for (let i = start; i < end; i++) {
    const c = markdown.charCodeAt(i)
    const next = markdown.charCodeAt(i + 1)
    if (c === 32) indent += 1
    else if (c === 9) indent += 4
    else if (c === 62)
      depth += 1 // >
    else if ((c === 45 || c === 42 || c === 43) && (next === 32 || next === 9))
      depth += 1 // - * + and a space
    else if (c >= 48 && c <= 57) {
      let j = i
      while (j < end && j - i < 9 && markdown.charCodeAt(j) >= 48 && markdown.charCodeAt(j) <= 57) j++
      const after = markdown.charCodeAt(j)
      if ((after !== 46 && after !== 41) || (markdown.charCodeAt(j + 1) !== 32 && markdown.charCodeAt(j + 1) !== 9)) break
      depth += 1 // 1. or 1)
      i = j
    } else break
    if (depth > MARKDOWN_LIMITS.maxDepth || indent > MARKDOWN_LIMITS.maxIndent) break
  }
  return { depth, indent }
}

/**
 * Why this Markdown may not be rendered, or null. A linear scan, cheap enough for any request,
 * for the shapes that make a Markdown parser slow or overflow its stack: length, quotes and lists
 * nested deep (thousands of nested quotes), and paragraphs thick with emphasis marks or link
 * brackets. Anything else slow is stopped by the render's time limit.
 */
export interface MarkdownProblem {
  /** A message id (app/i18n) and the values it takes. */
  message: string
  values: Record<string, string | number>
}

export function markdownProblem(markdown: string): MarkdownProblem | null {
  if (markdown.length > MARKDOWN_LIMITS.maxLength) return { message: msg('Keep the text under {max, number} characters'), values: { max: MARKDOWN_LIMITS.maxLength } }
  const tooDeep = { message: msg('Quotes and lists may nest at most {max} levels deep. Simplify the text’s structure'), values: { max: MARKDOWN_LIMITS.maxDepth } }
  let marks = 0
  let start = 0
  while (start <= markdown.length) {
    let end = markdown.indexOf('\n', start)
    if (end === -1) end = markdown.length
    const { depth, indent } = lineNesting(markdown, start, end)
    if (depth > MARKDOWN_LIMITS.maxDepth) return tooDeep
    if (indent > MARKDOWN_LIMITS.maxIndent) return { message: msg('A line is indented more than {max} spaces. Simplify the text’s structure'), values: { max: MARKDOWN_LIMITS.maxIndent } }
    if (markdown.slice(start, end).trim() === '') marks = 0 // a blank line ends the paragraph
    let run = 0
    for (let i = start; i < end; i++) {
      const c = markdown.charCodeAt(i)
      if (!MARKS.has(c)) continue
      if (c === markdown.charCodeAt(i - 1) && i > start) {
        if (++run > MARKDOWN_LIMITS.maxMarkRun)
          return { message: msg('There are more than {max} “{mark}” in a row. Remove the extra marks'), values: { max: MARKDOWN_LIMITS.maxMarkRun, mark: String.fromCharCode(c) } }
      } else {
        run = 1
        if (++marks > MARKDOWN_LIMITS.maxMarksPerParagraph)
          return {
            message: msg('A paragraph has more than {max} formatting marks (emphasis, brackets of links, backticks, table bars). Split it into shorter paragraphs or simplify its formatting'),
            values: { max: MARKDOWN_LIMITS.maxMarksPerParagraph },
          }
      }
    }
    start = end + 1
  }
  return null
}

/**
 * Renders Markdown to HTML that is safe to put in a page as it is, within the limits above;
 * otherwise throws `invalid_input` with a message for `field`. For saving, and an officer's preview.
 */
export async function renderMarkdown(markdown: string, options: { field?: string; timeLimitMs?: number } = {}): Promise<string> {
  const problem = markdownProblem(markdown)
  if (problem) throw new DomainError('invalid_input', problem.message, options.field, problem.values)
  try {
    return await renderer.render(markdown, options.timeLimitMs ?? MARKDOWN_LIMITS.renderMs)
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError(error.code, error.message, options.field, error.values)
    throw error
  }
}

import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One email as the Resend API received it. */
export interface CapturedEmail {
  id: string
  from: string
  to: string
  subject: string
  html: string
  text: string
  headers: Record<string, string>
  idempotencyKey: string | null
}

export interface FaultPlan {
  /** Share of requests (0–1) that fail at random. */
  failRate?: number
  /** Of those, the share that fail *after* the emails were accepted (the response is lost). */
  afterAcceptShare?: number
  /** How a failure is reported: 500, 429, or a dropped connection. */
  failWith?: (500 | 429 | 'drop')[]
  /** The next N requests fail (before accepting) with this status. */
  failNext?: { count: number; status: 500 | 429 }
  /** Every request waits this long; `hang` never answers (a timeout). */
  delayMs?: number
  hang?: boolean
}

/**
 * A stand-in for the Resend API that the real `resend` SDK talks to (RESEND_BASE_URL). It keeps
 * Resend's idempotency rule — a repeated Idempotency-Key returns the first answer and delivers
 * nothing again — and can be told to fail the ways a real provider does.
 */
export class ResendCapture {
  readonly delivered: CapturedEmail[] = []
  /** Every request that reached the server, including failed and repeated ones. */
  readonly requests: { path: string; idempotencyKey: string | null; outcome: string }[] = []
  faults: FaultPlan = {}
  private server: Server | undefined
  private answers = new Map<string, { status: number; body: unknown }>()
  private inFlight = new Set<string>()
  private random: () => number

  constructor(options: { random?: () => number } = {}) {
    this.random = options.random ?? Math.random
  }

  async start() {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return this
  }

  get url() {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`
  }

  async stop() {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve())
  }

  /** How many times each address received an email. */
  countsByRecipient() {
    const counts = new Map<string, number>()
    for (const email of this.delivered) counts.set(email.to, (counts.get(email.to) ?? 0) + 1)
    return counts
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const path = req.url ?? ''
    const key = (req.headers['idempotency-key'] as string | undefined) ?? null
    const record = (outcome: string) => this.requests.push({ path, idempotencyKey: key, outcome })

    if (this.faults.hang) return record('hang')
    if (this.faults.delayMs) await new Promise((r) => setTimeout(r, this.faults.delayMs))
    if (req.method !== 'POST' || (path !== '/emails' && path !== '/emails/batch')) {
      record('not-found')
      return this.reply(res, 404, { statusCode: 404, name: 'not_found', message: 'The requested endpoint does not exist.' })
    }
    if (!req.headers.authorization?.startsWith('Bearer ')) {
      record('unauthorised')
      return this.reply(res, 401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key in the authorization header.' })
    }

    if (key && this.answers.has(key)) {
      record('replayed')
      const answer = this.answers.get(key)!
      return this.reply(res, answer.status, answer.body)
    }
    if (key && this.inFlight.has(key)) {
      record('concurrent')
      return this.reply(res, 409, { statusCode: 409, name: 'concurrent_idempotent_requests', message: 'Same idempotency key used while original request is still in progress.' })
    }

    const planned = this.plannedFailure()
    if (planned && planned.when === 'before') {
      record(`failed-before-${planned.how}`)
      return this.fail(res, planned.how)
    }

    let payload: unknown
    try {
      payload = JSON.parse(Buffer.concat(chunks).toString())
    } catch {
      record('invalid-json')
      return this.reply(res, 422, { statusCode: 422, name: 'validation_error', message: 'Invalid JSON' })
    }
    const emails = path === '/emails/batch' ? (payload as Record<string, unknown>[]) : [payload as Record<string, unknown>]
    if (!Array.isArray(emails) || emails.length === 0 || emails.length > 100) {
      record('invalid-batch')
      return this.reply(res, 422, { statusCode: 422, name: 'validation_error', message: 'A batch holds 1 to 100 emails.' })
    }
    if (emails.some((e) => typeof e.to !== 'string' && !Array.isArray(e.to))) {
      record('invalid-to')
      return this.reply(res, 422, { statusCode: 422, name: 'validation_error', message: 'Invalid `to` field.' })
    }

    if (key) this.inFlight.add(key)
    const accepted = emails.map((e) => {
      const captured: CapturedEmail = {
        id: randomUUID(),
        from: String(e.from),
        to: Array.isArray(e.to) ? String(e.to[0]) : String(e.to),
        subject: String(e.subject),
        html: String(e.html ?? ''),
        text: String(e.text ?? ''),
        headers: (e.headers as Record<string, string>) ?? {},
        idempotencyKey: key,
      }
      this.delivered.push(captured)
      return captured
    })
    const body = path === '/emails/batch' ? { data: accepted.map((a) => ({ id: a.id })) } : { id: accepted[0].id }
    if (key) {
      this.answers.set(key, { status: 200, body })
      this.inFlight.delete(key)
    }
    if (planned && planned.when === 'after') {
      record(`accepted-then-${planned.how}`)
      return this.fail(res, planned.how)
    }
    record('accepted')
    return this.reply(res, 200, body)
  }

  private plannedFailure(): { when: 'before' | 'after'; how: 500 | 429 | 'drop' } | null {
    if (this.faults.failNext && this.faults.failNext.count > 0) {
      this.faults.failNext.count -= 1
      return { when: 'before', how: this.faults.failNext.status }
    }
    if (!this.faults.failRate || this.random() >= this.faults.failRate) return null
    const kinds = this.faults.failWith ?? [500, 429, 'drop']
    const how = kinds[Math.floor(this.random() * kinds.length)]
    return { when: this.random() < (this.faults.afterAcceptShare ?? 0.5) ? 'after' : 'before', how }
  }

  private fail(res: ServerResponse, how: 500 | 429 | 'drop') {
    if (how === 'drop') return res.socket?.destroy()
    if (how === 429) return this.reply(res, 429, { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' })
    return this.reply(res, 500, { statusCode: 500, name: 'internal_server_error', message: 'An unexpected error occurred.' })
  }

  private reply(res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
}

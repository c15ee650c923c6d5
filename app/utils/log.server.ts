import { AsyncLocalStorage } from 'node:async_hooks'
import { pino, type Logger } from 'pino'

/**
 * One JSON line per event on stdout, with the request id of the request being served, level from
 * LOG_LEVEL (default info). Never log personal data: no emails, names, tokens, ballot choices or
 * query strings — log ids, paths and counts instead.
 *
 * The server module and the Remix build each carry a copy of this file (the build bundles it), so
 * the logger and the request context live on globalThis: one stream, one request id for both.
 */
const shared = globalThis as typeof globalThis & {
  [key: symbol]: unknown
}
const LOGGER = Symbol.for('chorus.logger')
const CONTEXT = Symbol.for('chorus.requestContext')

export interface RequestContext {
  id: string
}

export const requestContext = (shared[CONTEXT] ??= new AsyncLocalStorage<RequestContext>()) as AsyncLocalStorage<RequestContext>

function createLogger(): Logger {
  return pino({
    level: process.env.LOG_LEVEL || 'info',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const context = requestContext.getStore()
      return context ? { reqId: context.id } : {}
    },
    // A last line of defence should a caller pass a whole object by mistake.
    redact: {
      paths: ['email', 'name', 'password', 'token', 'cookie', 'headers.cookie', 'headers.authorization', '*.email', '*.name', '*.token'],
      censor: '[hidden]',
    },
  })
}

export const log = (shared[LOGGER] ??= createLogger()) as Logger

/**
 * What may be logged of an error: its kind, code and message without the values a failed query
 * was given (Drizzle puts them after "params:"), and where it happened. PostgreSQL's `detail`
 * (which names the conflicting values) is left out.
 */
export function describeError(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error).slice(0, 200) }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const scrub = (text: string) =>
    text
      .split(/\nparams:/)[0]
      .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]')
      .slice(0, 500)
  return {
    type: error.name,
    code: (error as { code?: string }).code ?? cause?.code,
    message: scrub(error.message),
    cause: cause?.message ? scrub(cause.message) : undefined,
    stack: error.stack?.split('\n').slice(1, 8).join('\n'),
  }
}

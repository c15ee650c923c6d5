/** Seconds a client is asked to wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 15

/** Socket-level failures (Node) and postgres.js's own codes for a lost or refused connection. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT'])

/**
 * PostgreSQL's own: 08xxx connection exceptions, 57P01–57P03 (the server is shutting down,
 * crashed or starting up), 53300 (too many connections).
 */
const SERVER_CODES = /^(08...|57P0[123]|53300)$/

/**
 * Whether an error means the database cannot be reached right now, rather than that a query
 * was wrong. Drizzle wraps driver errors (the driver's is in `cause`); Node may report several
 * failed addresses at once (an AggregateError).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || SERVER_CODES.test(code))) return true
  const nested = (error as { errors?: unknown }).errors
  if (Array.isArray(nested) && nested.some((e) => isDatabaseUnavailable(e, depth + 1))) return true
  return isDatabaseUnavailable((error as { cause?: unknown }).cause, depth + 1)
}

/** For resource routes (webhooks): a plain 503 that asks the caller to retry. */
export function unavailableResponse() {
  return new Response('Chorus cannot reach its database right now. Nothing was changed. Try again shortly.', {
    status: 503,
    headers: { 'Content-Type': 'text/plain', 'Retry-After': String(RETRY_AFTER_SECONDS) },
  })
}

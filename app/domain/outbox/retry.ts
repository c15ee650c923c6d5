/** How long to wait before attempt `attempt + 1`: exponential, capped, with full jitter. */
export function retryDelayMs(attempt: number, random: () => number = Math.random, baseMs = 2_000) {
  const base = baseMs * 2 ** Math.max(0, attempt - 1)
  const capped = Math.min(base, 60 * 60 * 1000)
  // Half fixed, half random: spreads retries after an outage without ever retrying at once.
  return Math.round(capped / 2 + random() * (capped / 2))
}

export interface SendFailure {
  ok: false
  /** Network errors, timeouts, 429 and 5xx may succeed later; other refusals will not. */
  retryable: boolean
  error: string
}

/** Reads a Resend SDK error (`{ statusCode, name, message }`, statusCode null when unreachable). */
export function classifyProviderError(error: { statusCode?: number | null; name?: string; message?: string }): SendFailure {
  const status = error.statusCode ?? null
  const retryable = status === null || status === 429 || status === 409 || status >= 500
  const label = status === null ? 'unreachable' : `HTTP ${status}`
  // Operators read this (the admin outbox page); it is written as the fault it is.
  return { ok: false, retryable, error: new Error(`${label} ${error.name ?? ''}: ${error.message ?? 'no message'}`.trim()).message }
}

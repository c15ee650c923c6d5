import { createHash } from 'node:crypto'
import type { EntryContext } from '@remix-run/node'

/**
 * Rendered HTML of public pages, reused while what they show is unchanged.
 *
 * A document is a pure function of its URL, its status and the data its loaders returned (plus
 * the nonce), so the key hashes exactly those: when a loader returns anything different — a new
 * version, an embargo lifted at request time, a vote count — the key changes and the page is
 * rendered afresh. Loaders still run on every request, so access checks are never skipped.
 * Only visitors without a session share entries; the nonce is stored as a placeholder and a
 * fresh one is written into every response.
 */
const MAX_ENTRIES = 300
const MAX_HTML_BYTES = 512 * 1024
/** Bounds how stale anything a component derives from the clock can get. */
const TTL_MS = 30_000
const NONCE_SLOT = '\u0000chorus-nonce\u0000'

interface Entry {
  html: string
  storedAt: number
}

const entries = new Map<string, Entry>()

/** The cache key for this document, or null when it must not be shared. */
export function pageCacheKey(request: Request, status: number, context: EntryContext): string | null {
  if (request.method !== 'GET' || status !== 200 || context.isSpaMode) return null
  if (/(?:^|;\s*)chorus_session=/.test(request.headers.get('cookie') ?? '')) return null
  const state = context.staticHandlerContext
  if (state.activeDeferreds && Object.keys(state.activeDeferreds).length > 0) return null
  const hash = createHash('sha256')
  hash.update(request.url)
  hash.update('\u0000')
  hash.update(JSON.stringify([state.loaderData, state.actionData, state.errors]))
  return hash.digest('base64url')
}

export function cachedPage(key: string, nonce: string, now = Date.now()): string | null {
  const entry = entries.get(key)
  if (!entry) return null
  if (now - entry.storedAt > TTL_MS) {
    entries.delete(key)
    return null
  }
  // Most recently used last, so eviction takes the oldest.
  entries.delete(key)
  entries.set(key, entry)
  return entry.html.replaceAll(NONCE_SLOT, nonce)
}

export function storePage(key: string, html: string, nonce: string, now = Date.now()) {
  if (html.length > MAX_HTML_BYTES) return
  entries.set(key, { html: html.replaceAll(nonce, NONCE_SLOT), storedAt: now })
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!)
}

export function clearPageCache() {
  entries.clear()
}

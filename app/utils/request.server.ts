import { isIP } from 'node:net'
import { getEnv } from './env.server.ts'
import { withoutLocale } from '~/i18n/locale.ts'
import { translateFor } from '~/i18n/server.ts'

/** What the server hands Remix beside the request (see app/server.mjs): the connection's peer. */
export interface ServerContext {
  remoteAddress?: string
}

const peerOf = (context: unknown) => {
  const address = (context as ServerContext | undefined)?.remoteAddress
  return typeof address === 'string' && address ? address : 'unknown'
}

/** `::ffff:203.0.113.9` is the IPv4 address it carries; anything that is not an address is kept, bounded. */
function normaliseAddress(value: string) {
  const trimmed = value.trim()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)
  if (mapped) return mapped[1]
  return isIP(trimmed) ? trimmed.toLowerCase() : trimmed.slice(0, 64)
}

/**
 * The client's address, for throttling. The connection's peer is the client unless
 * `TRUST_PROXY=N` says N proxies stand in front: then each proxy appended the address it saw to
 * X-Forwarded-For, and the client is the entry N hops from the right (counting the peer as the
 * first hop), exactly as Express's `trust proxy` with a number. Entries further left were written
 * by the client and are never believed. With no peer known (a server that passes none) and no
 * proxy trusted, every request shares one address: throttles keyed on it must not refuse owners.
 */
export function clientIp(request: Request, context?: unknown) {
  const hops = getEnv().TRUST_PROXY
  const chain = [peerOf(context)]
  if (hops > 0) {
    const forwarded = (request.headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim())
    for (let i = forwarded.length - 1; i >= 0 && chain.length <= hops; i--) {
      if (forwarded[i]) chain.push(forwarded[i])
    }
  }
  return normaliseAddress(chain[Math.min(hops, chain.length - 1)])
}

/** The site's own origin: from APP_URL (or its default), never from what a request names. */
export function siteOrigin(_request?: Request) {
  return new URL(getEnv().appUrl).origin
}

/**
 * Refuses state-changing requests made by another site. Browsers say where a request comes from
 * (Sec-Fetch-Site, Origin); a request with neither is let through only when its Referer is this
 * site (old browsers) or the route takes posts from mail clients (`oneClick`, RFC 8058), which
 * carry a secret token in the address and no browser headers.
 */
export function isCrossSite(request: Request, options: { oneClick?: boolean } = {}) {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return false
  const fetchSite = request.headers.get('sec-fetch-site')
  if (fetchSite) return fetchSite !== 'same-origin' && fetchSite !== 'none'
  const origin = request.headers.get('origin') ?? request.headers.get(FORWARDED_ORIGIN_HEADER)
  if (origin) return origin !== siteOrigin()
  const referer = request.headers.get('referer')
  if (referer) {
    try {
      const from = new URL(referer).origin
      return from !== siteOrigin()
    } catch {
      return true
    }
  }
  return !options.oneClick
}

/**
 * Where the server (app/server.ts) puts an Origin that does not match the Host, so
 * that Remix passes the request on and this module refuses it with a page that says why. The
 * server drops any such header a client sends itself.
 */
export const FORWARDED_ORIGIN_HEADER = 'x-chorus-mismatched-origin'

export function requireSameOrigin(request: Request, options: { oneClick?: boolean } = {}) {
  if (isCrossSite(request, options)) {
    throw new Response(translateFor(request, 'This form was sent from another website, so Chorus refused it. Go back to Chorus and try again.'), {
      status: 403,
      statusText: 'Forbidden',
    })
  }
}

/** The most a form may send. Chorus's longest form (a statement draft) is a few tens of kilobytes. */
export const FORM_LIMIT_BYTES = 1_000_000

const tooLarge = (request: Request, limit: number) =>
  new Response(translateFor(request, 'That was too much to send at once (the limit is {kilobytes} kB). Shorten it and try again.', { kilobytes: Math.round(limit / 1000) }), {
    status: 413,
    statusText: 'Payload Too Large',
    // The rest of the upload is never read, so this connection cannot carry another request.
    headers: { Connection: 'close' },
  })

/**
 * The request body, read up to `limit` bytes: a declared or actual size over the limit is a 413,
 * and the rest of the upload is never buffered.
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > limit) throw tooLarge(request, limit)
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw tooLarge(request, limit)
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** Control characters nobody can type into a form (tab and line breaks are fine). PostgreSQL cannot even store NUL. */
const UNTYPEABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
/** What a browser decodes from bytes that are not UTF-8 (or lone surrogates): the text is damaged. */
const UNREADABLE = /\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Reads a submitted form after the Origin check. Oversized bodies are a 413; unreadable ones,
 * and text with control characters in it, are a 400 that changes nothing.
 */
export async function readForm(request: Request, options: { oneClick?: boolean } = {}) {
  requireSameOrigin(request, options)
  const body = await readBody(request, FORM_LIMIT_BYTES)
  let form: FormData
  try {
    form = await new Response(body as BodyInit, { headers: { 'Content-Type': request.headers.get('content-type') ?? '' } }).formData()
  } catch {
    throw new Response(translateFor(request, 'That form could not be read. Go back and try again.'), { status: 400, statusText: 'Bad Request' })
  }
  for (const [name, value] of form) {
    if (UNREADABLE.test(name) || (typeof value === 'string' && UNREADABLE.test(value))) {
      throw new Response(translateFor(request, 'Something you entered could not be read: it was not sent as valid text (UTF-8). Retype it rather than pasting, and try again.'), {
        status: 400,
        statusText: 'Bad Request',
      })
    }
    if (UNTYPEABLE.test(name) || (typeof value === 'string' && UNTYPEABLE.test(value))) {
      throw new Response(translateFor(request, 'Something you entered contains control characters that cannot be typed on a keyboard. Remove them (they often come from pasting) and try again.'), {
        status: 400,
        statusText: 'Bad Request',
      })
    }
  }
  return form
}

/** Text from a query string that is safe to look up: control characters removed, length capped. */
export function queryText(value: string | null | undefined, max: number) {
  return (value ?? '').replace(new RegExp(UNTYPEABLE.source, 'g'), '').slice(0, max)
}

/** Characters a browser drops or treats as a separator inside a URL before deciding where it points. */
const URL_NOISE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/

/**
 * The one way a target taken from a request becomes a redirect: a path on this site, or
 * `fallback`. Refused: anything not starting with one `/`, scheme-relative forms (`//`, `/\`),
 * backslashes anywhere (browsers read them as `/`), whitespace and control characters (browsers
 * strip them, turning `/\t/evil` into `//evil`), encoded slashes, backslashes and control
 * characters (`%2f`, `%5c`, `%09`), which a later decode could turn into the same, and anything
 * that does not resolve to this origin. Never throws.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = '/account') {
  if (typeof to !== 'string' || to.length === 0 || to.length > 1000) return fallback
  if (!to.startsWith('/') || to.startsWith('//')) return fallback
  if (to.includes('\\') || URL_NOISE.test(to)) return fallback
  if (/%(?:2f|5c|[01][0-9a-f]|7f|e2%80%[8a][0-9a-f]|c2%a0|c2%ad|ef%bb%bf)/i.test(to)) return fallback
  try {
    const base = 'http://chorus.invalid'
    const resolved = new URL(to, base)
    const path = resolved.pathname + resolved.search + resolved.hash
    // `/..//evil` resolves to `//evil`, which would leave the site once sent as a Location.
    if (resolved.origin !== base || path.startsWith('//')) return fallback
    // Targets are paths within the app, whichever language it is mounted in (Remix adds /cy itself).
    return withoutLocale(path)
  } catch {
    return fallback
  }
}

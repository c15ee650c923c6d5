import { getEnv } from './env.server.ts'

/**
 * The client's address for rate limiting. Behind a proxy (TRUST_PROXY=1) the proxy's
 * X-Forwarded-For is believed; otherwise clients cannot choose their own bucket.
 */
export function clientIp(request: Request) {
  if (getEnv().TRUST_PROXY) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded.slice(0, 64)
  }
  return 'direct'
}

/**
 * The site's own origin, as browsers send it in the Origin header: from APP_URL, never from the
 * request's Host or X-Forwarded-Host, which a client or a misconfigured proxy can set to anything.
 */
export function siteOrigin(_request?: Request) {
  return new URL(getEnv().appUrl).origin
}

/**
 * Refuses state-changing requests made by another site. Browsers say where a request comes from
 * (Sec-Fetch-Site, Origin); requests without either (mail clients' one-click unsubscribe,
 * server-to-server calls) are not a browser forgery and pass.
 */
export function isCrossSite(request: Request) {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return false
  const fetchSite = request.headers.get('sec-fetch-site')
  if (fetchSite) return fetchSite !== 'same-origin' && fetchSite !== 'none'
  const origin = request.headers.get('origin') ?? request.headers.get(FORWARDED_ORIGIN_HEADER)
  if (!origin || origin === 'null') return origin === 'null'
  return origin !== siteOrigin()
}

/**
 * Where the server (app/server.ts) puts an Origin that does not match the Host, so
 * that Remix passes the request on and this module refuses it with a page that says why. The
 * server drops any such header a client sends itself.
 */
export const FORWARDED_ORIGIN_HEADER = 'x-chorus-mismatched-origin'

export function requireSameOrigin(request: Request) {
  if (isCrossSite(request)) {
    throw new Response('This form was sent from another website, so Chorus refused it. Go back to Chorus and try again.', {
      status: 403,
      statusText: 'Forbidden',
    })
  }
}

/** The most a form may send. Chorus's longest form (a statement draft) is a few tens of kilobytes. */
export const FORM_LIMIT_BYTES = 1_000_000

const tooLarge = (limit: number) =>
  new Response(`That was too much to send at once (the limit is ${Math.round(limit / 1000)} kB). Shorten it and try again.`, {
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
  if (declared > limit) throw tooLarge(limit)
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
      throw tooLarge(limit)
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
export async function readForm(request: Request) {
  requireSameOrigin(request)
  const body = await readBody(request, FORM_LIMIT_BYTES)
  let form: FormData
  try {
    form = await new Response(body as BodyInit, { headers: { 'Content-Type': request.headers.get('content-type') ?? '' } }).formData()
  } catch {
    throw new Response('That form could not be read. Go back and try again.', { status: 400, statusText: 'Bad Request' })
  }
  for (const [name, value] of form) {
    if (UNREADABLE.test(name) || (typeof value === 'string' && UNREADABLE.test(value))) {
      throw new Response('Something you entered could not be read: it was not sent as valid text (UTF-8). Retype it rather than pasting, and try again.', {
        status: 400,
        statusText: 'Bad Request',
      })
    }
    if (UNTYPEABLE.test(name) || (typeof value === 'string' && UNTYPEABLE.test(value))) {
      throw new Response('Something you entered contains control characters that cannot be typed on a keyboard. Remove them (they often come from pasting) and try again.', {
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

/** Only same-site paths, so a login link cannot send someone to another website. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = '/account') {
  if (typeof to !== 'string' || !to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\')) return fallback
  return to
}

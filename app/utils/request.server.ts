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

/** The site's own origin, as browsers send it in the Origin header. */
export function siteOrigin(request: Request) {
  return getEnv().APP_URL ? new URL(getEnv().APP_URL!).origin : new URL(request.url).origin
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
  const origin = request.headers.get('origin')
  if (!origin || origin === 'null') return origin === 'null'
  return origin !== siteOrigin(request) && origin !== new URL(request.url).origin
}

export function requireSameOrigin(request: Request) {
  if (isCrossSite(request)) {
    throw new Response('This form was sent from another website, so Chorus refused it. Go back to Chorus and try again.', {
      status: 403,
      statusText: 'Forbidden',
    })
  }
}

/** Reads a submitted form after the Origin check; oversized or malformed bodies are a 400. */
export async function readForm(request: Request) {
  requireSameOrigin(request)
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > 1_000_000) throw new Response('That form is too large.', { status: 413 })
  try {
    return await request.formData()
  } catch {
    throw new Response('That form could not be read. Go back and try again.', { status: 400 })
  }
}

/** Only same-site paths, so a login link cannot send someone to another website. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = '/account') {
  if (typeof to !== 'string' || !to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\')) return fallback
  return to
}

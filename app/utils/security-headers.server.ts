import { randomBytes } from 'node:crypto'
import { getEnv, type Env } from './env.server.ts'

/**
 * Where a form may lead besides this site: a membership form's answer is a redirect to Stripe's
 * checkout or billing portal, and browsers hold redirects after a form to form-action.
 */
const formTargets = new Set(['https://checkout.stripe.com', 'https://billing.stripe.com'])

export function allowFormTarget(origin: string) {
  formTargets.add(new URL(origin).origin)
}

export function createNonce() {
  return randomBytes(16).toString('base64')
}

/** The headers every Chorus response carries; documents add a CSP bound to their nonce. */
export function applySecurityHeaders(headers: Headers, nonce?: string, env: Pick<Env, 'NODE_ENV' | 'CHORUS_OFFLINE'> = getEnv()) {
  const production = env.NODE_ENV === 'production'
  const script = nonce ? `'self' 'nonce-${nonce}'` : `'self'`
  // The development live-reload socket is the only connection outside 'self'.
  const connect = production ? `'self'` : `'self' ws://localhost:* ws://127.0.0.1:*`
  headers.set(
    'Content-Security-Policy',
    [
      `default-src 'self'`,
      `script-src ${script}`,
      `style-src 'self'`,
      `img-src 'self' data:`,
      `font-src 'self'`,
      `connect-src ${connect}`,
      `form-action 'self' ${[...formTargets].join(' ')}`,
      `frame-ancestors 'none'`,
      `base-uri 'none'`,
      `object-src 'none'`,
    ].join('; '),
  )
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  headers.set('X-Frame-Options', 'DENY')
  headers.set('Cross-Origin-Opener-Policy', 'same-origin')
  headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()')
  if (production && !env.CHORUS_OFFLINE) {
    headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains')
  }
  return headers
}

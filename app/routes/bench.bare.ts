import { applySecurityHeaders } from '~/utils/security-headers.server'

/** A route that touches nothing: the benchmark's measure of the server itself. */
export function loader() {
  return new Response('ok', { headers: applySecurityHeaders(new Headers({ 'Content-Type': 'text/plain' })) })
}

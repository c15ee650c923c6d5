import type { LoaderFunctionArgs } from '@remix-run/node'
import { db } from '~/utils/db.server'
import { RETRY_AFTER_SECONDS } from '~/utils/db-unavailable.server'
import { readiness } from '~/utils/readiness.server'
import { applySecurityHeaders } from '~/utils/security-headers.server'

/**
 * Readiness, for load balancers: 200 when this process should get traffic — the database answers
 * and has every migration — and 503 with Retry-After while it does not or while it is stopping.
 */
export async function loader(_: LoaderFunctionArgs) {
  const headers = applySecurityHeaders(new Headers({ 'Cache-Control': 'no-store' }))
  const state = await readiness(db)
  if (state.ready) return Response.json({ status: 'ready' }, { headers })
  headers.set('Retry-After', String(state.reason === 'shutting down' ? 1 : RETRY_AFTER_SECONDS))
  return Response.json({ status: 'unavailable', reason: state.reason }, { status: 503, headers })
}

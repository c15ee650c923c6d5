import type { LoaderFunctionArgs } from '@remix-run/node'
import { applySecurityHeaders } from '~/utils/security-headers.server'

/**
 * Liveness, for process supervisors: 200 whenever the process can answer at all. Whether it
 * should get traffic (database, migrations, stopping) is /readyz.
 */
export async function loader(_: LoaderFunctionArgs) {
  const headers = applySecurityHeaders(new Headers({ 'Cache-Control': 'no-store' }))
  return Response.json({ status: 'ok' }, { headers })
}

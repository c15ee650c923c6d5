import type { LoaderFunctionArgs } from '@remix-run/node'
import { checkDatabase } from '~/domain/site/site.server'
import { db } from '~/utils/db.server'
import { applySecurityHeaders } from '~/utils/security-headers.server'

/** For load balancers and uptime checks: 200 when the database answers, 503 when it does not. */
export async function loader(_: LoaderFunctionArgs) {
  const headers = applySecurityHeaders(new Headers({ 'Cache-Control': 'no-store' }))
  try {
    const database = await checkDatabase(db)
    return Response.json({ status: 'ok', database }, { headers })
  } catch {
    return Response.json({ status: 'unavailable', database: 'unreachable' }, { status: 503, headers })
  }
}

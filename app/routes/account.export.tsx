import type { LoaderFunctionArgs } from '@remix-run/node'
import { exportMemberData } from '~/domain/membership/privacy.server'
import { db } from '~/utils/db.server'
import { requireUser } from '~/utils/session.server'

/** Downloads everything Chorus holds about the signed-in person, as a JSON file. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const now = new Date()
  const body = await exportMemberData(db, user.id, now)
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="chorus-data-${now.toISOString().slice(0, 10)}.json"`,
      'Cache-Control': 'no-store',
    },
  })
}

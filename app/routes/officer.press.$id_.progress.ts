import type { LoaderFunctionArgs } from '@remix-run/node'
import { getAlertProgress } from '~/domain/press/briefings.server'
import { toTimingView } from '~/domain/press/present'
import { localeOf } from '~/i18n/locale'
import { db } from '~/utils/db.server'
import { requireRole } from '~/utils/session.server'

/** The briefing's alert figures alone, polled by its page while alerts are going out. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const progress = /^[0-9a-f-]{36}$/i.test(params.id ?? '') ? await getAlertProgress(db, params.id!) : null
  if (!progress) throw new Response(null, { status: 404 })
  return Response.json({ timing: toTimingView(progress.timing, localeOf(request)), sending: progress.sending }, { headers: { 'Cache-Control': 'no-store' } })
}

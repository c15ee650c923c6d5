import type { LoaderFunctionArgs } from '@remix-run/node'
import { exportMembersCsv, MemberFiltersSchema } from '~/domain/membership/officers.server'
import { localeOf } from '~/i18n/locale'
import { db } from '~/utils/db.server'
import { applySecurityHeaders } from '~/utils/security-headers.server'
import { requireRole } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const filters = MemberFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const csv = await exportMembersCsv(db, filters, localeOf(request))
  const date = new Date().toISOString().slice(0, 10)
  return new Response(csv, {
    headers: applySecurityHeaders(new Headers({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="chorus-members-${date}.csv"`, 'Cache-Control': 'no-store' })),
  })
}

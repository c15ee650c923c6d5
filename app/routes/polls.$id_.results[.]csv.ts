import type { LoaderFunctionArgs } from '@remix-run/node'
import { getPublishedResultsModel } from '~/domain/polls/results.server'
import { resultsCsv } from '~/domain/polls/stats/results-csv'
import { localeOf } from '~/i18n/locale'
import { translateFor } from '~/i18n/server'
import { db } from '~/utils/db.server'
import { applySecurityHeaders } from '~/utils/security-headers.server'

/** A published poll's aggregates as CSV: small cells blank and flagged, free text never. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const model = await getPublishedResultsModel(db, { pollId: params.id ?? '', locale: localeOf(request) })
  if (!model) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  return new Response(resultsCsv(model), {
    headers: applySecurityHeaders(new Headers({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="chorus-poll-${params.id}.csv"` })),
  })
}

import type { LoaderFunctionArgs } from '@remix-run/node'
import { ballotCalendar } from '~/domain/voting/calendar'
import { getBallot } from '~/domain/voting/ballots.server'
import { db } from '~/utils/db.server'
import { localeOf, translateFor } from '~/i18n/server'
import { siteOrigin } from '~/utils/request.server'
import { applySecurityHeaders } from '~/utils/security-headers.server'

/**
 * A ballot's dates for a calendar (RFC 5545), in the page's language: the voting window and its
 * closing time, or with `?events=results` the moment the result is published.
 */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const ballot = await getBallot(db, params.id ?? '')
  if (!ballot || ballot.status === 'draft') throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const events = new URL(request.url).searchParams.get('events') === 'results' ? 'results' : 'voting'
  const calendar = ballotCalendar({
    ballot: { ...ballot, cancelled: ballot.status === 'cancelled' },
    locale: localeOf(request),
    origin: siteOrigin(request),
    events,
  })
  const filename = events === 'results' ? `ballot-${ballot.id}-result.ics` : `ballot-${ballot.id}.ics`
  return new Response(calendar, {
    headers: applySecurityHeaders(new Headers({ 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-cache' })),
  })
}

import type { LoaderFunctionArgs } from '@remix-run/node'
import { getBallot, getPublishedRecord } from '~/domain/voting/ballots.server'
import { db } from '~/utils/db.server'
import { translateFor } from '~/i18n/server'
import { applySecurityHeaders } from '~/utils/security-headers.server'

/** The public record of a sealed ballot (sorted receipts, mixed papers, counts, commitment): `npm run verify-ballot` checks it. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const ballot = await getBallot(db, params.id ?? '')
  const record = ballot?.countedAt ? await getPublishedRecord(db, ballot.id) : null
  if (!ballot || !record) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  return new Response(JSON.stringify(record, null, 2), {
    headers: applySecurityHeaders(new Headers({ 'Content-Type': 'application/json', 'Content-Disposition': `attachment; filename="ballot-${ballot.id}-papers.json"` })),
  })
}

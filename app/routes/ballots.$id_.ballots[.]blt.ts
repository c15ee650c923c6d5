import type { LoaderFunctionArgs } from '@remix-run/node'
import { getBallot, listCandidates, listPublishedChoices } from '~/domain/voting/ballots.server'
import { electionBlt } from '~/domain/voting/election-count'
import { ballotPhase } from '~/domain/voting/lifecycle'
import { db } from '~/utils/db.server'
import { translateFor } from '~/i18n/server'
import { applySecurityHeaders } from '~/utils/security-headers.server'

/** An election's papers as a BLT file that any STV program can recount. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const ballot = await getBallot(db, params.id ?? '')
  if (!ballot || ballot.kind !== 'election' || ballotPhase(ballot, new Date()) !== 'published') throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const [candidates, papers] = await Promise.all([listCandidates(db, ballot.id), listPublishedChoices(db, ballot.id)])
  const blt = electionBlt({ title: ballot.title, seats: ballot.seats!, candidates: candidates.map((c) => c.name), papers: papers as number[][] })
  return new Response(blt, { headers: applySecurityHeaders(new Headers({ 'Content-Type': 'text/plain; charset=utf-8', 'Content-Disposition': `attachment; filename="ballot-${ballot.id}.blt"` })) })
}

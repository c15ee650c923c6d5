import type { LoaderFunctionArgs } from '@remix-run/node'
import { getBallot, listPublishedPapers } from '~/domain/voting/ballots.server'
import { ballotPhase } from '~/domain/voting/lifecycle'
import { db } from '~/utils/db.server'
import { applySecurityHeaders } from '~/utils/security-headers.server'

/** The anonymised papers with the hash chain, so anyone can check nothing was added, changed or removed. */
export async function loader({ params }: LoaderFunctionArgs) {
  const ballot = await getBallot(db, params.id ?? '')
  if (!ballot || ballotPhase(ballot, new Date()) !== 'published') throw new Response('Not Found', { status: 404 })
  const papers = await listPublishedPapers(db, ballot.id)
  const body = { ballot: ballot.id, title: ballot.title, chainHead: ballot.chainHead, hashRule: 'sha256(prevHash|ballotId|seq|receipt|JSON(choice)); first prevHash = sha256("chorus-ballot:" + ballotId)', papers }
  return new Response(JSON.stringify(body, null, 2), { headers: applySecurityHeaders(new Headers({ 'Content-Type': 'application/json', 'Content-Disposition': `attachment; filename="ballot-${ballot.id}-papers.json"` })) })
}

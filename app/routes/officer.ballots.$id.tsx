import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Notice } from '~/components/panels'
import { DomainError, statusForCode } from '~/domain/errors'
import { cancelBallot, getBallot, listCandidates, scheduleBallot } from '~/domain/voting/ballots.server'
import { ballotPhase, PHASE_LABELS } from '~/domain/voting/lifecycle'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { readForm } from '~/utils/request.server'
import { requireRecentSignIn, requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const ballot = await getBallot(db, params.id ?? '')
  if (!ballot) throw new Response('Not Found', { status: 404 })
  const phase = ballotPhase(ballot, new Date())
  const candidates = await listCandidates(db, ballot.id)
  return {
    ballot: { id: ballot.id, title: ballot.title, kind: ballot.kind, description: ballot.description, opens: formatLondon(ballot.opensAt), closes: formatLondon(ballot.closesAt), electorate: ballot.electorateCount, papers: ballot.papersCount, seats: ballot.seats, threshold: ballot.threshold, quorumPercent: ballot.quorumPercent },
    phase,
    phaseLabel: PHASE_LABELS[phase],
    candidates: candidates.map((c) => c.name),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const intent = (await readForm(request)).get('intent')
  // Opening a ballot to the membership needs a recent sign-in.
  if (intent === 'schedule') requireRecentSignIn(request, officer)
  try {
    if (intent === 'schedule') await scheduleBallot(db, { ballotId: params.id ?? '', actorId: officer.id })
    else if (intent === 'cancel') await cancelBallot(db, { ballotId: params.id ?? '', actorId: officer.id })
    else return data({ ok: false, message: 'Choose what to do' }, { status: 400 })
    return redirectBackWithFlash(request, { message: intent === 'schedule' ? 'Scheduled. Voting opens and closes by itself at the times shown.' : 'The ballot is cancelled.' })
  } catch (error) {
    if (error instanceof DomainError) return data({ ok: false, message: error.message }, { status: statusForCode[error.code] })
    throw error
  }
}

export default function OfficerBallotPage() {
  const { ballot, phase, phaseLabel, candidates } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <>
      <Link to="/officer/ballots" className="back-link">
        Ballots
      </Link>
      {result ? <Notice tone="warning">{result.message}</Notice> : null}
      <span className="caption">{ballot.kind === 'motion' ? 'Motion' : 'Election'}</span>
      <h1>{ballot.title}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Status</dt>
          <dd>{phaseLabel}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Voting</dt>
          <dd>
            {ballot.opens} to {ballot.closes}
          </dd>
        </div>
        {ballot.kind === 'motion' ? (
          <div className="summary-list__row">
            <dt>To pass</dt>
            <dd>
              {ballot.threshold === 'two_thirds' ? 'Two thirds' : 'A simple majority'} of votes for or against
              {ballot.quorumPercent ? `, with at least ${ballot.quorumPercent}% of the electorate voting` : ''}
            </dd>
          </div>
        ) : (
          <div className="summary-list__row">
            <dt>Seats</dt>
            <dd>
              {ballot.seats}, from {candidates.join(', ')}
            </dd>
          </div>
        )}
        <div className="summary-list__row">
          <dt>Electorate</dt>
          <dd>{ballot.electorate === null ? 'Fixed when voting opens' : `${ballot.electorate} members; ${ballot.papers} have voted`}</dd>
        </div>
      </dl>
      <div className="prose">
        <p>{ballot.description}</p>
      </div>
      {phase === 'draft' || phase === 'scheduled' ? (
        <Form method="post" className="button-group">
          {phase === 'draft' ? (
            <button type="submit" name="intent" value="schedule" className="button button--primary">
              Schedule this ballot
            </button>
          ) : null}
          <button type="submit" name="intent" value="cancel" className="button button--warning">
            Cancel this ballot
          </button>
        </Form>
      ) : null}
      <p>
        <Link to={`/ballots/${ballot.id}`}>See the members’ page</Link>
        {phase === 'published' ? (
          <>
            {' · '}
            <Link to={`/ballots/${ballot.id}/results`}>Result</Link>
          </>
        ) : null}
      </p>
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Ballot — Chorus' }]

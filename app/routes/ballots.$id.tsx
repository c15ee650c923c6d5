import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import type { ReactNode } from 'react'
import { redirect } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useRefreshWhile } from '~/components/refresh'
import { BallotPaperForm } from '~/components/ballot-paper'
import { Panel } from '~/components/panels'
import { castVote, getBallot, getVoterStanding, listCandidates, settleIfClosed } from '~/domain/voting/ballots.server'
import { newAttempt } from '~/domain/voting/urn.server'
import { ballotPhase, PHASE_LABELS } from '~/domain/voting/lifecycle'
import { ballotPaperSchema } from '~/domain/voting/schemas'
import { electorateSummary } from '~/domain/voting/electorate.server'
import { ElectorateLine } from '~/components/electorate-line'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readReceipt, receiptHeaders } from '~/utils/receipt-cookie.server'
import { metaT } from '~/i18n/meta'
import { T, useShowText, useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { formatLondon } from '~/utils/london-time'
import { readForm, siteOrigin } from '~/utils/request.server'
import { getUser, requireUser } from '~/utils/session.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const found = await getBallot(db, params.id ?? '')
  if (!found || found.status === 'draft') throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const ballot = await settleIfClosed(db, found, { baseUrl: siteOrigin(request) })
  const locale = localeOf(request)
  const user = await getUser(request)
  const phase = ballotPhase(ballot, new Date())
  const candidates = ballot.kind === 'election' ? await listCandidates(db, ballot.id) : []
  return {
    ballot: {
      id: ballot.id,
      title: ballot.title,
      kind: ballot.kind,
      description: ballot.description,
      opens: formatLondon(ballot.opensAt, locale),
      closes: formatLondon(ballot.closesAt, locale),
      seats: ballot.seats,
      threshold: ballot.threshold,
      quorumPercent: ballot.quorumPercent,
    },
    phase,
    phaseLabel: PHASE_LABELS[phase],
    candidates: candidates.map((c) => ({
      position: c.position,
      name: c.name,
      ...(locale === 'cy' && c.statementCy ? { statement: c.statementCy, statementLang: 'cy' as const } : { statement: c.statement, statementLang: 'en' as const }),
    })),
    signedIn: Boolean(user),
    // The receipt of a vote this member cast here in the last few minutes (a refresh shows it again).
    receipt: user ? await readReceipt(request, { ballotId: ballot.id, userId: user.id }) : null,
    standing: user ? await getVoterStanding(db, ballot, user.id) : null,
    attempt: newAttempt(),
    closesInMs: phase === 'open' ? ballot.closesAt.getTime() - Date.now() : null,
    electorate: await electorateSummary(db, ballot, locale, { count: phase === 'scheduled' || phase === 'nominations' }),
    nominations: ballot.nominationsCloseAt !== null,
    // Hustings follow the close of nominations, unless the candidates were elected unopposed.
    hustings: ballot.nominationsClosedAt !== null && !(ballot.result as { unopposed?: boolean } | null)?.unopposed,
    candidateOrder: ballot.candidateOrder,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const form = await readForm(request)
  const ballot = await getBallot(db, params.id ?? '')
  if (!ballot) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  // Candidates never change once a ballot is scheduled: their number says how many boxes the paper has.
  const candidateCount = ballot.kind === 'election' ? (await listCandidates(db, ballot.id)).length : 0
  const submission = parseWithZod(form, { schema: ballotPaperSchema({ kind: ballot.kind, candidates: candidateCount }, localeOf(request)) })
  if (submission.status !== 'success') return invalid(submission)
  try {
    const { receipt } = await castVote(db, { ballotId: ballot.id, ballot, candidateCount, userId: user.id, ...submission.value, baseUrl: siteOrigin(request) })
    // The receipt rides to the page in a short-lived cookie: never in the address, never stored against the member.
    return redirect(`/ballots/${ballot.id}`, { status: 303, headers: await receiptHeaders({ ballotId: ballot.id, userId: user.id, receipt }) })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export default function BallotPage() {
  const { ballot, phase, phaseLabel, candidates, signedIn, receipt, standing, attempt, closesInMs, electorate, nominations, hustings, candidateOrder } = useLoaderData<typeof loader>()
  useRefreshWhile(phase === 'closed' || (closesInMs !== null && closesInMs < 3_600_000), closesInMs)
  const result = useActionData<typeof action>()
  const t = useT()
  const show = useShowText()
  if (receipt) {
    // The receipt names its ballot: a code on its own does not say what it is a receipt for.
    return (
      <Panel title={t('Your vote is cast')}>
        <p>
          <T message="You voted in <ballot>{title}</ballot>." values={{ title: ballot.title, ballot: (text: ReactNode) => <strong data-testid="receipt-ballot">{text}</strong> }} />
        </p>
        <p>{t('Your receipt code is')}</p>
        <p className="receipt" data-testid="receipt">
          {receipt}
        </p>
        <p>
          {t(
            'Write it down with the name of the ballot, or take a screenshot: Chorus does not keep it with your name, and this page shows it for 15 minutes only. With it you can check that your vote is in the ballot box and was counted. It does not say how you voted, so showing it to anyone cannot reveal your vote. If this page did not load after you voted, refresh it, and send the form again if your browser asks: you will get the same receipt.',
          )}
        </p>
        <p>
          <Link to={`/ballots/${ballot.id}/verify`}>{t('Check your receipt')}</Link>
        </p>
        <p data-testid="results-date">
          {t('The result will be published when voting closes, at {closes}.', { closes: ballot.closes })}{' '}
          <Link to={`/ballots/${ballot.id}/calendar.ics?events=results`} reloadDocument>
            {t('Add the results date to your calendar')}
          </Link>
        </p>
      </Panel>
    )
  }
  return (
    <div className="narrow">
      <span className="caption">{ballot.kind === 'motion' ? t('Motion') : t('Election · {seats, plural, one {# seat} other {# seats}}', { seats: ballot.seats ?? 0 })}</span>
      <h1>{ballot.title}</h1>
      <p className="meta">{t('{phase} · voting {opens} to {closes}', { phase: t(phaseLabel), opens: ballot.opens, closes: ballot.closes })}</p>
      <ElectorateLine {...electorate} />
      {phase === 'scheduled' || phase === 'open' ? (
        <p>
          <Link to={`/ballots/${ballot.id}/calendar.ics`} reloadDocument data-testid="calendar-link">
            {t('Add to your calendar')}
          </Link>
        </p>
      ) : null}
      <div className="prose">
        <p>{ballot.description}</p>
      </div>
      {nominations ? (
        <p>
          <Link to={`/ballots/${ballot.id}/nominations`}>{phase === 'nominations' ? t('Nominations are open: stand, or support a candidate') : t('Nominations and candidates’ statements')}</Link>
          {hustings ? (
            <>
              {' · '}
              <Link to={`/ballots/${ballot.id}/hustings`}>{phase === 'scheduled' || phase === 'open' ? t('Hustings: ask the candidates a question') : t('Hustings: questions and answers')}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {candidateOrder && phase === 'open' ? (
        <p className="hint">
          {candidateOrder === 'random' ? t('Candidates are listed in a random order, drawn when nominations closed.') : t('Candidates are listed in alphabetical order of surname.')}
        </p>
      ) : null}
      {phase === 'published' ? (
        <p>
          <Link to={`/ballots/${ballot.id}/results`}>{t('See the result')}</Link>
        </p>
      ) : phase !== 'open' ? (
        phase === 'closed' ? (
          <>
            <p role="status">{t('Voting has closed and the votes are being counted. The result appears here in a few seconds.')}</p>
            <p>
              <Link to={`/ballots/${ballot.id}`} reloadDocument>
                {t('Refresh')}
              </Link>
            </p>
          </>
        ) : (
          <p>{phase === 'scheduled' || phase === 'nominations' ? t('Voting has not opened yet.') : t('Voting has closed.')}</p>
        )
      ) : !signedIn ? (
        <p>
          <Link to={`/login?redirectTo=${encodeURIComponent(`/ballots/${ballot.id}`)}`}>{t('Sign in to vote')}</Link>
        </p>
      ) : standing?.voted ? (
        <p>
          <strong>{t('You have voted.')}</strong> <Link to={`/ballots/${ballot.id}/verify`}>{t('Check your receipt')}</Link>
        </p>
      ) : !standing?.canVote ? (
        <div className="inset-text" role="status">
          <strong>{t('You cannot vote in this ballot.')}</strong> {standing?.reason ? show(standing.reason) : null}
        </div>
      ) : (
        <BallotPaperForm attempt={attempt} kind={ballot.kind} candidates={candidates} result={result} />
      )}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: `${args.data?.ballot.title ?? t('Ballot')} — Chorus` }]
}

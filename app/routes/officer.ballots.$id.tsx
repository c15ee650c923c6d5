import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { z } from 'zod'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ReplySummary } from '~/components/forms'
import { cancelBallot, getBallot, listCandidates, scheduleBallot } from '~/domain/voting/ballots.server'
import { ballotPhase, PHASE_LABELS } from '~/domain/voting/lifecycle'
import { electorateSummary } from '~/domain/voting/electorate.server'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { formatLondon } from '~/utils/london-time'
import { formatNumber } from '~/i18n/format'
import { metaT } from '~/i18n/meta'
import { useLocale, useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { readForm } from '~/utils/request.server'
import { requireRecentSignIn, requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import { type BreadcrumbHandle, crumbsFrom } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const ballot = await getBallot(db, params.id ?? '')
  if (!ballot) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const phase = ballotPhase(ballot, new Date())
  const candidates = await listCandidates(db, ballot.id)
  return {
    ballot: {
      id: ballot.id,
      title: ballot.title,
      kind: ballot.kind,
      description: ballot.description,
      opens: formatLondon(ballot.opensAt, localeOf(request)),
      closes: formatLondon(ballot.closesAt, localeOf(request)),
      electorate: ballot.electorateCount,
      papers: ballot.papersCount,
      seats: ballot.seats,
      threshold: ballot.threshold,
      quorumPercent: ballot.quorumPercent,
    },
    phase,
    phaseLabel: PHASE_LABELS[phase],
    candidates: candidates.map((c) => c.name),
    electorate: await electorateSummary(db, ballot, localeOf(request), { count: phase === 'draft' || phase === 'scheduled' || phase === 'nominations' || Boolean(ballot.frozenAt) }),
    nominations: ballot.nominationsCloseAt !== null,
    hustings: ballot.nominationsClosedAt !== null && !(ballot.result as { unopposed?: boolean } | null)?.unopposed,
  }
}

const BallotActionSchema = z.object({ intent: z.enum(['schedule', 'cancel'], { error: msg('Choose what to do') }) })

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: BallotActionSchema })
  if (submission.status !== 'success') return invalid(submission)
  const { intent } = submission.value
  // Opening a ballot to the membership needs a recent sign-in.
  if (intent === 'schedule') requireRecentSignIn(request, officer)
  try {
    if (intent === 'schedule') await scheduleBallot(db, { ballotId: params.id ?? '', actorId: officer.id })
    else await cancelBallot(db, { ballotId: params.id ?? '', actorId: officer.id })
    return redirectBackWithFlash(request, { message: intent === 'schedule' ? msg('Scheduled. Voting opens and closes by itself at the times shown.') : msg('The ballot is cancelled.') })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: crumbsFrom<typeof loader>((d) => [SECTION.ballots, { text: d.ballot.title }]) }

export default function OfficerBallotPage() {
  const { ballot, phase, phaseLabel, candidates, electorate, nominations, hustings } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <ReplySummary result={result} />
      <span className="caption">{ballot.kind === 'motion' ? t('Motion') : t('Election')}</span>
      <h1>{ballot.title}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('Status')}</dt>
          <dd>{t(phaseLabel)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('Voting')}</dt>
          <dd>{t('{opens} to {closes}', { opens: ballot.opens, closes: ballot.closes })}</dd>
        </div>
        {ballot.kind === 'motion' ? (
          <div className="summary-list__row">
            <dt>{t('To pass')}</dt>
            <dd>
              {ballot.quorumPercent
                ? t('{threshold, select, two_thirds {Two thirds} other {A simple majority}} of votes for or against, with at least {quorum}% of the electorate voting', {
                    threshold: ballot.threshold ?? 'simple',
                    quorum: formatNumber(locale, ballot.quorumPercent),
                  })
                : t('{threshold, select, two_thirds {Two thirds} other {A simple majority}} of votes for or against', { threshold: ballot.threshold ?? 'simple' })}
            </dd>
          </div>
        ) : (
          <div className="summary-list__row">
            <dt>{t('Seats')}</dt>
            <dd>{t('{seats, number}, from {candidates}', { seats: ballot.seats ?? 0, candidates: candidates.join(', ') })}</dd>
          </div>
        )}
        <div className="summary-list__row">
          <dt>{t('Electorate')}</dt>
          <dd>
            {electorate.scope}
            <br />
            {ballot.electorate === null
              ? electorate.count === null
                ? t('Fixed when voting opens')
                : t('About {count, plural, one {# member} other {# members}} can vote now; fixed when voting opens', { count: electorate.count })
              : t('{electorate, plural, one {# member} other {# members}}; {papers, number} have voted', { electorate: ballot.electorate, papers: ballot.papers })}
          </dd>
        </div>
      </dl>
      <div className="prose">
        <p>{ballot.description}</p>
      </div>
      {phase === 'draft' || phase === 'scheduled' || phase === 'nominations' ? (
        <Form method="post" className="button-group">
          {phase === 'draft' ? (
            <button type="submit" name="intent" value="schedule" className="button button--primary">
              {t('Schedule this ballot')}
            </button>
          ) : null}
          <button type="submit" name="intent" value="cancel" className="button button--warning">
            {t('Cancel this ballot')}
          </button>
        </Form>
      ) : null}
      <p>
        <Link to={`/ballots/${ballot.id}`}>{t('See the members’ page')}</Link>
        {nominations ? (
          <>
            {' · '}
            <Link to={`/officer/ballots/${ballot.id}/nominations`}>{t('Nominations')}</Link>
          </>
        ) : null}
        {hustings ? (
          <>
            {' · '}
            <Link to={`/officer/ballots/${ballot.id}/hustings`}>{t('Hustings questions')}</Link>
          </>
        ) : null}
        {phase === 'published' ? (
          <>
            {' · '}
            <Link to={`/ballots/${ballot.id}/results`}>{t('Result')}</Link>
          </>
        ) : null}
      </p>
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Ballot — Chorus') }]

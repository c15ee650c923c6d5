import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Notice } from '~/components/panels'
import { PollCounts } from '~/components/poll-counts'
import { useRefreshWhile } from '~/components/refresh'
import { DomainError, statusForCode } from '~/domain/errors'
import { POLL_STATUS_LABELS } from '~/domain/polls/labels'
import { getPoll, pollTally, publishPollResults, sendPoll, settlePoll } from '~/domain/polls/polls.server'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { formatNumber } from '~/i18n/format'
import { metaT } from '~/i18n/meta'
import { useLocale, useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireRecentSignIn, requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const found = await getPoll(db, params.id ?? '')
  if (!found) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const poll = await settlePoll(db, found)
  const locale = localeOf(request)
  const { tally, responses } = await pollTally(db, poll)
  return {
    poll: { id: poll.id, title: poll.title, status: poll.status, opens: poll.opensAt ? formatLondon(poll.opensAt, locale) : null, closes: poll.closesAt ? formatLondon(poll.closesAt, locale) : null, audience: poll.audienceCount, hours: poll.durationHours },
    tally,
    responses,
    closesInMs: poll.status === 'open' && poll.closesAt ? poll.closesAt.getTime() - Date.now() : null,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const intent = (await readForm(request)).get('intent')
  try {
    if (intent === 'publish') {
      await publishPollResults(db, { pollId: params.id ?? '', actorId: officer.id })
      return redirectBackWithFlash(request, { message: msg('The results are published at the poll’s public results page.') })
    }
    if (intent === 'send') {
      requireRecentSignIn(request, officer)
      await sendPoll(db, { pollId: params.id ?? '', actorId: officer.id, baseUrl: siteOrigin(request) })
      return redirectBackWithFlash(request, { message: msg('Sent. The poll is open and the emails are on their way.') })
    }
    return data({ message: translateFor(request, 'Choose what to do') }, { status: 400 })
  } catch (error) {
    if (error instanceof DomainError) return data({ message: translateFor(request, error.message, error.values) }, { status: statusForCode[error.code] })
    throw error
  }
}

export default function OfficerPollPage() {
  const { poll, tally, responses, closesInMs } = useLoaderData<typeof loader>()
  // Live counts while the poll is open, and the closed state the moment it closes.
  useRefreshWhile(poll.status === 'open', closesInMs, 15_000)
  const result = useActionData<typeof action>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <Link to="/officer/polls" className="back-link">
        {t('Pulse polls')}
      </Link>
      {result ? <Notice tone="warning">{result.message}</Notice> : null}
      <span className="caption">{t('Pulse poll')}</span>
      <h1>{poll.title}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('Status')}</dt>
          <dd>{t(POLL_STATUS_LABELS[poll.status])}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('Fieldwork')}</dt>
          <dd>{poll.opens && poll.closes ? t('{opens} to {closes}', { opens: poll.opens, closes: poll.closes }) : t('Open for {hours, plural, one {# hour} other {# hours}} once sent', { hours: poll.hours })}</dd>
        </div>
        {poll.audience !== null ? (
          <div className="summary-list__row">
            <dt>{t('Responses')}</dt>
            <dd>{t('{responses} of {audience} members asked', { responses: formatNumber(locale, responses), audience: formatNumber(locale, poll.audience) })}</dd>
          </div>
        ) : null}
      </dl>
      {poll.status === 'draft' ? (
        <Form method="post">
          <button type="submit" name="intent" value="send" className="button button--primary">
            {t('Send the poll')}
          </button>
        </Form>
      ) : null}
      {poll.status === 'open' ? <p className="inset-text">{t('Counts so far, seen only by officers. Breakdowns are not suppressed here: do not publish them as they stand.')}</p> : null}
      {poll.status === 'closed' ? (
        <Form method="post">
          <p>{t('The poll has closed. Publishing makes the results public on the poll’s results page.')}</p>
          <button type="submit" name="intent" value="publish" className="button button--primary">
            {t('Publish results')}
          </button>
        </Form>
      ) : null}
      {poll.status === 'published' || poll.status === 'closed' ? (
        <p>
          <Link to={`/polls/${poll.id}/results`}>{poll.status === 'published' ? t('Public results page') : t('Results page (officers only until published)')}</Link>
        </p>
      ) : null}
      {poll.status !== 'draft' ? <PollCounts tally={tally} breakdowns /> : null}
    </>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => [{ title: `${args.data?.poll.title ?? metaT(args)('Pulse poll')} — Chorus` }]

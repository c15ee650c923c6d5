import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { z } from 'zod'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { FreeTextAnswers } from '~/components/polls/free-text-answers'
import { PollResultsBody } from '~/components/polls/poll-results-body'
import { PressLineForm } from '~/components/polls/press-line-form'
import { useRefreshWhile } from '~/components/refresh'
import { DomainError } from '~/domain/errors'
import { POLL_STATUS_LABELS } from '~/domain/polls/labels'
import { closePollNow, publishPollResults, sendPoll } from '~/domain/polls/polls.server'
import { addPollLineToBriefing, draftPollPressLines, listDraftBriefings } from '~/domain/polls/press-line.server'
import { AddToBriefingSchema, PressLineChoiceSchema } from '~/domain/polls/press-line-schema'
import { getOfficerPollResults } from '~/domain/polls/results.server'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { formatNumber } from '~/i18n/format'
import { metaT } from '~/i18n/meta'
import { useLocale, useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireRecentSignIn, requireRole } from '~/utils/session.server'
import { redirectBackWithFlash, redirectWithFlash } from '~/utils/flash.server'
import { type BreadcrumbHandle, crumbsFrom } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

const resultsUrl = (request: Request, pollId: string) => `${siteOrigin(request)}/polls/${pollId}/results`

/** The press line the officer asked for in the address (?questionId=…&optionIds=…), or why it cannot be drawn. */
async function pressLine(request: Request, pollId: string) {
  const search = new URL(request.url).searchParams
  if (!search.has('questionId')) return { drafted: null, error: null }
  const choice = parseWithZod(search, { schema: PressLineChoiceSchema })
  if (choice.status !== 'success') return { drafted: null, error: translateFor(request, Object.values(choice.error ?? {}).flat()[0] ?? msg('Choose a question from the list')) }
  try {
    const { en, cy } = await draftPollPressLines(db, { pollId, ...choice.value, resultsUrl: resultsUrl(request, pollId) })
    return { drafted: { ...choice.value, sentence: en.sentence, notes: en.notes, sentenceCy: cy.sentence, notesCy: cy.notes }, error: null }
  } catch (error) {
    if (error instanceof DomainError) return { drafted: null, error: translateFor(request, error.message, error.values) }
    throw error
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const locale = localeOf(request)
  const found = await getOfficerPollResults(db, { pollId: params.id ?? '', locale })
  if (!found) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const { poll, model, responses, freeText } = found
  const published = poll.status === 'published'
  return {
    poll: {
      id: poll.id,
      title: poll.title,
      status: poll.status,
      opens: poll.opensAt ? formatLondon(poll.opensAt, locale) : null,
      closes: poll.closesAt ? formatLondon(poll.closedAt ?? poll.closesAt, locale) : null,
      audience: poll.audienceCount,
      hours: poll.durationHours,
    },
    model,
    freeText,
    responses,
    closesInMs: poll.status === 'open' && poll.closesAt ? poll.closesAt.getTime() - Date.now() : null,
    press: published ? { ...(await pressLine(request, poll.id)), briefings: await listDraftBriefings(db) } : null,
  }
}

/** The poll page's buttons: send a draft, close it early, publish its results, or put its figure in a briefing. */
const PollActionSchema = z.discriminatedUnion('intent', [z.object({ intent: z.enum(['send', 'close', 'publish']) }), AddToBriefingSchema], { error: msg('Choose what to do') })

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: PollActionSchema })
  if (submission.status !== 'success') return invalid(submission)
  const input = submission.value
  const pollId = params.id ?? ''
  try {
    switch (input.intent) {
      case 'publish':
        await publishPollResults(db, { pollId, actorId: officer.id })
        return redirectBackWithFlash(request, { message: msg('The results are published at the poll’s public results page.') })
      case 'close':
        await closePollNow(db, { pollId, actorId: officer.id })
        return redirectBackWithFlash(request, { message: msg('The poll is closed. No more answers are taken; you can publish the results.') })
      case 'send':
        requireRecentSignIn(request, officer)
        await sendPoll(db, { pollId, actorId: officer.id, baseUrl: siteOrigin(request) })
        return redirectBackWithFlash(request, { message: msg('Sent. The poll is open and the emails are on their way.') })
      case 'brief': {
        const { briefingId, questionId, optionIds } = input
        await addPollLineToBriefing(db, { pollId, questionId, optionIds, briefingId, actorId: officer.id, resultsUrl: resultsUrl(request, pollId) })
        return redirectWithFlash(`/officer/press/${briefingId}`, { message: msg('The poll’s figure is in the key facts, and its methodology in the notes to editors, in English and in Welsh.') })
      }
    }
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export const handle: BreadcrumbHandle = { breadcrumb: crumbsFrom<typeof loader>((d) => [SECTION.polls, { text: d.poll.title }]) }

export default function OfficerPollPage() {
  const { poll, model, freeText, responses, closesInMs, press } = useLoaderData<typeof loader>()
  // Live counts while the poll is open, and the closed state the moment it closes.
  useRefreshWhile(poll.status === 'open', closesInMs, 15_000)
  const result = useActionData<typeof action>()
  const t = useT()
  const locale = useLocale()
  return (
    <>
      {/* The list of draft briefings is the one field on this page; every other problem is the button's. */}
      <ServerErrorSummary errors={result?.error} order={press?.drafted && press.briefings.length ? ['briefingId'] : []} />
      <span className="caption">{t('Pulse poll')}</span>
      <h1>{poll.title}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('Status')}</dt>
          <dd>{t(POLL_STATUS_LABELS[poll.status])}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('Fieldwork')}</dt>
          <dd>
            {poll.opens && poll.closes
              ? t('{opens} to {closes}', { opens: poll.opens, closes: poll.closes })
              : t('Open for {hours, plural, one {# hour} other {# hours}} once sent', { hours: poll.hours })}
          </dd>
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
      {poll.status === 'open' ? <p className="inset-text">{t('Counts so far, seen only by officers. Cells under 10 are hidden here as they would be in public.')}</p> : null}
      {poll.status === 'open' ? (
        <Form method="post">
          <p>{t('Closing now ends fieldwork early: no more answers are taken, and the results can then be published.')}</p>
          <button type="submit" name="intent" value="close" className="button button--warning">
            {t('Close the poll now')}
          </button>
        </Form>
      ) : null}
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
      {poll.status !== 'draft' ? <PollResultsBody model={model} methodology={null} csvHref={poll.status === 'published' ? `/polls/${poll.id}/results.csv` : null} /> : null}
      {poll.status !== 'draft' ? <FreeTextAnswers questions={freeText} /> : null}
      {press ? <PressLineForm model={model} drafted={press.drafted} error={press.error} briefings={press.briefings} briefingError={result?.error?.briefingId?.[0]} /> : null}
    </>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => [{ title: `${args.data?.poll.title ?? metaT(args)('Pulse poll')} — Chorus` }]

import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { FieldFrame } from '~/components/text-field-plain'
import { getElectionForNominations } from '~/domain/voting/nomination-pages.server'
import { CloseNominationsSchema } from '~/domain/voting/nomination-schemas'
import { closeNominationsEarly, previewNominationsClose } from '~/domain/voting/nominations.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { refusalReply } from '~/utils/domain-refusal.server'
import { invalid } from '~/utils/forms.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { type BreadcrumbHandle, crumbsFrom } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

/** The returning officer closes nominations now: a confirmation page, then the same close the worker makes at the set time. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const election = await getElectionForNominations(db, params.id ?? '', localeOf(request))
  if (!election) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const preview = await previewNominationsClose(db, election.ballot.id)
  return {
    election: election.view,
    returningOfficer: election.ballot.returningOfficerId === officer.id || officer.role === 'admin',
    preview: preview!,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: CloseNominationsSchema })
  if (submission.status !== 'success') return invalid(submission)
  let outcome: string
  try {
    outcome = await closeNominationsEarly(db, { ballotId: params.id ?? '', actorId: officer.id, actorRole: officer.role, reason: submission.value.reason })
  } catch (error) {
    return refusalReply(request, submission, error)
  }
  return redirectWithFlash(`/officer/ballots/${params.id}/nominations`, {
    message:
      outcome === 'unopposed'
        ? msg('Nominations are closed. There were no more valid nominations than seats, so the result is published: elected unopposed.')
        : msg('Nominations are closed. The valid nominations are the candidates, and the ballot opens as scheduled.'),
  })
}

export const handle: BreadcrumbHandle = {
  breadcrumb: crumbsFrom<typeof loader>((d) => [
    SECTION.ballots,
    { text: d.election.title, to: `/officer/ballots/${d.election.id}` },
    { label: msg('Nominations'), to: `/officer/ballots/${d.election.id}/nominations` },
    { label: msg('Close nominations now?') },
  ]),
}

export default function CloseNominationsPage() {
  const { election, returningOfficer, preview } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const back = `/officer/ballots/${election.id}/nominations`
  const asking = election.taking && returningOfficer
  const error = result?.error?.reason?.[0]
  const typed = result?.initialValue?.reason
  return (
    <div className="narrow">
      <ServerErrorSummary errors={result?.error} order={asking ? ['reason'] : []} />
      <h1>{t('Close nominations now?')}</h1>
      {!election.taking ? (
        <p className="inset-text">{t('Nominations for this election have already closed.')}</p>
      ) : !returningOfficer ? (
        <p className="inset-text">{t('Only the returning officer for this election can close its nominations.')}</p>
      ) : (
        <>
          <p>{t('Nominations are due to close at {when}. Closing now does what the close does at that time:', { when: election.nominationsClose })}</p>
          <ul data-testid="close-preview">
            <li>
              {t(
                '{count, plural, =0 {No nomination is valid} one {# valid nomination becomes a candidate} other {# valid nominations become the candidates}} for {seats, plural, one {# seat} other {# seats}}.',
                { count: preview.valid, seats: election.seats },
              )}
            </li>
            <li>
              {preview.valid <= election.seats
                ? t('That is not more than the seats, so they are elected unopposed and the result is published. No ballot is held.')
                : t('That is more than the seats, so the ballot opens as scheduled, at {when}.', { when: election.opens })}
            </li>
            {preview.awaitingDecision > 0 ? (
              <li>
                {t('{count, plural, one {# nomination still awaits your decision and will not stand} other {# nominations still await your decision and will not stand}}.', {
                  count: preview.awaitingDecision,
                })}
              </li>
            ) : null}
            {preview.awaitingAcceptance > 0 ? (
              <li>{t('{count, plural, one {# nominee has not accepted and will not stand} other {# nominees have not accepted and will not stand}}.', { count: preview.awaitingAcceptance })}</li>
            ) : null}
          </ul>
          <p>{t('This cannot be undone: no more nominations, support or withdrawals are taken.')}</p>
          <Form method="post">
            <FieldFrame name="reason" label={t('Reason (optional; kept in the audit log)')} error={error}>
              {(ids) => (
                <textarea
                  id={ids.id}
                  name="reason"
                  className="textarea"
                  rows={3}
                  maxLength={1000}
                  defaultValue={typeof typed === 'string' ? typed : undefined}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={ids.describedBy}
                />
              )}
            </FieldFrame>
            <div className="button-group">
              <button type="submit" name="intent" value="close" className="button button--warning">
                {t('Yes, close nominations now')}
              </button>
              <Link to={back}>{t('No, keep them open')}</Link>
            </div>
          </Form>
        </>
      )}
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Close nominations — Chorus') }]

import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { TextFieldPlain } from '~/components/text-field-plain'
import { getElectionForNominations } from '~/domain/voting/nomination-pages.server'
import { NominateSchema } from '~/domain/voting/nomination-schemas'
import { getNominationStanding, nominateOther, nominateSelf } from '~/domain/voting/nominations.server'
import { metaT } from '~/i18n/meta'
import { useShowText, useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { refusalReply } from '~/utils/domain-refusal.server'
import { invalid } from '~/utils/forms.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireUser } from '~/utils/session.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const election = await getElectionForNominations(db, params.id ?? '', localeOf(request))
  if (!election) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const standing = await getNominationStanding(db, election.ballot, user.id)
  return {
    election: { id: election.view.id, title: election.view.title, taking: election.view.taking },
    standing: { canNominate: standing.canNominate, canStand: standing.canStand && !standing.own, reason: standing.reason },
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: NominateSchema })
  if (submission.status !== 'success') return invalid(submission)
  const ballotId = params.id ?? ''
  try {
    if (submission.value.intent === 'self') {
      const nomination = await nominateSelf(db, { ballotId, userId: user.id })
      return redirectWithFlash(`/ballots/${ballotId}/nominations/${nomination.id}`, { message: msg('You are nominated. Now write your statement and share the link for supporters.') })
    }
    await nominateOther(db, { ballotId, userId: user.id, email: submission.value.email ?? '', baseUrl: siteOrigin(request) })
    return redirectWithFlash(`/ballots/${ballotId}/nominations`, { message: msg('If that address belongs to a member who can stand, we have emailed them your nomination to accept.') })
  } catch (error) {
    return refusalReply(request, submission, error)
  }
}

export default function NominatePage() {
  const { election, standing } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const show = useShowText()
  return (
    <div className="narrow">
      <Link to={`/ballots/${election.id}/nominations`} className="back-link">
        {t('Nominations')}
      </Link>
      <ServerErrorSummary errors={result?.error} order={['email']} />
      <h1>{t('Stand in {title}', { title: election.title })}</h1>
      {!election.taking ? (
        <p>{t('Nominations for this election have closed.')}</p>
      ) : !standing.canNominate ? (
        <p className="inset-text">{standing.reason ? show(standing.reason) : t('You cannot take part in these nominations.')}</p>
      ) : (
        <>
          {standing.canStand ? (
            <Form method="post">
              <h2>{t('Stand yourself')}</h2>
              <p>{t('You will then write a statement and ask members who can vote in this election to support you, with a link you can share.')}</p>
              <button type="submit" name="intent" value="self" className="button button--primary">
                {t('Nominate myself')}
              </button>
            </Form>
          ) : null}
          <Form method="post" noValidate>
            <h2>{t('Nominate another member')}</h2>
            <input type="hidden" name="intent" value="other" />
            <TextFieldPlain
              name="email"
              type="email"
              label={t('Their email address')}
              hint={t('We email them; they stand only if they accept.')}
              error={result?.error?.email?.[0] ? show(result.error.email[0]) : undefined}
            />
            <button type="submit" className="button button--secondary">
              {t('Nominate this member')}
            </button>
          </Form>
        </>
      )}
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Stand for election — Chorus') }]

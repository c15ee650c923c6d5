import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ElectorateLine } from '~/components/electorate-line'
import { NominationRules } from '~/components/nomination-rules'
import { ServerErrorSummary } from '~/components/forms'
import { ItemReasonField } from '~/components/item-reason-field'
import { getElectionForNominations } from '~/domain/voting/nomination-pages.server'
import { NOMINATION_STATUS_LABELS } from '~/domain/voting/nomination-rules'
import { DecideSchema } from '~/domain/voting/nomination-schemas'
import { decideNomination, listNominations } from '~/domain/voting/nominations.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { refusalReply } from '~/utils/domain-refusal.server'
import { invalid } from '~/utils/forms.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { type BreadcrumbHandle, crumbsFrom } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const election = await getElectionForNominations(db, params.id ?? '', localeOf(request))
  if (!election) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const all = await listNominations(db, election.ballot.id)
  return {
    election: election.view,
    electorate: election.electorate,
    returningOfficer: election.ballot.returningOfficerId === officer.id || officer.role === 'admin',
    nominations: all.map((n) => ({ id: n.id, name: n.name, email: n.email, status: n.status, supporters: n.supportCount, reason: n.rejectedReason })),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: DecideSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    await decideNomination(db, { ...submission.value, actorId: officer.id, actorRole: officer.role, baseUrl: siteOrigin(request) })
  } catch (error) {
    return refusalReply(request, submission, error)
  }
  return redirectBackWithFlash(request, {
    message: submission.value.decision === 'valid' ? msg('The nomination is valid. We have emailed the nominee.') : msg('The nomination is rejected. We have emailed the nominee the reason.'),
  })
}

export const handle: BreadcrumbHandle = {
  breadcrumb: crumbsFrom<typeof loader>((d) => [SECTION.ballots, { text: d.election.title, to: `/officer/ballots/${d.election.id}` }, { label: msg('Nominations') }]),
}

export default function OfficerNominationsPage() {
  const { election, electorate, returningOfficer, nominations } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const deciding = (n: (typeof nominations)[number]) => returningOfficer && election.taking && (n.status === 'submitted' || n.status === 'valid' || n.status === 'rejected')
  // A refused form is one nomination's: its reason's message goes beside that nomination's reason.
  const sentFor = nominations.find((n) => n.id === result?.initialValue?.nominationId && deciding(n))?.id
  return (
    <>
      <ServerErrorSummary errors={result?.error} order={sentFor ? ['reason'] : []} anchors={{ reason: `field-reason-${sentFor}` }} />
      <span className="caption">{election.taking ? t('Nominations open') : t('Nominations closed')}</span>
      <h1>{t('Nominations: {title}', { title: election.title })}</h1>
      <ElectorateLine {...electorate} />
      <NominationRules rules={election} />
      {!returningOfficer ? <p className="inset-text">{t('Only the returning officer for this election can decide on nominations.')}</p> : null}
      {returningOfficer && election.taking ? (
        <p>
          <Link to={`/officer/ballots/${election.id}/nominations/close`}>{t('Close nominations now')}</Link>
        </p>
      ) : null}
      {nominations.length === 0 ? <p>{t('No nominations yet.')}</p> : null}
      {nominations.map((n) => (
        <section key={n.id} className="card" data-testid="nomination">
          <h2>
            <Link to={`/ballots/${election.id}/nominations/${n.id}`}>{n.name}</Link>
          </h2>
          <p>
            {t(NOMINATION_STATUS_LABELS[n.status])} · {t('{count, plural, one {# supporter} other {# supporters}} of {needed, number}', { count: n.supporters, needed: election.supportersNeeded })} ·{' '}
            {n.email}
          </p>
          {n.reason ? <p>{t('Reason given: {reason}', { reason: n.reason })}</p> : null}
          {deciding(n) ? (
            <Form method="post">
              <input type="hidden" name="nominationId" value={n.id} />
              <ItemReasonField itemId={n.id} sentFor={sentFor} result={result} label={t('Reason (needed to reject; sent to the nominee)')} />
              <div className="button-group">
                {n.status !== 'valid' ? (
                  <button type="submit" name="decision" value="valid" className="button button--primary">
                    {t('Valid')}
                  </button>
                ) : null}
                {n.status !== 'rejected' ? (
                  <button type="submit" name="decision" value="rejected" className="button button--warning">
                    {t('Reject')}
                  </button>
                ) : null}
              </div>
            </Form>
          ) : null}
        </section>
      ))}
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Nominations — Chorus') }]

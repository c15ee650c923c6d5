import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { Notice } from '~/components/panels'
import { StatementOfficerNav } from '~/components/statement-officer-nav'
import { StatementStatusActions } from '~/components/statement-status-actions'
import { changeStatementStatus, getStatementForOfficers, supersedeStatement } from '~/domain/statements/officer.server'
import { StatementStatusSchema } from '~/domain/statements/schemas'
import { publishStatement, putStatementToVote } from '~/domain/statements/statements.server'
import { STATEMENT_STATUS_LABELS } from '~/domain/statements/status'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { localeOf } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { formatLondon } from '~/utils/london-time'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectBackWithFlash, redirectWithFlash } from '~/utils/flash.server'
import { type BreadcrumbHandle, crumbsFrom } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const found = await getStatementForOfficers(db, params.id ?? '')
  if (!found) throw new Response(null, { status: 404 })
  const { statement: s, ballot, supersededBy } = found
  const locale = localeOf(request)
  return {
    statement: {
      id: s.id,
      slug: s.slug,
      title: s.title,
      status: s.status,
      statusLabel: STATEMENT_STATUS_LABELS[s.status],
      version: s.version,
      adopted: s.adoptedAt ? formatLondon(s.adoptedAt, locale) : null,
    },
    ballot: ballot ? { id: ballot.id, title: ballot.title, closes: formatLondon(ballot.closesAt, locale), counted: Boolean(ballot.countedAt) } : null,
    supersededBy,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: StatementStatusSchema })
  const found = await getStatementForOfficers(db, params.id ?? '')
  if (!found) throw new Response(null, { status: 404 })
  if (submission.status !== 'success') {
    // A button this page does not have is the form's problem, not a field's.
    const unknownIntent = submission.error?.intent
    return unknownIntent ? data(submission.reply({ formErrors: unknownIntent, hideFields: ['intent'] }), { status: 400 }) : invalid(submission)
  }
  const statementId = found.statement.id
  const actorId = officer.id
  const done = (message: string, values?: Record<string, string | number>) => redirectBackWithFlash(request, { message, values })
  const form = submission.value
  try {
    switch (form.intent) {
      case 'publish':
        await publishStatement(db, { actorId, statementId, baseUrl: siteOrigin(request) })
        return done(msg('Published. The statement is now public.'))
      case 'vote': {
        const ballot = await putStatementToVote(db, { actorId, statementId, opensAt: form.opensAt, closesAt: form.closesAt, threshold: form.threshold })
        return redirectWithFlash(`/officer/ballots/${ballot.id}`, { message: msg('The motion to adopt this statement is scheduled. If members pass it, the statement is published by itself.') })
      }
      case 'supersede': {
        const by = await supersedeStatement(db, { actorId, statementId, bySlug: form.bySlug })
        return done(msg('Superseded by “{title}”. The public page points readers to it.'), { title: by.title })
      }
      default:
        await changeStatementStatus(db, { actorId, statementId, event: form.intent })
        return done(
          {
            start_review: msg('The statement is marked as under review. It stays public while you review it.'),
            reaffirm: msg('Reaffirmed: the statement is current again.'),
            withdraw: msg('Withdrawn. The public page keeps the record and says it is withdrawn.'),
          }[form.intent],
        )
    }
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

export const handle: BreadcrumbHandle = {
  breadcrumb: crumbsFrom<typeof loader>((d) => [SECTION.statements, { text: d.statement.title, to: `/officer/statements/${d.statement.id}` }, { label: msg('Adoption and status') }]),
}

export default function OfficerStatementStatusPage() {
  const { statement: s, ballot, supersededBy } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const t = useT()
  return (
    <div className="narrow">
      <ServerErrorSummary errors={result?.error} order={['opensAt', 'closesAt', 'threshold', 'bySlug']} choiceFields={['threshold']} />
      <span className="caption">{t('{status} · version {version}', { status: t(s.statusLabel), version: s.version })}</span>
      <h1>{t('Adoption and status: {title}', { title: s.title })}</h1>
      <StatementOfficerNav id={s.id} current="status" />
      {ballot ? (
        <p>
          {ballot.counted ? t('Members voted on adopting it:') : t('Members are voting on adopting it; voting closes {date}:', { date: ballot.closes })}{' '}
          <Link to={`/officer/ballots/${ballot.id}`}>{ballot.title}</Link>
        </p>
      ) : null}
      {s.adopted ? <p>{t('Adopted {date}.', { date: s.adopted })}</p> : null}
      {supersededBy ? (
        <p>
          <T
            message="Superseded by <replacement>{title}</replacement>."
            values={{ title: supersededBy.title, replacement: (text: string) => <Link to={`/statements/${supersededBy.slug}`}>{text}</Link> }}
          />
        </p>
      ) : null}
      <StatementStatusActions
        status={s.status}
        goingToVote={Boolean(ballot && !ballot.counted)}
        errors={result?.error ?? null}
        pagePath={`/officer/statements/${s.id}/status`}
        confirmWithdraw={searchParams.get('confirm') === 'withdraw'}
      />
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: t('Adoption and status: {title} — Chorus', { title: args.data?.statement.title ?? t('statement') }) }]
}

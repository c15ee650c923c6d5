import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useRef } from 'react'
import { AlertProgress } from '~/components/alert-progress'
import { AutosaveStatus } from '~/components/autosave'
import { BriefingArticle } from '~/components/briefing-article'
import { BRIEFING_FIELD_ORDER, BriefingFieldInputs } from '~/components/briefing-editor'
import { CorrectionNoteField, EmbargoViewLog, ReleaseControls, SentControls } from '~/components/briefing-officer'
import { ServerErrorSummary } from '~/components/forms'
import { Notice } from '~/components/panels'
import { applyBriefingForm, replyWithBriefingError } from '~/utils/briefing-form.server'
import { invalid } from '~/utils/forms.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { getOfficerBriefing } from '~/domain/press/briefings.server'
import { pressNow } from '~/domain/press/clock'
import { isLifted, isUnderEmbargo } from '~/domain/press/embargo'
import { toArticleData, toFormValues, toTimingView } from '~/domain/press/present'
import { BRIEFING_STATUS_LABELS } from '~/domain/press/status'
import { briefingFormSchema } from '~/domain/press/schemas'
import { PRESS_TOPICS } from '~/domain/press/topics'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { translatorFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { formatLondon, toLondonLocal } from '~/utils/london-time'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireRecentSignIn, requireRole } from '~/utils/session.server'
import { type BreadcrumbHandle, crumbsFrom } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const found = /^[0-9a-f-]{36}$/i.test(params.id ?? '') ? await getOfficerBriefing(db, params.id!) : null
  if (!found) throw new Response(null, { status: 404 })
  const { b, citations, versions, views, timing, alertsSending, settings, citable, suggestedIds, drafterName, approverName } = found
  const now = pressNow()
  const locale = localeOf(request)
  const t = translatorFor(locale)
  return {
    id: b.id,
    slug: b.slug,
    status: b.status,
    statusLabel: t(b.status === 'scheduled' && isLifted(b, now) ? msg('Published (embargo lifted)') : BRIEFING_STATUS_LABELS[b.status]),
    editable: b.status === 'draft' || b.status === 'awaiting_approval',
    sent: b.status === 'scheduled' || b.status === 'published',
    underEmbargo: isUnderEmbargo(b, now),
    untilLocal: b.embargoUntil ? toLondonLocal(b.embargoUntil) : undefined,
    until: b.embargoUntil ? formatLondon(b.embargoUntil, locale) : null,
    approvalRequired: settings.secondApprovalRequired,
    people: { drafter: drafterName, approver: approverName },
    values: toFormValues(
      b,
      citations.map((c) => c.id),
    ),
    article: toArticleData(b, citations, versions),
    // Suggested statements first, marked but never ticked for the officer.
    statements: [
      ...citable.filter((c) => suggestedIds.includes(c.id)).map((c) => ({ ...c, suggested: true })),
      ...citable.filter((c) => !suggestedIds.includes(c.id)).map((c) => ({ ...c, suggested: false })),
    ],
    views: views.map((v) => ({ name: v.name, outlet: v.outlet, viewedAt: formatLondon(v.viewedAt, locale), accountDeleted: v.accountDeleted })),
    timing: toTimingView(timing, locale),
    alertsSending,
    topics: Object.entries(PRESS_TOPICS).map(([value, label]) => ({ value, label })),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  if (!/^[0-9a-f-]{36}$/i.test(params.id ?? '')) throw new Response(null, { status: 404 })
  const submission = parseWithZod(await readForm(request), { schema: briefingFormSchema(localeOf(request)) })
  // Publishing in the profession's name needs a recent sign-in, before anything is said about the form.
  if (submission.payload.intent === 'release') requireRecentSignIn(request, officer)
  if (submission.status !== 'success') return invalid(submission)
  let done
  try {
    done = await applyBriefingForm(db, { form: submission.value, actorId: officer.id, briefingId: params.id!, now: pressNow(), baseUrl: siteOrigin(request) })
  } catch (error) {
    return replyWithBriefingError(request, submission, error)
  }
  // Autosaves come from the page's own background requests (not in the history, so no refresh
  // resends them) and stay on it with the form's reply; everything else goes back to the page with
  // what happened, so a refresh never sends the form again.
  if (submission.value.intent === 'autosave') return submission.reply()
  return redirectWithFlash(`/officer/press/${params.id}`, { message: done.message, values: done.messageValues })
}

export const handle: BreadcrumbHandle = { breadcrumb: crumbsFrom<typeof loader>((d) => [SECTION.press, { text: d.article.headline }]) }

export default function OfficerBriefingPage() {
  const d = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const formRef = useRef<HTMLFormElement>(null)
  const [searchParams] = useSearchParams()
  // A refused form comes back as typed: its fields, and its lift time so the officer (even
  // without JavaScript) can answer BST or GMT for it.
  const refused = result?.status === 'error' ? result : undefined
  const typedValues = (refused?.initialValue ?? {}) as Record<string, string | string[]>
  const refusedIntent = refused ? String(typedValues.intent ?? 'save') : undefined
  const errors = refused?.error ?? {}
  const values = refused && ['save', 'release', 'correct', 'autosave'].includes(refusedIntent!) ? typedValues : d.values
  const typed = (intent: string, name: string) => (refusedIntent === intent && typeof typedValues[name] === 'string' ? typedValues[name] : undefined)
  const t = useT()
  return (
    <>
      <ServerErrorSummary errors={errors} order={[...BRIEFING_FIELD_ORDER, 'correctionNote', 'when', 'embargoUntil', 'notice']} choiceFields={['topics', 'statementIds', 'when']} />
      <span className="caption">
        {d.statusLabel}
        {d.until && d.underEmbargo ? ` · ${t('embargoed until {when}', { when: d.until })}` : ''}
        {d.people.drafter ? ` · ${t('drafted by {name}', { name: d.people.drafter })}` : ''}
        {d.people.approver ? ` · ${t('approved by {name}', { name: d.people.approver })}` : ''}
      </span>
      <h1>{d.editable ? t('Step 2 of 3: write the briefing') : d.article.headline}</h1>
      {d.status !== 'withdrawn' ? (
        <p>
          <Link to={`/officer/press/${d.id}/welsh`}>{t('Welsh version, for Welsh media')}</Link>
        </p>
      ) : null}
      {d.sent ? (
        <p>
          {d.underEmbargo ? (
            <T
              message="Public address: <link>{path}</link> (404 for the public until the lift)"
              values={{
                path: `/press/${d.slug}`,
                link: (text: string) => (
                  <Link key="a" to={`/press/${d.slug}`}>
                    {text}
                  </Link>
                ),
              }}
            />
          ) : (
            <T
              message="Public address: <link>{path}</link>"
              values={{
                path: `/press/${d.slug}`,
                link: (text: string) => (
                  <Link key="a" to={`/press/${d.slug}`}>
                    {text}
                  </Link>
                ),
              }}
            />
          )}
        </p>
      ) : null}
      {d.status === 'withdrawn' ? null : (
        <Form method="post" ref={formRef} noValidate>
          {d.editable ? <AutosaveStatus formRef={formRef} enabled={d.editable} /> : null}
          <BriefingFieldInputs values={values} errors={errors} topics={d.topics} statements={d.statements} />
          {d.editable ? (
            <>
              <button type="submit" name="intent" value="save" className="button button--secondary">
                {t('Save draft')}
              </button>
              <ReleaseControls
                errors={errors}
                awaitingApproval={d.status === 'awaiting_approval'}
                approvalRequired={d.approvalRequired}
                defaultWhen={typed('release', 'when') ?? (d.untilLocal ? 'embargo' : 'now')}
                defaultUntil={typed('release', 'embargoUntil') ?? d.untilLocal}
              />
            </>
          ) : (
            <>
              <CorrectionNoteField errors={errors} />
              <button type="submit" name="intent" value="correct" className="button button--primary">
                {t('Publish correction')}
              </button>
            </>
          )}
        </Form>
      )}
      {d.sent ? (
        <SentControls
          errors={errors}
          intent={refusedIntent}
          underEmbargo={d.underEmbargo}
          untilLocal={typed('reschedule', 'embargoUntil') ?? d.untilLocal}
          pagePath={`/officer/press/${d.id}`}
          confirmWithdraw={searchParams.get('confirm') === 'withdraw' || refusedIntent === 'withdraw'}
        />
      ) : null}
      <AlertProgress briefingId={d.id} timing={d.timing} sending={d.alertsSending} />
      <EmbargoViewLog views={d.views} />
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t('Preview (as last saved)')}</h2>
        <div className="card">
          <BriefingArticle b={d.article} preview />
        </div>
      </section>
    </>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => [{ title: metaT(args)('{headline} — Chorus press office', { headline: args.data?.article.headline ?? metaT(args)('Briefing') }) }]

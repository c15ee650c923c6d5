import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { ScopeFields } from '~/components/scope-fields'
import { tierNames } from '~/domain/voting/electorate.server'
import { describeScope, isWholeBody, scopeOf } from '~/domain/voting/scope'
import { FieldError, TextFieldPlain } from '~/components/text-field-plain'
import { backMotion, declineMemberMotion, getMemberMotion, scheduleMemberMotion, withReasonIn } from '~/domain/voting/member-motions.server'
import { memberMotionFormSchema } from '~/domain/voting/motion-schemas'
import { metaT } from '~/i18n/meta'
import { useShowText, useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { formatLondon } from '~/utils/london-time'
import { readForm, siteOrigin } from '~/utils/request.server'
import { getUser, hasRole, requireRole, requireUser } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request)
  const motion = await getMemberMotion(db, params.id ?? '', user?.id)
  if (!motion) throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const tiers = (await tierNames(db)).map((t) => ({ id: t.id, name: t.name }))
  const scope = scopeOf(motion)
  return {
    scope: { words: describeScope(localeOf(request), scope, Object.fromEntries(tiers.map((t) => [t.id, t.name]))), whole: isWholeBody(scope) },
    tiers,
    motion: {
      id: motion.id,
      title: motion.title,
      text: motion.text,
      rationale: motion.rationale,
      status: motion.status,
      supporters: motion.supportCount,
      threshold: motion.supportThreshold,
      seconded: Boolean(motion.seconderId),
      respondBy: motion.respondBy ? formatLondon(motion.respondBy, localeOf(request)) : null,
      response: motion.response,
      ballotId: motion.ballotId,
    },
    supportedByYou: motion.supportedByYou,
    signedIn: Boolean(user),
    officer: user ? hasRole(user, 'officer') : false,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: memberMotionFormSchema(localeOf(request)) })
  if (submission.status !== 'success') return invalid(submission)
  const form = submission.value
  const motionId = params.id ?? ''
  try {
    if (form.intent === 'second' || form.intent === 'support') {
      await backMotion(db, { userId: user.id, motionId, as: form.intent === 'second' ? 'seconder' : 'supporter', baseUrl: siteOrigin(request) })
      return redirectBackWithFlash(request, { message: form.intent === 'second' ? msg('You seconded this motion.') : msg('You support this motion.') })
    }
    const officer = await requireRole(request, 'officer')
    if (form.intent === 'decline') {
      await declineMemberMotion(db, { officerId: officer.id, motionId, response: form.response })
      return redirectBackWithFlash(request, { message: msg('Your answer is published on the motion.') })
    }
    // A motion proposed for the whole membership may be put to chosen nations, branches or tiers (a national committee's motion); a scoped one keeps its scope.
    await scheduleMemberMotion(db, { officerId: officer.id, motionId, opensAt: form.opensAt, closesAt: form.closesAt, threshold: form.threshold, scope: form.scope })
    return redirectBackWithFlash(request, { message: msg('The motion is scheduled for a ballot.') })
  } catch (error) {
    return replyWithError(request, submission, withReasonIn(localeOf(request), error))
  }
}

export default function MotionPage() {
  const { motion, supportedByYou, signedIn, officer, scope, tiers } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const show = useShowText()
  const errors = result?.error ?? {}
  const sent = (result?.initialValue ?? {}) as Record<string, string | string[] | undefined>
  const first = (name: string) => errors[name]?.[0] ?? undefined
  const text = (name: string) => (typeof sent[name] === 'string' ? sent[name] : undefined)
  // In the summary a time's problem says which time it is about; beside its field it need not.
  const summary = {
    ...errors,
    '': [...(errors[''] ?? []), ...(errors.intent ?? [])],
    opensAt: errors.opensAt?.map((problem) => t('Voting opens: {problem}', { problem: show(problem) })),
    closesAt: errors.closesAt?.map((problem) => t('Voting closes: {problem}', { problem: show(problem) })),
  }
  return (
    <div className="narrow">
      <Link to="/motions" className="back-link">
        {t('Member motions')}
      </Link>
      <ServerErrorSummary
        errors={summary}
        order={['opensAt', 'closesAt', 'scopeNations', 'scopeBranches', 'scopeTiers', 'threshold', 'response']}
        choiceFields={['scopeNations', 'scopeBranches', 'scopeTiers']}
      />
      <h1>{motion.title}</h1>
      <p className="meta">
        {t('{supporters, number} of {threshold, plural, one {# supporter} other {# supporters}} · {seconded, select, yes {seconded} other {not yet seconded}}', {
          supporters: motion.supporters,
          threshold: motion.threshold,
          seconded: motion.seconded ? 'yes' : 'no',
        })}
        {motion.respondBy && motion.status === 'awaiting_officers' ? ` · ${t('officers must answer by {date}', { date: motion.respondBy })}` : ''}
      </p>
      <p className="meta" data-testid="motion-scope">
        {t('Who can support it and vote: {scope}', { scope: scope.words })}
      </p>
      <div className="prose">
        <p>{motion.text}</p>
        <h2>{t('Why')}</h2>
        <p>{motion.rationale}</p>
      </div>
      {motion.status === 'scheduled' && motion.ballotId ? (
        <p>
          <strong>{t('This motion goes to a ballot.')}</strong> <Link to={`/ballots/${motion.ballotId}`}>{t('See the ballot')}</Link>
        </p>
      ) : null}
      {motion.status === 'declined' ? (
        <div className="inset-text">
          <strong>{t('Officers’ answer:')}</strong> {motion.response}
        </div>
      ) : null}
      {motion.status === 'gathering' ? (
        signedIn ? (
          supportedByYou ? (
            <p>{t('You support this motion.')}</p>
          ) : (
            <Form method="post" className="button-group">
              {!motion.seconded ? (
                <button type="submit" name="intent" value="second" className="button button--secondary">
                  {t('Second this motion')}
                </button>
              ) : null}
              <button type="submit" name="intent" value="support" className="button button--primary">
                {t('Support this motion')}
              </button>
            </Form>
          )
        ) : (
          <p>
            <Link to={`/login?redirectTo=${encodeURIComponent(`/motions/${motion.id}`)}`}>{t('Sign in to support it')}</Link>
          </p>
        )
      ) : null}
      {officer && motion.status === 'awaiting_officers' ? (
        <section aria-labelledby="officers-heading">
          <h2 id="officers-heading">{t('Officers: respond')}</h2>
          <Form method="post">
            <TextFieldPlain name="opensAt" type="datetime-local" label={t('Voting opens (UK time)')} defaultValue={text('opensAt')} error={first('opensAt')} />
            <TextFieldPlain name="closesAt" type="datetime-local" label={t('Voting closes (UK time)')} defaultValue={text('closesAt')} error={first('closesAt')} />
            {scope.whole ? <ScopeFields tiers={tiers} values={sent} errors={errors} /> : <p>{t('The ballot goes to the members the motion was proposed for: {scope}.', { scope: scope.words })}</p>}
            <button type="submit" name="intent" value="schedule" className="button button--primary">
              {t('Put to a ballot')}
            </button>
          </Form>
          <Form method="post">
            <div className={`form-group${first('response') ? ' form-group--error' : ''}`}>
              <label className="label" htmlFor="field-response">
                {t('Or answer publicly why not')}
              </label>
              {first('response') ? <FieldError id="field-response-error" error={first('response')!} /> : null}
              <textarea id="field-response" name="response" className="textarea" rows={4} defaultValue={text('response')} aria-describedby={first('response') ? 'field-response-error' : undefined} />
            </div>
            <button type="submit" name="intent" value="decline" className="button button--warning">
              {t('Publish answer')}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: `${args.data?.motion.title ?? t('Motion')} — Chorus` }]
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { Notice } from '~/components/panels'
import { ScopeFields } from '~/components/scope-fields'
import { tierNames } from '~/domain/voting/electorate.server'
import { describeScope, isWholeBody, normaliseScope, scopeOf } from '~/domain/voting/scope'
import { TextFieldPlain } from '~/components/text-field-plain'
import { DomainError, statusForCode } from '~/domain/errors'
import { backMotion, declineMemberMotion, getMemberMotion, scheduleMemberMotion, withReasonIn } from '~/domain/voting/member-motions.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg, translateIfMessage } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { formatLondon, parseLondonLocal, zoneChoice } from '~/utils/london-time'
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
    motion: { id: motion.id, title: motion.title, text: motion.text, rationale: motion.rationale, status: motion.status, supporters: motion.supportCount, threshold: motion.supportThreshold, seconded: Boolean(motion.seconderId), respondBy: motion.respondBy ? formatLondon(motion.respondBy, localeOf(request)) : null, response: motion.response, ballotId: motion.ballotId },
    supportedByYou: motion.supportedByYou,
    signedIn: Boolean(user),
    officer: user ? hasRole(user, 'officer') : false,
  }
}

const OfficerSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('schedule'), opensAt: z.string(), closesAt: z.string(), threshold: z.enum(['simple', 'two_thirds']).default('simple') }),
  z.object({ intent: z.literal('decline'), response: z.string().trim().min(20, msg('Explain publicly why it will not go to a ballot')).max(3000) }),
])

type Answer = { ok: false; message: string; field?: 'opensAt' | 'closesAt'; fieldMessage?: string }

export async function action({ request, params }: ActionFunctionArgs) {
  const raw = await readForm(request)
  const form = Object.fromEntries(raw)
  const motionId = params.id ?? ''
  const locale = localeOf(request)
  const refuse = (message: string, status = 400, more: Partial<Answer> = {}) => data<Answer>({ ok: false, message, ...more }, { status })
  try {
    if (form.intent === 'second' || form.intent === 'support') {
      const user = await requireUser(request)
      await backMotion(db, { userId: user.id, motionId, as: form.intent === 'second' ? 'seconder' : 'supporter', baseUrl: siteOrigin(request) })
      return redirectBackWithFlash(request, { message: form.intent === 'second' ? msg('You seconded this motion.') : msg('You support this motion.') })
    }
    const officer = await requireRole(request, 'officer')
    const parsed = OfficerSchema.safeParse(form)
    if (!parsed.success) return refuse(translateIfMessage(locale, parsed.error.issues[0].message))
    if (parsed.data.intent === 'decline') {
      await declineMemberMotion(db, { officerId: officer.id, motionId, response: parsed.data.response })
      return redirectBackWithFlash(request, { message: msg('Your answer is published on the motion.') })
    }
    const opensAt = parseLondonLocal(parsed.data.opensAt, zoneChoice(form.opensAtOffset))
    const closesAt = parseLondonLocal(parsed.data.closesAt, zoneChoice(form.closesAtOffset))
    for (const [field, at] of [['opensAt', opensAt], ['closesAt', closesAt]] as const) {
      if (at.ok) continue
      if (at.problem === 'format') return refuse(translateFor(request, 'Enter when voting opens and closes'))
      const problem = translateIfMessage(locale, at.message)
      const message = field === 'opensAt' ? translateFor(request, 'Voting opens: {problem}', { problem }) : translateFor(request, 'Voting closes: {problem}', { problem })
      return refuse(message, 400, { field, fieldMessage: problem })
    }
    if (!opensAt.ok || !closesAt.ok) return refuse(translateFor(request, 'Enter when voting opens and closes'))
    // A motion proposed for the whole membership may be put to chosen nations, branches or tiers (a national committee's motion); a scoped one keeps its scope.
    const scope = normaliseScope({ nations: raw.getAll('scopeNations').map(String), branches: raw.getAll('scopeBranches').map(String), tiers: raw.getAll('scopeTiers').map(String) })
    await scheduleMemberMotion(db, { officerId: officer.id, motionId, opensAt: opensAt.at, closesAt: closesAt.at, threshold: parsed.data.threshold, scope })
    return redirectBackWithFlash(request, { message: msg('The motion is scheduled for a ballot.') })
  } catch (error) {
    if (error instanceof DomainError) {
      const shown = withReasonIn(locale, error) as DomainError
      return refuse(translateFor(request, shown.message, shown.values), statusForCode[error.code])
    }
    throw error
  }
}

export default function MotionPage() {
  const { motion, supportedByYou, signedIn, officer, scope, tiers } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  /** A time the action could not read is also shown beside its field, where the BST/GMT question is asked. */
  const timeError = (field: 'opensAt' | 'closesAt') => (result && !result.ok && result.field === field ? result.fieldMessage : undefined)
  return (
    <div className="narrow">
      <Link to="/motions" className="back-link">
        {t('Member motions')}
      </Link>
      {result ? <Notice tone="warning">{result.message}</Notice> : null}
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
            <TextFieldPlain name="opensAt" type="datetime-local" label={t('Voting opens (UK time)')} error={timeError('opensAt')} />
            <TextFieldPlain name="closesAt" type="datetime-local" label={t('Voting closes (UK time)')} error={timeError('closesAt')} />
            {scope.whole ? <ScopeFields tiers={tiers} values={{}} errors={{}} /> : <p>{t('The ballot goes to the members the motion was proposed for: {scope}.', { scope: scope.words })}</p>}
            <button type="submit" name="intent" value="schedule" className="button button--primary">
              {t('Put to a ballot')}
            </button>
          </Form>
          <Form method="post">
            <div className="form-group">
              <label className="label" htmlFor="field-response">
                {t('Or answer publicly why not')}
              </label>
              <textarea id="field-response" name="response" className="textarea" rows={4} />
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

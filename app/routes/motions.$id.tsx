import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { Notice } from '~/components/panels'
import { TextFieldPlain } from '~/components/text-field-plain'
import { DomainError, statusForCode } from '~/domain/errors'
import { backMotion, declineMemberMotion, getMemberMotion, scheduleMemberMotion } from '~/domain/voting/member-motions.server'
import { db } from '~/utils/db.server'
import { fromLondonLocal, formatLondon } from '~/utils/london-time'
import { readForm, siteOrigin } from '~/utils/request.server'
import { getUser, hasRole, requireRole, requireUser } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request)
  const motion = await getMemberMotion(db, params.id ?? '', user?.id)
  if (!motion) throw new Response('Not Found', { status: 404 })
  return {
    motion: { id: motion.id, title: motion.title, text: motion.text, rationale: motion.rationale, status: motion.status, supporters: motion.supportCount, threshold: motion.supportThreshold, seconded: Boolean(motion.seconderId), respondBy: motion.respondBy ? formatLondon(motion.respondBy) : null, response: motion.response, ballotId: motion.ballotId },
    supportedByYou: motion.supportedByYou,
    signedIn: Boolean(user),
    officer: user ? hasRole(user, 'officer') : false,
  }
}

const OfficerSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('schedule'), opensAt: z.string(), closesAt: z.string(), threshold: z.enum(['simple', 'two_thirds']).default('simple') }),
  z.object({ intent: z.literal('decline'), response: z.string().trim().min(20, 'Explain publicly why it will not go to a ballot').max(3000) }),
])

export async function action({ request, params }: ActionFunctionArgs) {
  const form = Object.fromEntries(await readForm(request))
  const motionId = params.id ?? ''
  try {
    if (form.intent === 'second' || form.intent === 'support') {
      const user = await requireUser(request)
      await backMotion(db, { userId: user.id, motionId, as: form.intent === 'second' ? 'seconder' : 'supporter', baseUrl: siteOrigin(request) })
      return redirectBackWithFlash(request, { message: form.intent === 'second' ? 'You seconded this motion.' : 'You support this motion.' })
    }
    const officer = await requireRole(request, 'officer')
    const parsed = OfficerSchema.safeParse(form)
    if (!parsed.success) return data({ ok: false, message: parsed.error.issues[0].message }, { status: 400 })
    if (parsed.data.intent === 'decline') {
      await declineMemberMotion(db, { officerId: officer.id, motionId, response: parsed.data.response })
      return redirectBackWithFlash(request, { message: 'Your answer is published on the motion.' })
    }
    const opensAt = fromLondonLocal(parsed.data.opensAt)
    const closesAt = fromLondonLocal(parsed.data.closesAt)
    if (!opensAt || !closesAt) return data({ ok: false, message: 'Enter when voting opens and closes' }, { status: 400 })
    await scheduleMemberMotion(db, { officerId: officer.id, motionId, opensAt, closesAt, threshold: parsed.data.threshold })
    return redirectBackWithFlash(request, { message: 'The motion is scheduled for a ballot.' })
  } catch (error) {
    if (error instanceof DomainError) return data({ ok: false, message: error.message }, { status: statusForCode[error.code] })
    throw error
  }
}

export default function MotionPage() {
  const { motion, supportedByYou, signedIn, officer } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <div className="narrow">
      <Link to="/motions" className="back-link">
        Member motions
      </Link>
      {result ? <Notice tone="warning">{result.message}</Notice> : null}
      <h1>{motion.title}</h1>
      <p className="meta">
        {motion.supporters} of {motion.threshold} supporters · {motion.seconded ? 'seconded' : 'not yet seconded'}
        {motion.respondBy && motion.status === 'awaiting_officers' ? ` · officers must answer by ${motion.respondBy}` : ''}
      </p>
      <div className="prose">
        <p>{motion.text}</p>
        <h2>Why</h2>
        <p>{motion.rationale}</p>
      </div>
      {motion.status === 'scheduled' && motion.ballotId ? (
        <p>
          <strong>This motion goes to a ballot.</strong> <Link to={`/ballots/${motion.ballotId}`}>See the ballot</Link>
        </p>
      ) : null}
      {motion.status === 'declined' ? (
        <div className="inset-text">
          <strong>Officers’ answer:</strong> {motion.response}
        </div>
      ) : null}
      {motion.status === 'gathering' ? (
        signedIn ? (
          supportedByYou ? (
            <p>You support this motion.</p>
          ) : (
            <Form method="post" className="button-group">
              {!motion.seconded ? (
                <button type="submit" name="intent" value="second" className="button button--secondary">
                  Second this motion
                </button>
              ) : null}
              <button type="submit" name="intent" value="support" className="button button--primary">
                Support this motion
              </button>
            </Form>
          )
        ) : (
          <p>
            <Link to={`/login?redirectTo=${encodeURIComponent(`/motions/${motion.id}`)}`}>Sign in to support it</Link>
          </p>
        )
      ) : null}
      {officer && motion.status === 'awaiting_officers' ? (
        <section aria-labelledby="officers-heading">
          <h2 id="officers-heading">Officers: respond</h2>
          <Form method="post">
            <TextFieldPlain name="opensAt" type="datetime-local" label="Voting opens (UK time)" />
            <TextFieldPlain name="closesAt" type="datetime-local" label="Voting closes (UK time)" />
            <button type="submit" name="intent" value="schedule" className="button button--primary">
              Put to a ballot
            </button>
          </Form>
          <Form method="post">
            <div className="form-group">
              <label className="label" htmlFor="field-response">
                Or answer publicly why not
              </label>
              <textarea id="field-response" name="response" className="textarea" rows={4} />
            </div>
            <button type="submit" name="intent" value="decline" className="button button--warning">
              Publish answer
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.motion.title ?? 'Motion'} — Chorus` }]

import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirectWithFlash } from '~/utils/flash.server'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { ServerErrorSummary } from '~/components/forms'
import { TextFieldPlain } from '~/components/text-field-plain'
import { ScopeFields as ScopeChoices } from '~/components/scope-fields'
import { tierNames } from '~/domain/voting/electorate.server'
import { proposeMotion, withReasonIn } from '~/domain/voting/member-motions.server'
import { ScopeOnlyFields, scopeFromForm } from '~/domain/voting/scope-schema'
import { localeOf } from '~/i18n/server'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { metaT } from '~/i18n/meta'
import { useShowText, useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { readForm } from '~/utils/request.server'
import { requireUser } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request)
  return { tiers: (await tierNames(db)).map((t) => ({ id: t.id, name: t.name })) }
}

const ProposeSchema = z.object({
  title: z
    .string({ error: msg('Give the motion a title') })
    .trim()
    .min(5, msg('Give the motion a title of at least 5 characters'))
    .max(160, msg('Keep the title under 160 characters')),
  text: z
    .string({ error: msg('Write the motion') })
    .trim()
    .min(20, msg('Write the motion: what Chorus should do'))
    .max(3000, msg('Keep the motion under 3,000 characters')),
  rationale: z
    .string({ error: msg('Explain why') })
    .trim()
    .min(20, msg('Explain why members should support it'))
    .max(5000, msg('Keep the rationale under 5,000 characters')),
  ...ScopeOnlyFields,
})

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: ProposeSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    const { title, text, rationale } = submission.value
    const motion = await proposeMotion(db, { userId: user.id, title, text, rationale, scope: scopeFromForm(submission.value) })
    return redirectWithFlash(`/motions/${motion.id}`, { message: msg('Your motion is proposed. Once another member seconds it, members can support it.') })
  } catch (error) {
    return replyWithError(request, submission, withReasonIn(localeOf(request), error))
  }
}

export default function ProposeMotionPage() {
  const { tiers } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const show = useShowText()
  const errors = result?.error ?? {}
  const values = (result?.initialValue ?? {}) as Record<string, string>
  const asList = (v: unknown) => (v === undefined ? undefined : Array.isArray(v) ? v.map(String) : [String(v)])
  const scopeValues = { scopeNations: asList(values.scopeNations), scopeBranches: asList(values.scopeBranches), scopeTiers: asList(values.scopeTiers) }
  const area = (name: string, label: string, hint: string) => (
    <div className={`form-group${errors[name]?.length ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={`field-${name}`}>
        {label}
      </label>
      <div className="hint" id={`field-${name}-hint`}>
        {hint}
      </div>
      {errors[name]?.length ? <p className="error-message">{show(errors[name]![0])}</p> : null}
      <textarea id={`field-${name}`} name={name} className="textarea" rows={6} defaultValue={values[name]} aria-describedby={`field-${name}-hint`} />
    </div>
  )
  return (
    <div className="narrow">
      <Link to="/motions" className="back-link">
        {t('Member motions')}
      </Link>
      <ServerErrorSummary errors={errors} order={['title', 'text', 'rationale', 'scopeNations', 'scopeBranches', 'scopeTiers']} />
      <h1>{t('Propose a motion')}</h1>
      <Form method="post" noValidate>
        <TextFieldPlain name="title" label={t('Title')} defaultValue={values.title} error={errors.title?.[0]} />
        {area('text', t('The motion'), t('Start with “That Chorus…” and say what it should do.'))}
        {area('rationale', t('Why members should support it'), t('The evidence and what it would change for social workers.'))}
        <ScopeChoices tiers={tiers} values={scopeValues} errors={errors} />
        <button type="submit" className="button button--primary">
          {t('Propose motion')}
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Propose a motion — Chorus') }]

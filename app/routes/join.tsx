import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { MembershipFields } from '~/components/membership-fields'
import { TextFieldPlain } from '~/components/text-field-plain'
import { applicationSummary, getMembershipForUser, listTiers, startCheckout, startMembership } from '~/domain/membership/join.server'
import { JoinSchema, JoinWithAccountSchema } from '~/domain/membership/schemas'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { settleLocale } from '~/domain/auth/landing.server'
import { type Locale, localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { clientIp, readForm, siteOrigin } from '~/utils/request.server'
import { getUser, startSession } from '~/utils/session.server'
import { getStripe } from '~/utils/stripe.server'
import { describeError, log } from '~/utils/log.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request)
  const membership = user ? await getMembershipForUser(db, user.id) : null
  if (membership && ['active', 'past_due', 'payment_processing'].includes(membership.status)) throw redirect('/account#membership')
  const changing = new URL(request.url).searchParams.get('change') === '1'
  // An application saved but never paid: offer to finish paying rather than an empty form.
  const waiting = membership?.status === 'pending_payment' ? applicationSummary(membership, localeOf(request)) : null
  const tiers = await listTiers(db)
  return {
    signedIn: Boolean(user),
    waiting: changing ? null : waiting,
    saved: waiting ? waiting.values : {},
    tiers: tiers.map(({ id, name, description, annualPricePence, monthlyPricePence, votingRights }) => ({ id, name, description, annualPricePence, monthlyPricePence, votingRights })),
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request)
  const user = await getUser(request)
  const submission = parseWithZod(form, { schema: user ? JoinSchema : JoinWithAccountSchema })
  if (submission.status !== 'success') return invalid(submission, ['password'])
  const value = submission.value as typeof submission.value & { name?: string; email?: string; password?: string }
  const locale = localeOf(request)
  try {
    const membership = await startMembership(db, {
      details: value,
      userId: user?.id,
      newAccount: user ? undefined : { name: value.name!, email: value.email!, password: value.password!, locale },
      ip: clientIp(request, context),
      baseUrl: siteOrigin(request),
    })
    // Joining from a Welsh page says Welsh, for someone who has not chosen a language yet.
    if (user) await settleLocale(db, { userId: user.id, pageLocale: locale })
    const next = await checkoutUrlOrRetryPage(membership.userId!, siteOrigin(request), locale)
    return user ? redirect(next) : await startSession(request, membership.userId!, next)
  } catch (error) {
    return replyWithError(request, submission, error, ['password'])
  }
}

/** The application is saved first; if the payment provider cannot be reached, the pay page offers a retry. */
async function checkoutUrlOrRetryPage(userId: string, baseUrl: string, locale: Locale) {
  try {
    return await startCheckout(db, getStripe(), { userId, baseUrl, locale })
  } catch (error) {
    log.error({ err: describeError(error) }, 'could not start checkout')
    return '/join/pay?problem=unreachable'
  }
}

const ORDER = ['tierId', 'interval', 'name', 'email', 'password', 'regulator', 'registrationNumber', 'nation', 'branch', 'sector', 'consentTerms']

export default function JoinPage() {
  const { signedIn, tiers, waiting, saved } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const submitting = useNavigation().state === 'submitting'
  const t = useT()
  if (waiting && !result) return <FinishPaying {...waiting} />
  const errors = result?.error ?? {}
  const values = (result?.initialValue ?? saved) as Record<string, unknown>
  const first = (name: string) => errors[name]?.[0] ?? undefined
  return (
    <div className="narrow">
      <ServerErrorSummary errors={errors} order={ORDER} choiceFields={['tierId', 'interval', 'consentTerms']} />
      <h1>{t('Join Chorus')}</h1>
      <p className="lead">{t('Membership gives you a vote on what Chorus says and who leads it. It takes about five minutes; you pay on the next page.')}</p>
      <Form method="post" noValidate>
        {signedIn ? null : (
          <fieldset className="fieldset">
            <legend className="fieldset__legend">
              <h2 className="fieldset__heading">{t('About you')}</h2>
            </legend>
            <TextFieldPlain name="name" label={t('Full name')} autoComplete="name" defaultValue={values.name as string} error={first('name')} />
            <TextFieldPlain name="email" label={t('Email address')} type="email" autoComplete="email" defaultValue={values.email as string} error={first('email')} />
            <TextFieldPlain name="password" label={t('Create a password')} type="password" autoComplete="new-password" hint={t('At least 12 characters.')} error={first('password')} width="medium" />
            <p>
              <T message="Already have an account? <signin>Sign in first</signin>." values={{ signin: (text: string) => <Link to="/login?redirectTo=%2Fjoin">{text}</Link> }} />
            </p>
          </fieldset>
        )}
        <MembershipFields tiers={tiers} errors={errors} values={values} />
        <button type="submit" className="button button--primary" disabled={submitting}>
          {t('Continue to payment')}
        </button>
      </Form>
    </div>
  )
}

/** For someone who applied but never paid: a fresh payment page for the saved application, or a change of details. */
function FinishPaying(props: { number: string; tierName: string; price: string }) {
  const t = useT()
  return (
    <div className="narrow">
      <h1>{t('Finish joining Chorus')}</h1>
      <p className="lead">{t('Your application for {tier} membership ({price}) is saved, but you have not paid yet. Nothing has been charged.', { tier: props.tierName, price: props.price })}</p>
      <p>{t('Your application number is {number}. You can pay by card or set up a Direct Debit.', { number: props.number })}</p>
      <Form method="post" action="/join/pay">
        <button type="submit" className="button button--primary">
          {t('Finish paying')}
        </button>
      </Form>
      <p>
        <T message="<change>Change your details</change> (membership type, registration, branch) before you pay." values={{ change: (text: string) => <Link to="/join?change=1">{text}</Link> }} />
      </p>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Join Chorus') }]

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { replyProblems } from '~/components/forms'
import { Notice } from '~/components/panels'
import { DomainError } from '~/domain/errors'
import { getMembershipForUser, priceLabel, startCheckout } from '~/domain/membership/join.server'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { ButtonOnly, refuse } from '~/utils/forms.server'
import { readForm, siteOrigin } from '~/utils/request.server'
import { requireUser } from '~/utils/session.server'
import { getStripe } from '~/utils/stripe.server'
import { describeError, log } from '~/utils/log.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const m = await getMembershipForUser(db, user.id)
  if (!m) throw redirect('/join')
  if (m.status === 'active' || m.status === 'past_due' || m.status === 'payment_processing') throw redirect('/account#membership')
  const amount = m.interval === 'month' ? m.tier.monthlyPricePence : m.tier.annualPricePence
  return { tierName: m.tier.name, price: priceLabel(localeOf(request), amount ?? 0, m.interval) }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: ButtonOnly })
  try {
    return redirect(await startCheckout(db, getStripe(), { userId: user.id, baseUrl: siteOrigin(request), locale: localeOf(request) }))
  } catch (error) {
    if (error instanceof DomainError) return refuse(request, submission, error.message, 409, error.values)
    log.error({ err: describeError(error) }, 'could not start checkout')
    return refuse(request, submission, msg('We could not reach our payment provider. Nothing has been charged. Try again in a minute.'), 503)
  }
}

export default function PayPage() {
  const { tierName, price } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const [params] = useSearchParams()
  const t = useT()
  const problem = replyProblems(result)[0] ?? (params.get('problem') ? t('We saved your application but could not reach our payment provider. Nothing has been charged. Try again.') : null)
  return (
    <div className="narrow">
      {problem ? <Notice tone="warning">{problem}</Notice> : null}
      <h1>{t('Pay for your membership')}</h1>
      <p className="lead">{t('{tier} membership, {price}. You will pay on a secure page run by our payment provider, Stripe, then come back here.', { tier: tierName, price })}</p>
      <Form method="post">
        <button type="submit" className="button button--primary">
          {t('Continue to secure payment')}
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Pay for your membership — Chorus') }]

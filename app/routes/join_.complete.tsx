import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useRevalidator } from '@remix-run/react'
import { useEffect } from 'react'
import { Panel } from '~/components/panels'
import { membershipNumber } from '~/domain/membership/format'
import { getMembershipForUser } from '~/domain/membership/join.server'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { db } from '~/utils/db.server'
import { requireUser } from '~/utils/session.server'

/** Shows the membership as it really is: pending until Stripe's webhook confirms the payment. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const m = await getMembershipForUser(db, user.id)
  const cancelled = new URL(request.url).searchParams.get('cancelled') === '1'
  const needsVerification = Boolean(m && m.tier.votingRights && !m.registrationVerifiedAt)
  return { status: m?.status ?? null, number: m ? membershipNumber(m.number) : null, tierName: m?.tier.name ?? null, cancelled, needsVerification }
}

export default function JoinCompletePage() {
  const { status, number, tierName, cancelled, needsVerification } = useLoaderData<typeof loader>()
  const revalidator = useRevalidator()
  const t = useT()
  const strong = (text: string) => <strong>{text}</strong>
  const waiting = status === 'pending_payment' && !cancelled
  useEffect(() => {
    if (!waiting) return
    const timer = setInterval(() => revalidator.state === 'idle' && revalidator.revalidate(), 2000)
    return () => clearInterval(timer)
  }, [waiting, revalidator])

  if (status === 'active') {
    return (
      <Panel title={t('Welcome to Chorus')}>
        <p>
          <T message="You are now a {tier} member. Your membership number is <strong>{number}</strong>." values={{ tier: tierName, number, strong }} />
        </p>
        {needsVerification ? (
          <p>
            {t(
              'Before you can vote, an officer checks your registration number with your regulator, usually within two working days. We will email you if there is a problem with it; you can see where it has got to on your account page.',
            )}
          </p>
        ) : null}
        <p>
          <Link to="/account#membership">{t('See your membership card')}</Link>
        </p>
      </Panel>
    )
  }
  if (status === 'payment_processing') {
    return (
      <Panel title={t('Your Direct Debit is set up')}>
        <p>{t('Your Direct Debit payment is being processed; it usually takes 3 working days.')}</p>
        <p>
          <T
            message="Your membership number is <strong>{number}</strong>. We will email you when the payment has cleared and your {tier} membership is active. Until then you cannot vote."
            values={{ number, tier: tierName, strong }}
          />
        </p>
        <p>
          <Link to="/account#membership">{t('Go to your account')}</Link>
        </p>
      </Panel>
    )
  }
  if (cancelled || status !== 'pending_payment') {
    return (
      <div className="narrow">
        <h1>{t('You have not paid yet')}</h1>
        <p>{t('Your application is saved. Nothing has been charged.')}</p>
        <Form method="post" action="/join/pay">
          <button type="submit" className="button button--primary">
            {t('Try paying again')}
          </button>
        </Form>
      </div>
    )
  }
  return (
    <div className="narrow">
      <h1>{t('Confirming your payment')}</h1>
      <p className="lead" role="status">
        {t('We are waiting for our payment provider to confirm your payment. This usually takes a few seconds.')}
      </p>
      <p>
        <Link to=".">{t('Check again')}</Link>
      </p>
      <p>{t('If nothing changes within a few minutes, contact us with your membership number {number}. You will not be charged twice.', { number })}</p>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Joining Chorus') }, { name: 'robots', content: 'noindex' }]

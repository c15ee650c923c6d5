import { Form, Link } from '@remix-run/react'
import type { VoteNextStep } from '~/domain/membership/vote-next-step'
import { T, useT } from '~/i18n/react'

export interface MembershipCardData {
  number: string
  tierName: string
  status: string
  /** Already in the page's language, as are `renewal`, `registration` and `voteReason` (getMembershipCard). */
  statusLabel: string
  renewal: string | null
  cancelAtPeriodEnd: boolean
  registration: string | null
  verified: boolean
  rejectedReason: string | null
  canVote: boolean
  voteReason: string | null
  hasBilling: boolean
}

/** The member's card: what they would show to prove membership, printable on its own. */
export function MembershipCard({ card, name, voteNextStep }: { card: MembershipCardData; name: string; voteNextStep?: VoteNextStep | null }) {
  const good = card.status === 'active' || card.status === 'past_due'
  const t = useT()
  return (
    <section aria-labelledby="membership-heading" id="membership" className="membership">
      <h2 id="membership-heading">{t('Your membership')}</h2>
      {card.status === 'pending_payment' && !voteNextStep ? (
        <>
          <p>{t('We have your application but not your first payment yet.')}</p>
          <Form method="post" action="/join/pay">
            <button type="submit" className="button button--primary">
              {t('Continue to payment')}
            </button>
          </Form>
        </>
      ) : null}
      {card.status === 'payment_processing' ? (
        <p className="inset-text" role="status">
          {t('Your Direct Debit payment is being processed; it usually takes 3 working days. We will email you when it has cleared.')}
        </p>
      ) : null}
      <div className={`membership-card${good ? '' : ' membership-card--inactive'}`}>
        <p className="membership-card__brand">{t('Chorus membership card')}</p>
        <p className="membership-card__name">{name}</p>
        <dl className="membership-card__details">
          <div>
            <dt>{t('Membership number')}</dt>
            <dd>{card.number}</dd>
          </div>
          <div>
            <dt>{t('Type')}</dt>
            <dd>{card.tierName}</dd>
          </div>
          <div>
            <dt>{t('Status')}</dt>
            <dd>
              <span className={`tag ${good ? 'tag--green' : 'tag--grey'}`}>{card.statusLabel}</span>
            </dd>
          </div>
          {card.renewal ? (
            <div>
              <dt>{card.cancelAtPeriodEnd ? t('Ends on') : t('Renews on')}</dt>
              <dd>{card.renewal}</dd>
            </div>
          ) : null}
          {card.registration ? (
            <div>
              <dt>{t('Registration')}</dt>
              <dd>
                {card.registration} {card.verified ? <span className="tag tag--green">{t('Verified')}</span> : <span className="tag tag--yellow">{t('Not verified yet')}</span>}
              </dd>
            </div>
          ) : null}
        </dl>
      </div>
      {card.rejectedReason && !voteNextStep ? <p className="inset-text">{t('We could not verify your registration number: {reason}', { reason: card.rejectedReason })}</p> : null}
      {voteNextStep ? (
        <VoteNextStepNotice step={voteNextStep} />
      ) : (
        <p>
          <strong>{card.canVote ? t('You can vote in Chorus ballots.') : t('You cannot vote yet. {reason}', { reason: card.voteReason ?? '' })}</strong>
        </p>
      )}
      <p className="meta">{t('To keep a copy of your card, use your browser’s print command; only the card and your details print.')}</p>
      <p>
        <Link to="/account/membership">{t('Change membership type or registration number')}</Link>
      </p>
      {card.hasBilling ? (
        <Form method="post" action="/account/billing">
          <button type="submit" className="button button--secondary">
            {t('Manage payments and card details')}
          </button>
        </Form>
      ) : null}
      <p>
        <T
          message="<statement>Statement of fees paid</statement>, for claiming tax relief on your professional subscription"
          values={{ statement: (text: string) => <Link to="/account/fees-statement">{text}</Link> }}
        />
      </p>
      {card.status === 'lapsed' || card.status === 'cancelled' ? (
        <p>
          <Link to="/join">{t('Renew your membership')}</Link>
        </p>
      ) : null}
    </section>
  )
}

/** "You cannot vote yet", with why and the one thing to do next (or how long to wait). */
function VoteNextStepNotice({ step }: { step: VoteNextStep }) {
  const t = useT()
  return (
    <div className="inset-text" data-testid="vote-next-step">
      <p>
        <strong>{t('You cannot vote yet.')}</strong> {t(step.reason, step.values)}
      </p>
      {step.action?.method === 'post' ? (
        <Form method="post" action={step.action.href}>
          <button type="submit" className="button button--primary">
            {t(step.action.label)}
          </button>
        </Form>
      ) : step.action ? (
        <p>
          <Link to={step.action.href}>{t(step.action.label)}</Link>
        </p>
      ) : null}
    </div>
  )
}

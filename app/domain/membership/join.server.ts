import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type Stripe from 'stripe'
import type { Db } from '../../../db/client.server.ts'
import { memberships, tiers, users, type Membership, type Tier } from '../../../db/schema/index.ts'
import { createAccount } from '~/domain/auth/accounts.server.ts'
import { consumeRateLimits, LIMITS } from '~/domain/auth/rate-limit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { setPreferences } from '~/domain/outbox/preferences.server.ts'
import { membershipNumber } from './format.ts'
import { REGULATORS } from './registration.ts'
import type { MembershipDetails } from './schemas.ts'
import { effectiveStatus, STATUS_LABELS, votingEligibility } from './status.ts'
import { type Locale, pathIn } from '~/i18n/locale.ts'
import { formatDate, formatPounds } from '~/i18n/format.ts'
import { msg, translate, translateIfMessage } from '~/i18n/translate.ts'
import { preparedQuery } from '~/utils/prepared.server.ts'

export function listTiers(db: Db) {
  return db.select().from(tiers).where(eq(tiers.active, true)).orderBy(asc(tiers.sortOrder))
}

const LIVE = ['pending_payment', 'active', 'past_due'] as const

/** A member's membership: most member pages ask, so its SQL is built once. */
const membershipForUserQuery = preparedQuery((db) =>
  db
    .select()
    .from(memberships)
    .innerJoin(tiers, eq(tiers.id, memberships.tierId))
    .where(eq(memberships.userId, sql.placeholder('userId')))
    .prepare('membership_for_user'),
)

export async function getMembershipForUser(db: Db, userId: string) {
  const [row] = await membershipForUserQuery(db).execute({ userId })
  return row ? { ...row.memberships, tier: row.tiers } : null
}

/**
 * Records a membership awaiting its first payment, for a signed-in person or a new account made
 * in the same transaction. A lapsed or cancelled member rejoining keeps their membership number.
 */
export async function startMembership(
  db: Db,
  input: { details: MembershipDetails; userId?: string; newAccount?: { name: string; email: string; password: string; locale?: Locale }; ip: string; baseUrl: string },
): Promise<Membership> {
  const { details } = input
  // Counted outside the transaction so a refused attempt still counts. New accounts are held by the sign-up limit.
  if (input.userId) await consumeRateLimits(db, [{ key: `join:account:${input.userId}`, ...LIMITS.joinPerAccount }])
  return db.transaction(async (tx) => {
    const [tier] = await tx
      .select()
      .from(tiers)
      .where(and(eq(tiers.id, details.tierId), eq(tiers.active, true)))
    if (!tier) throw new DomainError('invalid_input', msg('Select a membership type'), 'tierId')
    if (details.interval === 'month' && !tier.monthlyPricePence) throw new DomainError('invalid_input', msg('{tier} membership is paid yearly'), 'interval', { tier: tier.name })
    if (tier.requiresRegistration && (!details.regulator || !details.registrationNumber)) {
      throw new DomainError('invalid_input', msg('Enter your registration number: {tier} membership is for registered social workers'), 'registrationNumber', { tier: tier.name })
    }

    let userId = input.userId
    if (!userId) {
      if (!input.newAccount) throw new DomainError('invalid_input', msg('Enter your name, email address and a password'))
      userId = (await createAccount(tx, { ...input.newAccount, ip: input.ip, baseUrl: input.baseUrl })).user.id
    }

    const values = {
      userId,
      tierId: tier.id,
      interval: details.interval,
      status: 'pending_payment' as const,
      regulator: details.registrationNumber ? details.regulator! : null,
      registrationNumber: details.registrationNumber ?? null,
      registrationVerifiedAt: null,
      registrationVerifiedBy: null,
      registrationRejectedReason: null,
      nation: details.nation,
      branch: details.branch,
      sector: details.sector,
      consentedTermsAt: new Date(),
      updatedAt: new Date(),
    }
    const [existing] = await tx.select().from(memberships).where(eq(memberships.userId, userId)).for('update')
    if (existing && (LIVE as readonly string[]).includes(existing.status) && existing.status !== 'pending_payment') {
      throw new DomainError('conflict', msg('You are already a member. Your membership card is on your account page.'))
    }
    if (existing?.status === 'payment_processing') {
      throw new DomainError('conflict', msg('Your Direct Debit payment is being processed; it usually takes 3 working days. Your membership is on your account page.'))
    }
    if (existing?.status === 'resigned') throw new DomainError('conflict', msg('This account has left Chorus. Create a new account to join again.'))

    let membership: Membership
    try {
      // A savepoint, so a clash on the registration number leaves the transaction usable.
      membership = await tx.transaction(async (sp) => {
        const [row] = existing
          ? await sp
              .update(memberships)
              .set({ ...values, stripeVersion: existing.stripeVersion })
              .where(eq(memberships.id, existing.id))
              .returning()
          : await sp.insert(memberships).values(values).returning()
        return row
      })
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code === '23505') {
        throw new DomainError('conflict', msg('This registration number is already on another membership. Contact us if you think this is wrong.'), 'registrationNumber')
      }
      throw error
    }
    await setPreferences(tx, { userId, subscribed: details.topics })
    return membership
  })
}

/** The Stripe price for a tier and interval: the configured id, or one found or made by lookup key. */
export async function priceFor(stripe: Stripe, tier: Tier, interval: 'year' | 'month') {
  const configured = interval === 'year' ? tier.stripeAnnualPriceId : tier.stripeMonthlyPriceId
  if (configured) return configured
  const amount = interval === 'year' ? tier.annualPricePence : tier.monthlyPricePence
  if (!amount) throw new DomainError('invalid_input', msg('{tier} membership is paid yearly'), 'interval', { tier: tier.name })
  const lookupKey = `chorus_${tier.id}_${interval}_${amount}`
  const found = await stripe.prices.list({ lookup_keys: [lookupKey], limit: 1 })
  if (found.data[0]) return found.data[0].id
  const price = await stripe.prices.create(
    { currency: 'gbp', unit_amount: amount, recurring: { interval }, lookup_key: lookupKey, product_data: { name: `Chorus ${tier.name} membership` } },
    { idempotencyKey: `price:${lookupKey}` },
  )
  return price.id
}

/**
 * Stripe's pages have no Welsh (there is no `cy` among its locales), so Checkout is always in
 * British English, said explicitly rather than left to the browser; coming back, the member
 * lands on the page in the language they left from (`/cy/join/complete` from a Welsh page).
 */
const STRIPE_LOCALE = 'en-GB' as const

/** Opens a Stripe Checkout session for a membership waiting for payment; returns its URL. */
export async function startCheckout(db: Db, stripe: Stripe, input: { userId: string; baseUrl: string; locale?: Locale }) {
  const back = `${input.baseUrl}${pathIn(input.locale ?? 'en', '/join/complete')}`
  const [row] = await db
    .select()
    .from(memberships)
    .innerJoin(tiers, eq(tiers.id, memberships.tierId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, input.userId), inArray(memberships.status, ['pending_payment', 'lapsed', 'cancelled'])))
  if (!row) throw new DomainError('invalid_state', msg('There is no membership waiting for payment on this account.'))
  const { memberships: m, tiers: tier, users: user } = row
  const price = await priceFor(stripe, tier, m.interval)
  let customer = m.stripeCustomerId
  if (!customer) {
    const created = await stripe.customers.create({ email: user.email, name: user.name, metadata: { memberId: m.id } }, { idempotencyKey: `customer:${m.id}` })
    customer = created.id
    await db.update(memberships).set({ stripeCustomerId: customer }).where(eq(memberships.id, m.id))
  }
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer,
    client_reference_id: m.id,
    // Most UK members pay dues by Direct Debit; Bacs takes about 3 working days to clear (the payment-processing state).
    // This API version names the list `allowed_payment_method_types` (older ones: `payment_method_types`).
    allowed_payment_method_types: ['card', 'bacs_debit'],
    line_items: [{ price, quantity: 1 }],
    metadata: { memberId: m.id },
    subscription_data: { metadata: { memberId: m.id } },
    // Stripe has no `cy`: a Welsh page's checkout is in British English too (see STRIPE_LOCALE).
    locale: STRIPE_LOCALE,
    success_url: `${back}?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${back}?cancelled=1`,
  })
  if (!session.url) throw new Error('Stripe returned a checkout session without a URL')
  return session.url
}

/** A Billing Portal link for the member to change card, see invoices or stop paying. */
export async function openBillingPortal(db: Db, stripe: Stripe, input: { userId: string; returnUrl: string }) {
  const m = await getMembershipForUser(db, input.userId)
  if (!m?.stripeCustomerId) throw new DomainError('invalid_state', msg('There are no payment details on this account yet.'))
  // Stripe has no `cy` here either: British English (see STRIPE_LOCALE).
  const session = await stripe.billingPortal.sessions.create({ customer: m.stripeCustomerId, return_url: input.returnUrl, locale: STRIPE_LOCALE })
  return session.url
}

/** A saved, unpaid application as /join offers it back: what it is for, and its answers to fill the form again. */
export function applicationSummary(m: NonNullable<Awaited<ReturnType<typeof getMembershipForUser>>>, locale: Locale = 'en') {
  const amount = m.interval === 'month' ? m.tier.monthlyPricePence : m.tier.annualPricePence
  const answers = { tierId: m.tierId, interval: m.interval, regulator: m.regulator, registrationNumber: m.registrationNumber, nation: m.nation, branch: m.branch, sector: m.sector }
  return {
    number: membershipNumber(m.number),
    tierName: m.tier.name,
    price: priceLabel(locale, amount ?? 0, m.interval),
    values: Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== null)) as Record<string, string>,
  }
}

/** "£180.00 a year" in the page's language. */
export function priceLabel(locale: Locale, pence: number, interval: 'year' | 'month') {
  return translate(locale, msg('{price} a {interval, select, month {month} other {year}}'), { price: formatPounds(locale, pence), interval })
}

/** Everything the account page shows about a membership, ready to display in the page's language. */
export async function getMembershipCard(db: Db, userId: string, now = new Date(), locale: Locale = 'en') {
  const m = await getMembershipForUser(db, userId)
  return m ? membershipCard(m, now, locale) : null
}

/** The membership card of a membership already read (getMembershipForUser). */
export function membershipCard(m: NonNullable<Awaited<ReturnType<typeof getMembershipForUser>>>, now = new Date(), locale: Locale = 'en') {
  const status = effectiveStatus(m, now)
  const eligibility = votingEligibility(m, now)
  return {
    number: membershipNumber(m.number),
    tierName: m.tier.name,
    status,
    statusLabel: translate(locale, STATUS_LABELS[status]),
    renewal: m.currentPeriodEnd && (status === 'active' || status === 'past_due') ? formatDate(locale, m.currentPeriodEnd, 'long') : null,
    cancelAtPeriodEnd: m.cancelAtPeriodEnd,
    registration: m.regulator && m.registrationNumber ? `${translateIfMessage(locale, REGULATORS[m.regulator].name)} ${m.registrationNumber}` : null,
    verified: Boolean(m.registrationVerifiedAt),
    rejectedReason: m.registrationVerifiedAt ? null : m.registrationRejectedReason,
    canVote: eligibility.eligible,
    voteReason: eligibility.eligible ? null : translate(locale, eligibility.reason),
    hasBilling: Boolean(m.stripeCustomerId),
  }
}

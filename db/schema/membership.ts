import { sql } from 'drizzle-orm'
import { bigserial, boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from './auth.ts'

export const regulator = pgEnum('regulator', ['swe', 'sssc', 'scw', 'niscc'])
export const nation = pgEnum('nation', ['england', 'scotland', 'wales', 'northern_ireland'])
/** Where a member mostly practises: optional, used only to break poll results down. */
export const practiceArea = pgEnum('practice_area', ['children_and_families', 'adults', 'mental_health_amhp', 'education', 'management', 'other'])
export const billingInterval = pgEnum('billing_interval', ['year', 'month'])
export const membershipStatus = pgEnum('membership_status', ['pending_payment', 'payment_processing', 'active', 'past_due', 'lapsed', 'cancelled', 'resigned'])

/** Membership tiers and their dues; admins edit them. Money in pence. */
export const tiers = pgTable('tiers', {
  id: text().primaryKey(),
  name: text().notNull(),
  description: text().notNull(),
  annualPricePence: integer().notNull(),
  monthlyPricePence: integer(),
  /** Set to use an existing Stripe price; otherwise one is found or made by lookup key. */
  stripeAnnualPriceId: text(),
  stripeMonthlyPriceId: text(),
  votingRights: boolean().notNull(),
  requiresRegistration: boolean().notNull().default(true),
  sortOrder: integer().notNull().default(0),
  active: boolean().notNull().default(true),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

export const memberships = pgTable(
  'memberships',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Printed on the card as CH-000123. */
    number: bigserial({ mode: 'number' }).notNull().unique(),
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    tierId: text()
      .notNull()
      .references(() => tiers.id),
    interval: billingInterval().notNull().default('year'),
    status: membershipStatus().notNull().default('pending_payment'),
    regulator: regulator(),
    registrationNumber: text(),
    registrationVerifiedAt: timestamp({ withTimezone: true }),
    registrationVerifiedBy: uuid(),
    registrationRejectedReason: text(),
    nation: nation(),
    branch: text(),
    sector: text(),
    practiceArea: practiceArea(),
    consentedTermsAt: timestamp({ withTimezone: true }),
    stripeCustomerId: text(),
    stripeSubscriptionId: text(),
    currentPeriodEnd: timestamp({ withTimezone: true }),
    cancelAtPeriodEnd: boolean().notNull().default(false),
    pastDueSince: timestamp({ withTimezone: true }),
    /** The newest Stripe information applied: (event time, precedence, event id), so older never overwrites newer. */
    stripeVersion: text(),
    joinedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('memberships_user_id_key').on(t.userId),
    uniqueIndex('memberships_registration_key')
      .on(t.regulator, t.registrationNumber)
      .where(sql`registration_number is not null and status not in ('resigned', 'cancelled', 'lapsed')`),
    uniqueIndex('memberships_stripe_subscription_key').on(t.stripeSubscriptionId),
    index('memberships_stripe_customer_idx').on(t.stripeCustomerId),
    index('memberships_status_idx').on(t.status),
  ],
)

/** Dues received (paid subscription invoices). Kept after erasure for the accounts, without personal data. */
export const payments = pgTable('payments', {
  id: uuid().primaryKey().defaultRandom(),
  membershipId: uuid()
    .notNull()
    .references(() => memberships.id),
  stripeInvoiceId: text().notNull().unique(),
  amountPence: integer().notNull(),
  currency: text().notNull(),
  paidAt: timestamp({ withTimezone: true }).notNull(),
  periodEnd: timestamp({ withTimezone: true }),
})

export type Tier = typeof tiers.$inferSelect
export type Membership = typeof memberships.$inferSelect
export type MembershipStatus = (typeof membershipStatus.enumValues)[number]
export type Regulator = (typeof regulator.enumValues)[number]
export type Nation = (typeof nation.enumValues)[number]
export type PracticeArea = (typeof practiceArea.enumValues)[number]

import { and, asc, eq, gte, lt } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { memberships, payments, tiers, users } from '../../../db/schema/index.ts'
import { formatDate, formatPounds } from '~/i18n/format.ts'
import type { Locale } from '~/i18n/locale.ts'
import { membershipNumber } from './format.ts'
import { taxYear, taxYearOf } from './tax-year.ts'

/**
 * The membership fees a person paid to Chorus in one UK tax year, from the payments Chorus
 * recorded, as a member needs them to claim tax relief on a professional subscription.
 * Null when the person has never had a membership.
 */
/** Dates, amounts and the tax year's name in `locale` (default English). */
export async function getFeesStatement(db: Db, input: { userId: string; startYear: number; locale?: Locale }) {
  const locale = input.locale ?? 'en'
  const [row] = await db
    .select({ id: memberships.id, number: memberships.number, tierName: tiers.name, name: users.name })
    .from(memberships)
    .innerJoin(tiers, eq(tiers.id, memberships.tierId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.userId, input.userId))
  if (!row) return null
  const year = taxYear(input.startYear, locale)
  const paid = await db
    .select()
    .from(payments)
    .where(and(eq(payments.membershipId, row.id), gte(payments.paidAt, year.start), lt(payments.paidAt, year.end)))
    .orderBy(asc(payments.paidAt))
  const totalPence = paid.reduce((sum, p) => sum + p.amountPence, 0)
  return {
    name: row.name,
    membershipNumber: membershipNumber(row.number),
    tierName: row.tierName,
    taxYear: { startYear: year.startYear, label: year.label, hmrcName: year.hmrcName },
    payments: paid.map((p) => ({
      date: formatDate(locale, p.paidAt, 'long'),
      amount: formatPounds(locale, p.amountPence),
      amountPence: p.amountPence,
      reference: p.stripeInvoiceId,
      periodEnd: p.periodEnd ? formatDate(locale, p.periodEnd, 'long') : null,
    })),
    totalPence,
    total: formatPounds(locale, totalPence),
  }
}

/** The tax year a statement opens on: the current one. */
export function currentTaxYear(now = new Date()) {
  return taxYearOf(now)
}

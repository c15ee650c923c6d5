import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../../../db/client.server.ts'
import { memberships, tiers, users } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { DomainError } from '~/domain/errors.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'
import { membershipNumber } from './format.ts'
import { REGULATORS } from './registration.ts'
import { STATUS_LABELS } from './status.ts'

const PAGE_SIZE = 25

/** Filters of the officers' member list, read from the query string; anything unknown is dropped. */
/** Free text from a query string: control characters (which PostgreSQL cannot take) make it no filter at all. */
const typed = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\u0000-\u001f\u007f]*$/)
    .optional()
    .catch(undefined)

export const MemberFiltersSchema = z.object({
  q: typed(100),
  status: z.enum(['pending_payment', 'active', 'past_due', 'lapsed', 'cancelled', 'resigned']).optional().catch(undefined),
  tier: typed(40),
  nation: z.enum(['england', 'scotland', 'wales', 'northern_ireland']).optional().catch(undefined),
  branch: typed(80),
  verified: z.enum(['yes', 'no']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})
export type MemberFilters = z.output<typeof MemberFiltersSchema>

function whereFor(f: MemberFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    f.status ? eq(memberships.status, f.status) : undefined,
    f.tier ? eq(memberships.tierId, f.tier) : undefined,
    f.nation ? eq(memberships.nation, f.nation) : undefined,
    f.branch ? eq(memberships.branch, f.branch) : undefined,
    f.verified === 'yes' ? isNotNull(memberships.registrationVerifiedAt) : f.verified === 'no' ? isNull(memberships.registrationVerifiedAt) : undefined,
  ]
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    const number = /^(ch-?)?0*(\d+)$/i.exec(f.q)?.[2]
    conditions.push(or(ilike(users.name, like), ilike(users.email, like), ilike(memberships.registrationNumber, like), number ? eq(memberships.number, Number(number)) : undefined))
  }
  return and(...conditions.filter(Boolean))
}

const columns = {
  id: memberships.id,
  number: memberships.number,
  name: users.name,
  email: users.email,
  tier: tiers.name,
  status: memberships.status,
  regulator: memberships.regulator,
  registrationNumber: memberships.registrationNumber,
  verifiedAt: memberships.registrationVerifiedAt,
  nation: memberships.nation,
  branch: memberships.branch,
  sector: memberships.sector,
  joinedAt: memberships.joinedAt,
  currentPeriodEnd: memberships.currentPeriodEnd,
}

export async function listMembers(db: Db, filters: MemberFilters) {
  const where = whereFor(filters)
  const base = () => db.select(columns).from(memberships).innerJoin(tiers, eq(tiers.id, memberships.tierId)).leftJoin(users, eq(users.id, memberships.userId))
  const [rows, [{ total }]] = await Promise.all([
    base()
      .where(where)
      .orderBy(desc(memberships.number))
      .limit(PAGE_SIZE)
      .offset((filters.page - 1) * PAGE_SIZE),
    db.select({ total: count() }).from(memberships).leftJoin(users, eq(users.id, memberships.userId)).where(where),
  ])
  return { rows: rows.map(present), total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) }
}

function present(r: Awaited<ReturnType<typeof listMembersForExport>>[number]) {
  return {
    ...r,
    membershipNumber: membershipNumber(r.number),
    statusLabel: STATUS_LABELS[r.status],
    regulatorName: r.regulator ? REGULATORS[r.regulator].name : null,
  }
}

function listMembersForExport(db: Db, where: SQL | undefined) {
  return db.select(columns).from(memberships).innerJoin(tiers, eq(tiers.id, memberships.tierId)).leftJoin(users, eq(users.id, memberships.userId)).where(where).orderBy(asc(memberships.number))
}

const csvCell = (v: unknown) => {
  const s = v instanceof Date ? v.toISOString() : v === null || v === undefined ? '' : String(v)
  // A leading = + - @ would be a formula in a spreadsheet; quote it as text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

function toCsv(header: string[], rows: unknown[][]) {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

const CSV_HEADINGS = [
  msg('Membership number'),
  msg('Name'),
  msg('Email'),
  msg('Type'),
  msg('Status'),
  msg('Regulator'),
  msg('Registration number'),
  msg('Verified'),
  msg('Nation'),
  msg('Branch'),
  msg('Sector'),
  msg('Joined'),
  msg('Paid until'),
]

/** Every member matching the filters, for a spreadsheet, its headings and words in the officer's language. */
export async function exportMembersCsv(db: Db, filters: MemberFilters, locale: Locale = 'en') {
  const rows = (await listMembersForExport(db, whereFor(filters))).map(present)
  const t = (message: string) => translate(locale, message)
  return toCsv(
    CSV_HEADINGS.map((heading) => t(heading)),
    rows.map((r) => [
      r.membershipNumber,
      r.name,
      r.email,
      r.tier,
      t(r.statusLabel),
      r.regulatorName,
      r.registrationNumber,
      r.verifiedAt ? t(msg('yes')) : t(msg('no')),
      r.nation,
      r.branch,
      r.sector,
      r.joinedAt,
      r.currentPeriodEnd,
    ]),
  )
}

/** Registration numbers waiting for an officer: not verified, not already rejected, membership not ended. */
export async function listVerificationQueue(db: Db) {
  const rows = await db
    .select(columns)
    .from(memberships)
    .innerJoin(tiers, eq(tiers.id, memberships.tierId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        isNotNull(memberships.registrationNumber),
        isNull(memberships.registrationVerifiedAt),
        isNull(memberships.registrationRejectedReason),
        sql`${memberships.status} in ('active', 'past_due', 'pending_payment')`,
      ),
    )
    .orderBy(asc(memberships.createdAt))
    .limit(200)
  return rows.map(present)
}

export async function verifyRegistration(db: Db, input: { membershipId: string; officerId: string }) {
  return db.transaction(async (tx) => {
    const [m] = await tx.select().from(memberships).where(eq(memberships.id, input.membershipId)).for('update')
    if (!m) throw new DomainError('not_found', msg('No such membership'))
    if (!m.registrationNumber) throw new DomainError('invalid_state', msg('This membership has no registration number to verify'))
    if (m.registrationVerifiedAt) throw new DomainError('invalid_state', msg('This registration number is already verified'))
    const now = new Date()
    await tx.update(memberships).set({ registrationVerifiedAt: now, registrationVerifiedBy: input.officerId, registrationRejectedReason: null, updatedAt: now }).where(eq(memberships.id, m.id))
    await audit(tx, {
      actorId: input.officerId,
      action: 'membership.registration_verified',
      subjectType: 'membership',
      subjectId: m.id,
      before: { verified: false },
      after: { verified: true, regulator: m.regulator, registrationNumber: m.registrationNumber },
    })
  })
}

export async function rejectRegistration(db: Db, input: { membershipId: string; officerId: string; reason: string; baseUrl: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(eq(memberships.id, input.membershipId)).for('update', { of: memberships })
    if (!row) throw new DomainError('not_found', msg('No such membership'))
    const { memberships: m, users: user } = row
    if (!m.registrationNumber || !m.regulator) throw new DomainError('invalid_state', msg('This membership has no registration number to check'))
    if (m.registrationVerifiedAt) throw new DomainError('invalid_state', msg('This registration number is already verified'))
    await tx.update(memberships).set({ registrationRejectedReason: input.reason, updatedAt: new Date() }).where(eq(memberships.id, m.id))
    await enqueueEmail(tx, {
      template: 'registration-rejected',
      topic: 'membership',
      to: { email: user.email, name: user.name, userId: user.id },
      data: { regulatorName: REGULATORS[m.regulator].name, registrationNumber: m.registrationNumber, reason: input.reason, accountUrl: `${input.baseUrl}/account#membership` },
    })
    await audit(tx, {
      actorId: input.officerId,
      action: 'membership.registration_rejected',
      subjectType: 'membership',
      subjectId: m.id,
      after: { reason: input.reason },
    })
  })
}

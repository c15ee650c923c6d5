import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { memberMotions, memberships, motionSupports, tiers, users, type MemberMotion } from '../../../db/schema/index.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate, translateIfMessage } from '~/i18n/translate.ts'
import { isUuid } from '~/domain/ids.ts'
import { consumeRateLimits, LIMITS } from '~/domain/auth/rate-limit.server.ts'
import { votingEligibility } from '~/domain/membership/status.ts'
import { enqueueEmail } from '~/domain/outbox/enqueue.server.ts'
import { createBallot, scheduleBallot } from './ballots.server.ts'
import { inScope, isWholeBody, scopeOf, WHOLE_BODY, type BallotScope } from './scope.ts'

/** BASW's rule: a member motion needs 18 supporting members, proposer and seconder included. */
const MOTION_RULES = { supportThreshold: 18, responseDays: 28 }

/** The member behind a user, if they may take part in motions (the same test as voting) and, for a scoped motion, are within its scope. */
async function requireEligibleMember(db: Db, userId: string, now: Date, scope: BallotScope = WHOLE_BODY) {
  const [m] = await db
    .select({
      id: memberships.id,
      status: memberships.status,
      pastDueSince: memberships.pastDueSince,
      registrationVerifiedAt: memberships.registrationVerifiedAt,
      votingRights: tiers.votingRights,
      nation: memberships.nation,
      branch: memberships.branch,
      tierId: memberships.tierId,
    })
    .from(memberships)
    .innerJoin(tiers, eq(tiers.id, memberships.tierId))
    .where(eq(memberships.userId, userId))
  const eligibility = votingEligibility(m ? { ...m, tier: { votingRights: m.votingRights } } : null, now)
  if (!eligibility.eligible) throw new DomainError('forbidden', msg('Only members who can vote can propose, second or support motions. {reason}'), undefined, { reason: eligibility.reason })
  if (!inScope(scope, m))
    throw new DomainError('forbidden', msg('Only members who can vote can propose, second or support motions. {reason}'), undefined, {
      reason: msg('This motion is only for members within its scope, and your membership is outside it.'),
    })
  return m
}

/**
 * The refusal above carries the membership's own reason as a value; on a Welsh page that reason
 * is shown in Welsh too (when it is a message).
 */
export function withReasonIn(locale: Locale, error: unknown): unknown {
  if (!(error instanceof DomainError) || typeof error.values?.reason !== 'string') return error
  return new DomainError(error.code, error.message, error.field, { ...error.values, reason: translateIfMessage(locale, error.values.reason) })
}

/**
 * A member proposes a motion, for the whole membership or for the members of chosen nations,
 * branches or tiers (a national committee's motion), the scope a ballot takes. The proposer must
 * be within it; only members within it may second, support and, later, vote.
 */
export async function proposeMotion(db: Db, input: { userId: string; title: string; text: string; rationale: string; scope?: BallotScope; now?: Date; rules?: typeof MOTION_RULES }) {
  const now = input.now ?? new Date()
  const rules = input.rules ?? MOTION_RULES
  const scope = input.scope ?? WHOLE_BODY
  if (scope.tiers.length) {
    const known = new Set((await db.select({ id: tiers.id }).from(tiers).where(inArray(tiers.id, scope.tiers))).map((t) => t.id))
    if (scope.tiers.some((id) => !known.has(id))) throw new DomainError('invalid_input', msg('Choose tiers from the list'), 'scopeTiers')
  }
  const member = await requireEligibleMember(db, input.userId, now)
  if (!inScope(scope, member))
    throw new DomainError('invalid_input', msg('Your own membership must be within the members you choose: you can propose a motion only for members you are among.'), 'scopeNations')
  return db.transaction(async (tx) => {
    const [motion] = await tx
      .insert(memberMotions)
      .values({
        title: input.title,
        text: input.text,
        rationale: input.rationale,
        proposerId: member.id,
        supportThreshold: rules.supportThreshold,
        supportCount: 1,
        scopeNations: scope.nations,
        scopeBranches: scope.branches,
        scopeTiers: scope.tiers,
      })
      .returning()
    await tx.insert(motionSupports).values({ motionId: motion.id, membershipId: member.id })
    await audit(tx, { actorId: input.userId, action: 'motion.propose', subjectType: 'member_motion', subjectId: motion.id, after: { title: motion.title, scope } })
    return motion
  })
}

/**
 * Seconds or supports a motion. The seconder counts as a supporter; support is one per member
 * (the table's key). When the motion is seconded and reaches its threshold, officers are told and
 * given a date to answer by.
 */
export async function backMotion(db: Db, input: { userId: string; motionId: string; as: 'seconder' | 'supporter'; baseUrl: string; now?: Date; rules?: typeof MOTION_RULES }) {
  const now = input.now ?? new Date()
  const rules = input.rules ?? MOTION_RULES
  if (!isUuid(input.motionId)) throw new DomainError('not_found', msg('No such motion'))
  const [found] = await db
    .select({ scopeNations: memberMotions.scopeNations, scopeBranches: memberMotions.scopeBranches, scopeTiers: memberMotions.scopeTiers })
    .from(memberMotions)
    .where(eq(memberMotions.id, input.motionId))
  if (!found) throw new DomainError('not_found', msg('No such motion'))
  const member = await requireEligibleMember(db, input.userId, now, scopeOf(found))
  await consumeRateLimits(db, [{ key: `motion-backing:account:${input.userId}`, ...LIMITS.motionBackingPerAccount }], now)
  return db.transaction(async (tx) => {
    const [motion] = await tx.select().from(memberMotions).where(eq(memberMotions.id, input.motionId)).for('update')
    if (!motion) throw new DomainError('not_found', msg('No such motion'))
    if (motion.status !== 'gathering') throw new DomainError('invalid_state', msg('This motion is no longer gathering support'))
    if (input.as === 'seconder') {
      if (motion.seconderId) throw new DomainError('conflict', msg('This motion already has a seconder. You can support it instead.'))
      if (motion.proposerId === member.id) throw new DomainError('conflict', msg('You proposed this motion; someone else must second it.'))
    }
    const [added] = await tx.insert(motionSupports).values({ motionId: motion.id, membershipId: member.id }).onConflictDoNothing().returning()
    if (!added && input.as === 'supporter') throw new DomainError('conflict', msg('You already support this motion.'))
    const supportCount = motion.supportCount + (added ? 1 : 0)
    const seconderId = input.as === 'seconder' ? member.id : motion.seconderId
    const reached = Boolean(seconderId) && supportCount >= motion.supportThreshold
    const [updated] = await tx
      .update(memberMotions)
      .set({
        supportCount,
        seconderId,
        ...(reached ? { status: 'awaiting_officers' as const, thresholdReachedAt: now, respondBy: new Date(now.getTime() + rules.responseDays * 86_400_000) } : {}),
      })
      .where(eq(memberMotions.id, motion.id))
      .returning()
    await audit(tx, { actorId: input.userId, action: input.as === 'seconder' ? 'motion.second' : 'motion.support', subjectType: 'member_motion', subjectId: motion.id, after: { supportCount } })
    if (reached) {
      const officers = await tx
        .select({ email: users.email, name: users.name, userId: users.id })
        .from(users)
        .where(inArray(users.role, ['officer', 'admin']))
      if (officers.length) {
        await enqueueEmail(tx, {
          template: 'motion-needs-officers',
          to: officers,
          data: { title: motion.title, supporters: supportCount, respondBy: updated.respondBy!.toISOString(), motionUrl: `${input.baseUrl}/motions/${motion.id}` },
          dedupeKey: `motion-threshold:${motion.id}`,
        })
      }
      await audit(tx, { actorId: null, action: 'motion.threshold_reached', subjectType: 'member_motion', subjectId: motion.id, after: { supportCount, respondBy: updated.respondBy } })
    }
    return updated
  })
}

/**
 * Officers put a supported motion to the members: a motion ballot is created and scheduled. A
 * motion proposed for chosen members goes to exactly those members; officers choose the scope
 * only for a motion proposed to the whole membership (as before scoped proposals existed).
 */
export async function scheduleMemberMotion(db: Db, input: { officerId: string; motionId: string; opensAt: Date; closesAt: Date; threshold: 'simple' | 'two_thirds'; scope?: BallotScope }) {
  if (!isUuid(input.motionId)) throw new DomainError('not_found', msg('No such motion'))
  const [motion] = await db.select().from(memberMotions).where(eq(memberMotions.id, input.motionId))
  if (!motion) throw new DomainError('not_found', msg('No such motion'))
  if (motion.status !== 'awaiting_officers') throw new DomainError('invalid_state', msg('Only a motion that has reached its support can be scheduled'))
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(memberMotions).where(eq(memberMotions.id, motion.id)).for('update')
    if (locked.status !== 'awaiting_officers') throw new DomainError('invalid_state', msg('Another officer has already acted on this motion'))
    const proposed = scopeOf(locked)
    if (!isWholeBody(proposed) && input.scope && !isWholeBody(input.scope) && !sameScope(proposed, input.scope)) {
      throw new DomainError('invalid_input', msg('This motion was proposed for chosen members; its ballot goes to exactly those members.'), 'scopeNations')
    }
    const scope = isWholeBody(proposed) ? input.scope : proposed
    const ballot = await createBallot(tx, {
      actorId: input.officerId,
      kind: 'motion',
      title: translate('en', msg('Member motion: {title}'), { title: motion.title }),
      description: `${motion.text}\n\nRationale: ${motion.rationale}`,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      threshold: input.threshold,
      scope,
    })
    await scheduleBallot(tx, { ballotId: ballot.id, actorId: input.officerId })
    await tx.update(memberMotions).set({ status: 'scheduled', ballotId: ballot.id }).where(eq(memberMotions.id, motion.id))
    await audit(tx, { actorId: input.officerId, action: 'motion.schedule', subjectType: 'member_motion', subjectId: motion.id, after: { ballotId: ballot.id } })
    return ballot
  })
}

/** Officers answer publicly why a supported motion will not go to a ballot. */
export async function declineMemberMotion(db: Db, input: { officerId: string; motionId: string; response: string }) {
  if (!isUuid(input.motionId)) throw new DomainError('not_found', msg('No such motion'))
  return db.transaction(async (tx) => {
    const [motion] = await tx.select().from(memberMotions).where(eq(memberMotions.id, input.motionId)).for('update')
    if (!motion) throw new DomainError('not_found', msg('No such motion'))
    if (motion.status !== 'awaiting_officers') throw new DomainError('invalid_state', msg('Only a motion that has reached its support can be answered'))
    await tx.update(memberMotions).set({ status: 'declined', response: input.response }).where(eq(memberMotions.id, motion.id))
    await audit(tx, { actorId: input.officerId, action: 'motion.decline', subjectType: 'member_motion', subjectId: motion.id, after: { response: input.response } })
  })
}

const sameScope = (a: BallotScope, b: BallotScope) => {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((v) => y.some((w) => w.toLowerCase() === v.toLowerCase()))
  return same(a.nations, b.nations) && same(a.branches, b.branches) && same(a.tiers, b.tiers)
}

export function listMemberMotions(db: Db) {
  return db.select().from(memberMotions).orderBy(desc(memberMotions.createdAt)).limit(100)
}

export async function getMemberMotion(db: Db, id: string, userId?: string): Promise<(MemberMotion & { supportedByYou: boolean }) | null> {
  if (!isUuid(id)) return null
  const [motion] = await db.select().from(memberMotions).where(eq(memberMotions.id, id))
  if (!motion) return null
  let supportedByYou = false
  if (userId) {
    const [row] = await db
      .select({ one: sql`1` })
      .from(motionSupports)
      .innerJoin(memberships, eq(memberships.id, motionSupports.membershipId))
      .where(and(eq(motionSupports.motionId, id), eq(memberships.userId, userId)))
    supportedByYou = Boolean(row)
  }
  return { ...motion, supportedByYou }
}

import { lt, sql } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { rateLimits } from '../../../db/schema/index.ts'
import { DomainError } from '~/domain/errors.ts'
import { msg } from '~/i18n/translate.ts'
import { pruneThrottles } from './throttle.server.ts'

export interface Limit {
  /** e.g. `login:ip:203.0.113.9` */
  key: string
  max: number
  windowSeconds: number
}

/**
 * Fixed windows for actions of signed-in people. Sign-in, sign-up, reset and subscriptions use
 * growing delays instead (throttle.server.ts), which a stranger cannot turn into a lock-out.
 */
export const LIMITS = {
  /** Each attempt to join starts a checkout with the payment provider. */
  joinPerAccount: { max: 10, windowSeconds: 60 * 60 },
  /** Far more than anyone backs by hand; stops a script walking every motion. */
  motionBackingPerAccount: { max: 30, windowSeconds: 60 * 60 },
} as const

/**
 * Counts one attempt against each limit in the database (so every app instance shares the
 * count) and throws `rate_limited` once any is exceeded.
 */
export async function consumeRateLimits(db: Db, limits: Limit[], now = new Date()) {
  for (const limit of limits) {
    const windowMs = limit.windowSeconds * 1000
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs)
    const [row] = await db
      .insert(rateLimits)
      .values({ key: limit.key, windowStart, hits: 1 })
      .onConflictDoUpdate({
        target: [rateLimits.key, rateLimits.windowStart],
        set: { hits: sql`${rateLimits.hits} + 1` },
      })
      .returning({ hits: rateLimits.hits })
    if (row.hits > limit.max) {
      const retryMinutes = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 60000)
      throw new DomainError('rate_limited', msg('Too many attempts. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.'), undefined, { minutes: retryMinutes })
    }
  }
}

/** Old windows are useless; the worker calls this now and then. */
export async function pruneRateLimits(db: Db, now = new Date()) {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - 24 * 3600 * 1000)))
  await pruneThrottles(db, now)
}

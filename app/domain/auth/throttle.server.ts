import { createHash } from 'node:crypto'
import { inArray, lt, sql, and, like, not } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { rateLimits, throttles } from '../../../db/schema/index.ts'
import { DomainError } from '~/domain/errors.ts'
import { msg } from '~/i18n/translate.ts'

/**
 * Growing delays instead of lock-outs (OWASP ASVS V2.2, NIST SP 800-63B §5.2.2). Each key allows
 * `free` attempts; after that every attempt must wait `FIRST_DELAY_SECONDS`, then twice as long
 * each time, since the one before, up to `maxDelaySeconds`. Attempts refused while waiting are not counted, so whoever waits the delay
 * gets through: a stranger can slow an account down, never close it. A key left alone for
 * `forgetSeconds` starts afresh. The state is in PostgreSQL, shared by every server.
 */
export interface Throttle {
  key: string
  free: number
  maxDelaySeconds: number
  forgetSeconds: number
}

export const THROTTLES = {
  /** One account from one address: always applies, even to an address the owner signed in from. */
  loginPair: { free: 5, maxDelaySeconds: 15 * 60, forgetSeconds: 6 * 3600 },
  /** One account from anywhere: applies to addresses that never signed in to it. */
  loginAccount: { free: 10, maxDelaySeconds: 15 * 60, forgetSeconds: 6 * 3600 },
  /** One address trying many accounts (credential stuffing). */
  loginAddress: { free: 50, maxDelaySeconds: 15 * 60, forgetSeconds: 6 * 3600 },
  signupAddress: { free: 10, maxDelaySeconds: 3600, forgetSeconds: 6 * 3600 },
  /** Each address gets a handful of sign-up or registration emails, whoever asks. */
  signupEmail: { free: 3, maxDelaySeconds: 3600, forgetSeconds: 24 * 3600 },
  resetEmail: { free: 3, maxDelaySeconds: 3600, forgetSeconds: 24 * 3600 },
  resetAddress: { free: 20, maxDelaySeconds: 3600, forgetSeconds: 6 * 3600 },
  subscribeEmail: { free: 3, maxDelaySeconds: 3600, forgetSeconds: 24 * 3600 },
  subscribeAddress: { free: 3, maxDelaySeconds: 3600, forgetSeconds: 6 * 3600 },
} as const satisfies Record<string, Omit<Throttle, 'key'>>

/**
 * Failed sign-ins across the whole site per 15 minutes above which sign-ins from addresses new to
 * an account get one free try per account instead of ten (a distributed attack is slowed; owners
 * signing in from an address they used before are not affected).
 */
export const GLOBAL_LOGIN_FAILURES = 1000
const GLOBAL_WINDOW_MS = 15 * 60 * 1000

/** How long a successful sign-in makes its address known to the account. */
const KNOWN_FOR_MS = 90 * 86_400_000

/** Whether `address` identifies a client. Without it every client would share one bucket. */
const isKnownAddress = (address: string) => address !== 'unknown' && address !== ''

/**
 * The bucket for an address: IPv6 clients usually hold a whole /64, so it counts as one address.
 * Hashed so the table keeps no addresses.
 */
function addressBucket(address: string) {
  let bucket = address
  if (address.includes(':')) {
    const [head, tail = ''] = address.split('::')
    const left = head ? head.split(':') : []
    const right = address.includes('::') && tail ? tail.split(':') : []
    const groups = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left
    bucket = `${groups
      .slice(0, 4)
      .map((g) => g.replace(/^0+(?=.)/, ''))
      .join(':')}::/64`
  }
  return createHash('sha256').update(bucket).digest('base64url').slice(0, 22)
}

const keyPart = (value: string) => createHash('sha256').update(value.toLowerCase()).digest('base64url').slice(0, 22)

class Throttled extends Error {
  constructor(readonly key: Throttle) {
    super('throttled')
  }
}

/** Longer than one attempt takes even on a busy server, so the first delay is felt by a script. */
export const FIRST_DELAY_SECONDS = 5

function delaySeconds(throttle: Throttle, hits: number) {
  return Math.min(throttle.maxDelaySeconds, FIRST_DELAY_SECONDS * 2 ** (hits - throttle.free))
}

/**
 * Counts one attempt against every throttle, or none of them: when any says wait, nothing is
 * counted and `rate_limited` says for how long. Keys are taken in a fixed order so concurrent
 * attempts lock rows alike and never deadlock.
 */
export async function admit(db: Db, list: Throttle[], now = new Date()) {
  const sorted = [...list].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  try {
    await db.transaction(async (tx) => {
      for (const t of sorted) {
        const forgotten = new Date(now.getTime() - t.forgetSeconds * 1000)
        const rows = await tx.execute(sql`
          insert into ${throttles} (key, hits, last_at) values (${t.key}, 1, ${now.toISOString()}::timestamptz)
          on conflict (key) do update set
            hits = case when ${throttles.lastAt} < ${forgotten.toISOString()}::timestamptz then 1 else ${throttles.hits} + 1 end,
            last_at = excluded.last_at
          where ${throttles.lastAt} < ${forgotten.toISOString()}::timestamptz
            or ${throttles.hits} < ${t.free}
            or ${throttles.lastAt} + least(${t.maxDelaySeconds}, ${FIRST_DELAY_SECONDS} * power(2, ${throttles.hits} - ${t.free})) * interval '1 second' <= ${now.toISOString()}::timestamptz
          returning hits`)
        if (rowsOf(rows).length === 0) throw new Throttled(t)
      }
    })
  } catch (error) {
    if (!(error instanceof Throttled)) throw error
    const [row] = await db
      .select()
      .from(throttles)
      .where(inArray(throttles.key, [error.key.key]))
    const wait = row ? Math.max(1, Math.ceil((row.lastAt.getTime() + delaySeconds(error.key, row.hits) * 1000 - now.getTime()) / 1000)) : 1
    throw wait < 60
      ? new DomainError('rate_limited', msg('Too many attempts. Wait {seconds, plural, one {# second} other {# seconds}} and try again.'), undefined, { seconds: wait })
      : new DomainError('rate_limited', msg('Too many attempts. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.'), undefined, { minutes: Math.ceil(wait / 60) })
  }
}

function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result)) return result
  return (result as { rows?: unknown[] }).rows ?? []
}

/** Takes back attempts that turned out to be the owner's (a successful sign-in never counts). */
export async function refund(db: Db, keys: string[]) {
  if (keys.length === 0) return
  await db
    .update(throttles)
    .set({ hits: sql`greatest(${throttles.hits} - 1, 0)` })
    .where(inArray(throttles.key, keys))
}

const knownKey = (email: string, address: string) => `known:${keyPart(email)}:${addressBucket(address)}`

/** Throttles for one sign-in attempt, fewer when this address has signed in to this account before. */
export async function loginThrottles(db: Db, input: { email: string; address: string; now?: Date }): Promise<Throttle[]> {
  const now = input.now ?? new Date()
  const account = keyPart(input.email)
  const hasAddress = isKnownAddress(input.address)
  const address = addressBucket(input.address)
  const pair: Throttle = { key: `login:pair:${account}:${address}`, ...THROTTLES.loginPair }
  const [known, failures] = await Promise.all([
    db
      .select({ lastAt: throttles.lastAt })
      .from(throttles)
      .where(inArray(throttles.key, [knownKey(input.email, input.address)])),
    db
      .select({ hits: rateLimits.hits })
      .from(rateLimits)
      .where(and(inArray(rateLimits.key, ['login:failures']), sql`${rateLimits.windowStart} = ${windowStart(now).toISOString()}::timestamptz`)),
  ])
  if (hasAddress && known[0] && known[0].lastAt.getTime() > now.getTime() - KNOWN_FOR_MS) return [pair]
  const busy = (failures[0]?.hits ?? 0) > GLOBAL_LOGIN_FAILURES
  const list: Throttle[] = [pair, { key: `login:account:${account}`, ...THROTTLES.loginAccount, free: busy ? 1 : THROTTLES.loginAccount.free }]
  // An address shared by every client would let one stranger slow everyone's sign-in.
  if (hasAddress) list.push({ key: `login:address:${address}`, ...THROTTLES.loginAddress })
  return list
}

const windowStart = (now: Date) => new Date(Math.floor(now.getTime() / GLOBAL_WINDOW_MS) * GLOBAL_WINDOW_MS)

/** A failed sign-in counts towards the site-wide figure. */
export async function recordLoginFailure(db: Db, now = new Date()) {
  await db
    .insert(rateLimits)
    .values({ key: 'login:failures', windowStart: windowStart(now), hits: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { hits: sql`${rateLimits.hits} + 1` } })
}

/** A successful sign-in: its attempt is taken back and its address becomes known to the account. */
export async function recordLoginSuccess(db: Db, input: { email: string; address: string; admitted: Throttle[]; now?: Date }) {
  const now = input.now ?? new Date()
  await refund(
    db,
    input.admitted.map((t) => t.key),
  )
  if (!isKnownAddress(input.address)) return
  await db
    .insert(throttles)
    .values({ key: knownKey(input.email, input.address), hits: 0, lastAt: now })
    .onConflictDoUpdate({ target: throttles.key, set: { lastAt: now } })
}

/** Throttles for sending mail to `email` on behalf of a client at `address`. */
export function mailThrottles(kind: 'signup' | 'reset' | 'subscribe', input: { email: string; address: string }): Throttle[] {
  const limits = {
    signup: [THROTTLES.signupEmail, THROTTLES.signupAddress],
    reset: [THROTTLES.resetEmail, THROTTLES.resetAddress],
    subscribe: [THROTTLES.subscribeEmail, THROTTLES.subscribeAddress],
  }[kind]
  const list: Throttle[] = [{ key: `${kind}:email:${keyPart(input.email)}`, ...limits[0] }]
  if (isKnownAddress(input.address)) list.push({ key: `${kind}:address:${addressBucket(input.address)}`, ...limits[1] })
  return list
}

/** Throttle rows nobody has touched for a day are forgotten; known addresses after 90 days. */
export async function pruneThrottles(db: Db, now = new Date()) {
  await db.delete(throttles).where(and(lt(throttles.lastAt, new Date(now.getTime() - 86_400_000)), not(like(throttles.key, 'known:%'))))
  await db.delete(throttles).where(lt(throttles.lastAt, new Date(now.getTime() - KNOWN_FOR_MS)))
}

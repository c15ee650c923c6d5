import { randomBytes } from 'node:crypto'
import { createCookie } from '@remix-run/node'
import type { Db } from '../../db/client.server.ts'
import { memberships, sessions, users } from '../../db/schema/index.ts'

/** The session secret the benchmarks' servers are started with, so cookies can be signed here. */
export const BENCH_SESSION_SECRET = 'chorus-bench-session-secret-0123456789abcdef'

const CHUNK = 1000

/**
 * `count` people made straight in the database (signing thousands in through the login form
 * would spend minutes on password hashing), each signed in: with `members`, an active verified
 * membership each, registration numbers counting up from `members.registrationFrom`. Returns
 * their ids and the cookies to send, signed as the servers sign them.
 */
export async function seedSignedIn(db: Db, input: { count: number; label: string; members?: { registrationFrom: number; branch: string } }) {
  const stamp = Date.now()
  const ids: string[] = []
  for (let start = 0; start < input.count; start += CHUNK) {
    const people = await db
      .insert(users)
      .values(
        Array.from({ length: Math.min(CHUNK, input.count - start) }, (_, i) => ({
          email: `${input.label}${start + i}-${stamp}@bench.test`,
          name: `Bench ${input.label} ${start + i}`,
          passwordHash: 'not-a-login',
          emailVerifiedAt: new Date(),
        })),
      )
      .returning({ id: users.id })
    const members = input.members
    if (members) {
      await db.insert(memberships).values(
        people.map((p, i) => ({
          userId: p.id,
          tierId: 'full',
          status: 'active' as const,
          regulator: 'swe' as const,
          registrationNumber: `SW${members.registrationFrom + start + i}`,
          registrationVerifiedAt: new Date(),
          nation: 'england' as const,
          branch: members.branch,
          sector: 'children',
        })),
      )
    }
    ids.push(...people.map((p) => p.id))
  }
  const sessionIds = ids.map(() => randomBytes(32).toString('base64url'))
  for (let start = 0; start < ids.length; start += CHUNK) {
    await db.insert(sessions).values(ids.slice(start, start + CHUNK).map((userId, i) => ({ id: sessionIds[start + i], userId, expiresAt: new Date(Date.now() + 3600_000) })))
  }
  const cookie = createCookie('chorus_session', { secrets: [BENCH_SESSION_SECRET], path: '/' })
  const cookies = await Promise.all(sessionIds.map(async (id) => (await cookie.serialize(id)).split(';')[0]))
  return { ids, cookies }
}

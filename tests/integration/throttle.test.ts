import { describe, expect, it } from 'vitest'
import { FIRST_DELAY_SECONDS, GLOBAL_LOGIN_FAILURES, THROTTLES } from '../../app/domain/auth/throttle.server.ts'
import * as forgot from '../../app/routes/forgot-password.tsx'
import * as login from '../../app/routes/login.tsx'
import { rateLimits } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { KEEP, LEAVE, staysOn } from '../helpers/redirect-corpus.ts'
import { callRoute, createUser, ORIGIN } from '../helpers/routes.ts'

const from = (remoteAddress: string) => ({ remoteAddress })
const signIn = (email: string, password: string, address?: string, extra: Record<string, string> = {}) =>
  callRoute(login.action, { form: { email, password, ...extra }, context: address ? from(address) : undefined })

describe('sign-in throttling that strangers cannot turn against the owner', () => {
  const t = useTestDb()

  it('a stranger failing again and again at an account does not stop its owner signing in from an address used before', async () => {
    const owner = await createUser(t.db, { password: 'the owner password' })
    expect((await signIn(owner.email, 'the owner password', '198.51.100.20')).status).toBe(302)
    const refused: number[] = []
    for (let i = 0; i < 30; i++) refused.push((await signIn(owner.email, `guess ${i}`, `203.0.113.${i % 3}`)).status)
    // The stranger is slowed down: after the free tries, guesses are refused without being checked.
    expect(refused.filter((s) => s === 429).length).toBeGreaterThan(15)
    const res = await signIn(owner.email, 'the owner password', '198.51.100.20')
    expect(res.status).toBe(302)
    expect(res.headers.get('set-cookie')).toMatch(/chorus_session=/)
  })

  it('successful sign-ins never count: the owner signs in 30 times in a row from one address', async () => {
    const owner = await createUser(t.db, { password: 'the owner password' })
    for (let i = 0; i < 30; i++) expect((await signIn(owner.email, 'the owner password', '198.51.100.21')).status).toBe(302)
    // …and still has every free try left for typos.
    for (let i = 0; i < THROTTLES.loginPair.free; i++) expect((await signIn(owner.email, 'a typo', '198.51.100.21')).status).toBe(400)
  })

  it('a hundred failures for made-up accounts lock nobody else out, even when every client shares one address', async () => {
    const owner = await createUser(t.db, { password: 'the owner password' })
    for (let i = 0; i < 100; i++) expect((await signIn(`made-up-${i}@example.test`, 'whatever it is')).status).toBe(400)
    expect((await signIn(owner.email, 'the owner password')).status).toBe(302)
    for (let i = 0; i < 60; i++) await signIn(`made-up-${i}@example.test`, 'whatever it is', '203.0.113.66')
    expect((await signIn(owner.email, 'the owner password', '198.51.100.22')).status).toBe(302)
  })

  it('one address spraying many accounts is slowed down per address', async () => {
    const statuses: number[] = []
    for (let i = 0; i < THROTTLES.loginAddress.free + 3; i++) statuses.push((await signIn(`spray-${i}@example.test`, 'whatever it is', '203.0.113.77')).status)
    expect(statuses.slice(0, THROTTLES.loginAddress.free).every((s) => s === 400)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  it('when failures site-wide are high, new addresses get one try per account; the owner from a known address is unaffected', async () => {
    const owner = await createUser(t.db, { password: 'the owner password' })
    expect((await signIn(owner.email, 'the owner password', '198.51.100.23')).status).toBe(302)
    const now = new Date()
    const windowStart = new Date(Math.floor(now.getTime() / (15 * 60_000)) * 15 * 60_000)
    await t.db.insert(rateLimits).values({ key: 'login:failures', windowStart, hits: GLOBAL_LOGIN_FAILURES + 1 })
    expect((await signIn(owner.email, 'guess one', '203.0.113.90')).status).toBe(400)
    expect((await signIn(owner.email, 'guess two', '203.0.113.91')).status).toBe(429)
    expect((await signIn(owner.email, 'the owner password', '198.51.100.23')).status).toBe(302)
  })

  it('the delay grows and then lets the next attempt through (a delay, never a lock-out)', async () => {
    const owner = await createUser(t.db, { password: 'the owner password' })
    for (let i = 0; i < THROTTLES.loginPair.free; i++) expect((await signIn(owner.email, `guess ${i}`, '203.0.113.95')).status).toBe(400)
    const slowed = await signIn(owner.email, 'the owner password', '203.0.113.95')
    expect(slowed.status).toBe(429)
    expect(JSON.stringify(slowed.body)).toMatch(/Wait [1-5] seconds? and try again/)
    await new Promise((r) => setTimeout(r, FIRST_DELAY_SECONDS * 1000 + 100))
    expect((await signIn(owner.email, 'the owner password', '203.0.113.95')).status).toBe(302)
  })
})

describe('redirect targets through the sign-in page', () => {
  const t = useTestDb()

  it(`never leaves the site and never fails, for ${LEAVE.length + KEEP.length} targets`, async () => {
    const owner = await createUser(t.db, { password: 'the owner password' })
    for (const target of [...LEAVE, ...KEEP.map(([k]) => k)]) {
      const res = await signIn(owner.email, 'the owner password', '198.51.100.30', { redirectTo: target })
      // Control characters in a form field are refused as unreadable input (400, nothing done).
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(target)) {
        expect(res.status, JSON.stringify(target)).toBe(400)
        continue
      }
      expect(res.status, JSON.stringify(target)).toBe(302)
      expect(staysOn(ORIGIN, res.headers.get('location')), `${JSON.stringify(target)} → ${res.headers.get('location')}`).toBe(true)
      if (LEAVE.includes(target)) expect(res.headers.get('location')).toBe('/account')
      const cookie = res.headers.get('set-cookie')!.split(';')[0]
      const page = await callRoute(login.loader, { path: `/login?redirectTo=${encodeURIComponent(target)}`, cookie })
      expect(page.status, JSON.stringify(target)).toBe(302)
      expect(staysOn(ORIGIN, page.headers.get('location'))).toBe(true)
    }
  })
})

describe('no account enumeration by timing', () => {
  const t = useTestDb()
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  /** Half the spread between the quartiles of both samples: how much single tries differ anyway. */
  const noise = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b)
    return s[Math.floor(s.length * 0.75)] - s[Math.floor(s.length * 0.25)]
  }
  const time = async (fn: () => Promise<unknown>) => {
    const started = performance.now()
    await fn()
    return performance.now() - started
  }

  it('a password reset takes as long for an address with an account as for one without', async () => {
    const TRIES = 16
    const people = await Promise.all(Array.from({ length: TRIES }, () => createUser(t.db)))
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < TRIES; i++) {
      known.push(await time(() => callRoute(forgot.action, { form: { email: people[i].email }, context: from(`203.0.113.${i}`) })))
      unknown.push(await time(() => callRoute(forgot.action, { form: { email: `nobody-${i}@example.test` }, context: from(`203.0.114.${i}`) })))
    }
    const difference = Math.abs(median(known) - median(unknown))
    console.log(`reset: median ${median(known).toFixed(1)} ms with an account, ${median(unknown).toFixed(1)} ms without; noise ${noise([...known, ...unknown]).toFixed(1)} ms`)
    expect(difference).toBeLessThan(Math.max(noise([...known, ...unknown]), 5))
  })

  it('a failed sign-in takes as long for an address with an account as for one without', async () => {
    const TRIES = 16
    const people = await Promise.all(Array.from({ length: TRIES }, () => createUser(t.db, { password: 'the owner password' })))
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < TRIES; i++) {
      known.push(await time(() => signIn(people[i].email, 'not the password', `203.0.115.${i}`)))
      unknown.push(await time(() => signIn(`nobody-${i}@example.test`, 'not the password', `203.0.116.${i}`)))
    }
    const difference = Math.abs(median(known) - median(unknown))
    console.log(`sign-in: median ${median(known).toFixed(1)} ms with an account, ${median(unknown).toFixed(1)} ms without; noise ${noise([...known, ...unknown]).toFixed(1)} ms`)
    expect(difference).toBeLessThan(Math.max(noise([...known, ...unknown]), 5))
  })
})

import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { loader as rootLoader } from '../../app/root.tsx'
import { loader as accountLoader } from '../../app/routes/account._index.tsx'
import { getUser, requireUser } from '../../app/utils/session.server.ts'
import { sessions, users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { ORIGIN, signedInAs } from '../helpers/routes.ts'

const page = (cookie: string) => new Request(`${ORIGIN}/account`, { headers: { cookie } })

describe('who is signed in, looked up once per page load', () => {
  const t = useTestDb()

  it('the root and page loaders of one request share the lookup, and both see the member', async () => {
    const { cookie, user } = await signedInAs(t.db, 'member')
    const context = {}
    const [a, b] = [getUser(page(cookie), context), requireUser(page(cookie), context)]
    expect((await a)?.id).toBe(user.id)
    expect((await b).id).toBe(user.id)
    const [root, account] = await Promise.all([rootLoader({ request: page(cookie), params: {}, context }), accountLoader({ request: page(cookie), params: {}, context })])
    expect(root.data.user?.email).toBe(user.email)
    expect(account.user.email).toBe(user.email)
  })

  it('a revoked session is refused on the very next request, even with the same load context', async () => {
    const { cookie } = await signedInAs(t.db, 'member')
    const context = {}
    expect(await getUser(page(cookie), context)).not.toBeNull()
    await t.db.delete(sessions)
    expect(await getUser(page(cookie), context)).toBeNull()
    const refused = await accountLoader({ request: page(cookie), params: {}, context }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(Response)
    expect((refused as Response).headers.get('location')).toMatch(/^\/login\?redirectTo=/)
  })

  it('a role change shows on the next request', async () => {
    const { cookie, user } = await signedInAs(t.db, 'member')
    const context = {}
    expect((await getUser(page(cookie), context))?.role).toBe('member')
    await t.db.update(users).set({ role: 'officer' }).where(eq(users.id, user.id))
    expect((await getUser(page(cookie), context))?.role).toBe('officer')
  })

  it('two members loading at once each get their own account', async () => {
    const [one, two] = await Promise.all([signedInAs(t.db, 'member'), signedInAs(t.db, 'member')])
    const context = {}
    const [a, b] = await Promise.all([getUser(page(one.cookie), context), getUser(page(two.cookie), context)])
    expect(a?.id).toBe(one.user.id)
    expect(b?.id).toBe(two.user.id)
  })
})

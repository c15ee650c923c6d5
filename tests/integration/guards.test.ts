import { readdirSync } from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { sessions } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute, createUser, signedInAs } from '../helpers/routes.ts'

const routesDir = path.resolve('app/routes')

/** Every officer and admin route module that exists, found on disk so new ones are covered too. */
const guarded = readdirSync(routesDir)
  .filter((file) => /^(officer|admin)[._]/.test(file) && !file.includes('.test.'))
  .map((file) => ({ file, area: file.startsWith('admin') ? ('admin' as const) : ('officer' as const) }))

const params = { id: '00000000-0000-4000-8000-000000000000', slug: 'example' }

describe('role guards on every officer and admin route', () => {
  const t = useTestDb()

  it('finds the officer and admin routes', () => {
    expect(guarded.map((g) => g.file)).toEqual(expect.arrayContaining(['officer._index.tsx', 'admin._index.tsx', 'admin.users.tsx']))
  })

  for (const { file, area } of guarded) {
    describe(file, () => {
      const load = async () => (await import(path.join(routesDir, file))) as Record<string, unknown>
      const handlers = async () => {
        const mod = await load()
        return (['loader', 'action'] as const).filter((name) => typeof mod[name] === 'function').map((name) => ({ name, fn: mod[name] as never }))
      }

      it('sends an anonymous visitor to the login page', async () => {
        for (const { name, fn } of await handlers()) {
          const res = await callRoute(fn, { path: `/${area}`, params, form: name === 'action' ? {} : undefined })
          expect(res.status, name).toBe(302)
          expect(res.headers.get('location'), name).toMatch(/^\/login\?redirectTo=/)
        }
      })

      const refused = area === 'admin' ? (['member', 'journalist', 'officer'] as const) : (['member', 'journalist'] as const)
      for (const role of refused) {
        it(`refuses a ${role} with 403`, async () => {
          const { cookie } = await signedInAs(t.db, role)
          for (const { name, fn } of await handlers()) {
            const res = await callRoute(fn, { path: `/${area}`, params, cookie, form: name === 'action' ? {} : undefined })
            expect(res.status, name).toBe(403)
          }
        })
      }

      it('refuses a forged session cookie', async () => {
        const { cookie } = await signedInAs(t.db, 'admin')
        const forged = cookie.replace(/=.*/, `=${Buffer.from(JSON.stringify('made-up-session-id')).toString('base64')}.forgedsignature`)
        for (const { name, fn } of await handlers()) {
          const res = await callRoute(fn, { path: `/${area}`, params, cookie: forged, form: name === 'action' ? {} : undefined })
          expect(res.status, name).toBe(302)
        }
      })

      it('refuses an expired session', async () => {
        const admin = await createUser(t.db, { role: 'admin' })
        const session = await createSession(t.db, { userId: admin.id })
        await t.db
          .update(sessions)
          .set({ expiresAt: new Date(Date.now() - 1000) })
          .where(eq(sessions.id, session.id))
        const cookie = await sessionCookieHeader(session.id)
        for (const { name, fn } of await handlers()) {
          const res = await callRoute(fn, { path: `/${area}`, params, cookie, form: name === 'action' ? {} : undefined })
          expect(res.status, name).toBe(302)
        }
      })

      it(`lets ${area === 'admin' ? 'an admin' : 'an officer'} in`, async () => {
        const { cookie } = await signedInAs(t.db, area)
        const mod = await load()
        if (typeof mod.loader !== 'function') {
          // An area's layout (officer.tsx, admin.tsx) loads and does nothing: each page in it guards itself, above.
          expect(mod.action).toBeUndefined()
          expect(mod.default).toBeTypeOf('function')
          return
        }
        const res = await callRoute(mod.loader as never, { path: `/${area}`, params, cookie })
        expect([200, 404]).toContain(res.status)
      })
    })
  }
})

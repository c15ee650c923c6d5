import { describe, expect, it, vi } from 'vitest'

const page = await vi.hoisted(() => import('../helpers/page-render.tsx'))
vi.mock('@remix-run/react', page.mockRemixHooks)

import { eq } from 'drizzle-orm'
import { replyProblems, type FormReply } from '../../app/components/forms.tsx'
import * as adminUsers from '../../app/routes/admin.users.tsx'
import { auditLog, users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { callRoute, createUser, signedInAs } from '../helpers/routes.ts'

const summaryOf = (html: string) => html.match(/<div[^>]*class="error-summary"[\s\S]*?<\/ul><\/div>/)?.[0] ?? ''

/** People and roles: a role change that is refused is said in the error summary, in the page's language, and changes nothing. */
describe('changing a role, refused', () => {
  const t = useTestDb()

  async function refusedPage(path: string, cookie: string, form: Record<string, string>, locale: 'en' | 'cy' = 'en') {
    const refused = await callRoute(adminUsers.action, { path, cookie, form })
    const shown = await callRoute(adminUsers.loader, { path, cookie })
    return { refused, html: page.renderPage(adminUsers.default, { path, data: shown.body, action: refused.body, locale }) }
  }

  const roleOf = async (id: string) => (await t.db.select({ role: users.role }).from(users).where(eq(users.id, id)))[0].role

  it('says a role not on the list beside that person’s list and in the summary, in English and in Welsh', async () => {
    const admin = await signedInAs(t.db, 'admin')
    const member = await createUser(t.db)
    const other = await createUser(t.db)
    const { refused, html } = await refusedPage('/admin/users', admin.cookie, { userId: member.id, role: 'owner' })
    expect(refused.status).toBe(400)
    expect(replyProblems(refused.body as FormReply)).toEqual(['Choose a role from the list'])
    expect(summaryOf(html)).toContain(`<a href="#role-${member.id}">Choose a role from the list</a>`)
    expect(html).toContain(`id="role-${member.id}-error"`)
    expect(html).toMatch(new RegExp(`<select id="role-${member.id}"[^>]*aria-invalid="true"`))
    expect(html).not.toContain(`id="role-${other.id}-error"`)

    const welsh = await refusedPage('/cy/admin/users', admin.cookie, { userId: member.id, role: 'owner' }, 'cy')
    expect(summaryOf(welsh.html)).toContain('Dewiswch rôl o&#x27;r rhestr')
    expect(await roleOf(member.id)).toBe('member')
  })

  it('says why an admin cannot change their own role, or an account that is not there, as the form’s own problem', async () => {
    const admin = await signedInAs(t.db, 'admin')
    const own = await refusedPage('/cy/admin/users', admin.cookie, { userId: admin.user.id, role: 'member' }, 'cy')
    expect(own.refused.status).toBe(403)
    expect(replyProblems(own.refused.body as FormReply)).toEqual(['Allwch chi ddim newid eich rôl eich hun. Gofynnwch i weinyddwr arall.'])
    expect(summaryOf(own.html)).toContain('<li>Allwch chi ddim newid eich rôl eich hun. Gofynnwch i weinyddwr arall.</li>')

    const nobody = await refusedPage('/admin/users', admin.cookie, { userId: '00000000-0000-4000-8000-000000000000', role: 'officer' })
    expect(nobody.refused.status).toBe(404)
    expect(summaryOf(nobody.html)).toContain('<li>No such account</li>')

    const noAccount = await refusedPage('/admin/users', admin.cookie, { role: 'officer' })
    expect(noAccount.refused.status).toBe(400)
    expect(summaryOf(noAccount.html)).toContain('<li>Choose an account</li>')

    expect(await roleOf(admin.user.id)).toBe('admin')
    expect(await t.db.$count(auditLog)).toBe(0)
  })
})

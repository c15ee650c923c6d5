import { describe, expect, it, vi } from 'vitest'

const page = await vi.hoisted(() => import('../helpers/page-render.tsx'))
vi.mock('@remix-run/react', page.mockRemixHooks)

import { createStatement, openConsultation, publishStatement, commentOnConsultation } from '../../app/domain/statements/statements.server.ts'
import { STATUS_LABELS } from '../../app/domain/membership/status.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { createUser, signedInAs } from '../helpers/routes.ts'
import * as r1 from '../../app/routes/statements._index.tsx'
import * as r2 from '../../app/routes/statements.$slug.tsx'
import * as r3 from '../../app/routes/statements.$slug_.consultation.tsx'
import * as r4 from '../../app/routes/statements.$slug_.diff.tsx'
import * as r5 from '../../app/routes/statements.$slug_.versions.$n.tsx'
import * as o1 from '../../app/routes/officer.statements._index.tsx'
import * as o2 from '../../app/routes/officer.statements.$id.tsx'
import * as o3 from '../../app/routes/officer.statements.$id_.consultation.tsx'
import * as o4 from '../../app/routes/officer.statements.$id_.status.tsx'
import * as o5 from '../../app/routes/officer.statements.new.tsx'
import * as o6 from '../../app/routes/officer._index.tsx'
import * as o7 from '../../app/routes/officer.members.tsx'
import * as o8 from '../../app/routes/officer.verifications.tsx'
import * as a1 from '../../app/routes/admin._index.tsx'
import * as a2 from '../../app/routes/admin.audit.tsx'
import * as a3 from '../../app/routes/admin.outbox.tsx'
import * as a4 from '../../app/routes/admin.security.tsx'
import * as a5 from '../../app/routes/admin.tiers.tsx'
import * as a6 from '../../app/routes/admin.users.tsx'

const BASE = 'http://localhost:3000'
/** Shown on the members' pages, translated by the membership part. */
const MEMBERSHIP_LABELS = new Set<string>(Object.values(STATUS_LABELS))
/**
 * The statement, officer and admin pages as a Welsh reader gets them: each page's loader answers a
 * `/cy/…` request and its component renders in Welsh, every message it shows with its Welsh.
 * (Membership status labels come from the membership part and are checked there.)
 */
describe('statement, officer and admin pages in Welsh', () => {
  const t = useTestDb()
  it('render in Welsh with no message of theirs left in English', async () => {
    const officer = await createUser(t.db, { role: 'officer' })
    const admin = await signedInAs(t.db, 'admin')
    const off = await signedInAs(t.db, 'officer')
    const s = await createStatement(t.db, {
      title: 'Time to reflect',
      summary: 'Summary here.',
      body: 'Body of text here.',
      topics: ['workforce'],
      nations: ['wales', 'scotland'],
      reviewBy: '2027-03-01',
      actorId: officer.id,
    })
    await publishStatement(t.db, { actorId: officer.id, statementId: s.id, baseUrl: BASE })
    const c = await createStatement(t.db, { title: 'Caseloads draft', summary: 'Summary here.', body: 'Body of text here.', topics: [], nations: [], reviewBy: null, actorId: officer.id })
    await openConsultation(t.db, { actorId: officer.id, statementId: c.id, closesAt: new Date(Date.now() + 86_400_000), baseUrl: BASE })
    const { user: member } = await createMember(t.db)
    await commentOnConsultation(t.db, { userId: member.id, statementId: c.id, body: 'A comment to read.' })
    const missing = await page.renderWelshPages([
      { page: r1, path: '/cy/statements', shows: ['Datganiadau safbwynt'] },
      { page: r2, path: `/cy/statements/${s.slug}`, params: { slug: s.slug }, shows: ['yn berthnasol yn y gwledydd hyn: Cymru, yr Alban'] },
      { page: r3, path: `/cy/statements/${c.slug}/consultation`, params: { slug: c.slug }, shows: ['Dweud eich dweud'] },
      { page: r4, path: `/cy/statements/${s.slug}/diff?from=1&to=1`, params: { slug: s.slug }, shows: ['Newidiadau o fersiwn 1 i fersiwn 1'] },
      { page: r5, path: `/cy/statements/${s.slug}/versions/1`, params: { slug: s.slug, n: '1' }, shows: ['Dolen barhaol i&#x27;r fersiwn hon'] },
      { page: o1, path: '/cy/officer/statements', cookie: off.cookie, shows: ['Sylwadau i ymdrin â nhw'] },
      { page: o2, path: `/cy/officer/statements/${s.id}`, params: { id: s.id }, cookie: off.cookie, shows: ['Beth newidiodd yn y fersiwn hon'] },
      { page: o3, path: `/cy/officer/statements/${c.id}/consultation`, params: { id: c.id }, cookie: off.cookie, shows: ['Sylwadau (1, 1 i ymdrin â nhw)'] },
      { page: o4, path: `/cy/officer/statements/${s.id}/status`, params: { id: s.id }, cookie: off.cookie, shows: ['Dechrau adolygiad'] },
      { page: o4, path: `/cy/officer/statements/${c.id}/status`, params: { id: c.id }, cookie: off.cookie, shows: ['Ei roi i bleidlais aelodau'] },
      { page: o5, path: '/cy/officer/statements/new', cookie: off.cookie, shows: ['Cadw&#x27;r drafft'] },
      { page: o6, path: '/cy/officer', cookie: off.cookie, shows: ['1 ar agor i ymgynghoriad'] },
      { page: o7, path: '/cy/officer/members', cookie: off.cookie, shows: ['1 aelod'] },
      { page: o8, path: '/cy/officer/verifications', cookie: off.cookie, shows: ['Rhifau cofrestru i&#x27;w dilysu'] },
      { page: a1, path: '/cy/admin', cookie: admin.cookie, shows: ['Pobl a rolau'] },
      { page: a2, path: '/cy/admin/audit', cookie: admin.cookie, shows: ['Log archwilio'] },
      { page: a3, path: '/cy/admin/outbox', cookie: admin.cookie, shows: ['Negeseuon e-bost a fethodd'] },
      { page: a4, path: '/cy/admin/security', cookie: admin.cookie, shows: ['Nac oes'] },
      { page: a5, path: '/cy/admin/tiers', cookie: admin.cookie, shows: ['Pris blynyddol (£)'] },
      { page: a6, path: '/cy/admin/users', cookie: admin.cookie, shows: ['Gweinyddwr (chi)'] },
    ])
    expect(missing.filter((m) => !MEMBERSHIP_LABELS.has(m))).toEqual([])
  })
})

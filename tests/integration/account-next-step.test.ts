import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import * as account from '../../app/routes/account._index.tsx'
import * as joinComplete from '../../app/routes/join_.complete.tsx'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import type { Db } from '../../db/client.server.ts'
import { memberships, type Membership } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute } from '../helpers/routes.ts'
import { translate } from '../../app/i18n/translate.ts'

type NextStep = { reason: string; values?: Record<string, string>; action: { label: string; href: string; method: string } | null } | null

async function nextStepOf(db: Db, userId: string) {
  const session = await createSession(db, { userId })
  const page = await callRoute(account.loader as never, { path: '/account', cookie: await sessionCookieHeader(session.id) })
  expect(page.status).toBe(200)
  return (page.body as { voteNextStep: NextStep }).voteNextStep
}

describe('the account page says why a member cannot vote yet, and what to do next', () => {
  const t = useTestDb()
  const change = (m: Membership, set: Partial<Membership>) => t.db.update(memberships).set(set).where(eq(memberships.id, m.id))

  it('nothing for a member who can vote', async () => {
    const { user } = await createMember(t.db)
    expect(await nextStepOf(t.db, user.id)).toBeNull()
  })

  it('waiting for verification: who checks it and how long it takes', async () => {
    const { user } = await createMember(t.db, { verified: false })
    const step = await nextStepOf(t.db, user.id)
    expect(step?.reason).toMatch(/officer .* usually within two working days/)
    expect(step?.action).toBeNull()
  })

  it('no registration number: a link to add it', async () => {
    const { user, membership } = await createMember(t.db, { verified: false })
    await change(membership, { registrationNumber: null, regulator: null })
    expect(await nextStepOf(t.db, user.id)).toMatchObject({ action: { label: 'Add your registration number', href: '/account/membership#field-registrationNumber', method: 'get' } })
  })

  it('a number that could not be verified: the officer’s reason and a link to correct it', async () => {
    const { user, membership } = await createMember(t.db, { verified: false })
    await change(membership, { registrationRejectedReason: 'This number belongs to someone else.' })
    const step = await nextStepOf(t.db, user.id)
    expect(translate('en', step!.reason, step!.values)).toContain('This number belongs to someone else.')
    expect(step?.action).toMatchObject({ href: '/account/membership#field-registrationNumber' })
  })

  it('payment due: a way to pay', async () => {
    const { user } = await createMember(t.db, { status: 'pending_payment' })
    expect(await nextStepOf(t.db, user.id)).toMatchObject({ action: { label: 'Continue to payment', href: '/join/pay', method: 'post' } })
  })

  it('lapsed: a link to renew', async () => {
    const { user } = await createMember(t.db, { status: 'lapsed' })
    expect(await nextStepOf(t.db, user.id)).toMatchObject({ action: { label: 'Renew your membership', href: '/join' } })
  })
})

describe('the welcome page after joining', () => {
  const t = useTestDb()

  it('tells a new member their registration is checked before they can vote, and how long that takes', async () => {
    const { user } = await createMember(t.db, { verified: false })
    const session = await createSession(t.db, { userId: user.id })
    const page = await callRoute(joinComplete.loader as never, { path: '/join/complete', cookie: await sessionCookieHeader(session.id) })
    expect(page.body).toMatchObject({ status: 'active', needsVerification: true })
    const verified = await createMember(t.db)
    const theirs = await callRoute(joinComplete.loader as never, { path: '/join/complete', cookie: await sessionCookieHeader((await createSession(t.db, { userId: verified.user.id })).id) })
    expect(theirs.body).toMatchObject({ status: 'active', needsVerification: false })
  })
})

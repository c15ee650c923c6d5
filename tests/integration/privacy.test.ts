import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startStripeEmulator, type StripeEmulator } from '../../app/dev/stripe-emulator/index.server.ts'
import { createSession } from '../../app/domain/auth/sessions.server.ts'
import { DomainError } from '../../app/domain/errors.ts'
import { deleteAccount } from '../../app/domain/membership/privacy.server.ts'
import { enqueueEmail } from '../../app/domain/outbox/enqueue.server.ts'
import { setPreference } from '../../app/domain/outbox/preferences.server.ts'
import * as account from '../../app/routes/account._index.tsx'
import * as deletePage from '../../app/routes/account.delete.tsx'
import * as exportRoute from '../../app/routes/account.export.tsx'
import * as join from '../../app/routes/join.tsx'
import * as stripeWebhook from '../../app/routes/webhooks.stripe.ts'
import { loader as rootLoader } from '../../app/root.tsx'
import { translate } from '../../app/i18n/translate.ts'
import { getEnv } from '../../app/utils/env.server.ts'
import { sessionCookieHeader } from '../../app/utils/session.server.ts'
import { getStripe, setStripe, stripeForEmulator } from '../../app/utils/stripe.server.ts'
import type { Db } from '../../db/client.server.ts'
import { auditLog, memberships, outboxRecipients, payments, sessions, users } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { createMember } from '../helpers/members.ts'
import { callRoute, cookiesAfter, createUser, flashOf, ORIGIN } from '../helpers/routes.ts'
import { joinForm as completeJoinForm, payOnCheckout } from '../helpers/stripe.ts'

/**
 * The emulator wired to the app's real webhook action, as startTestStripe does, with a gate: every
 * test here shares one database transaction with the app, so a webhook Stripe sends while the
 * deletion's own transaction runs is held back and delivered afterwards (as it may well be in life).
 */
async function startGatedStripe() {
  let gate: Promise<void> = Promise.resolve()
  let open = () => {}
  const receiver: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    await gate
    const request = new Request(`http://localhost:3000${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) })
    const response = await stripeWebhook.action({ request, params: {}, context: {} })
    res.writeHead(response.status, { 'content-type': 'text/plain' })
    res.end(await response.text())
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const emulator: StripeEmulator = await startStripeEmulator({
    webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/stripe`,
    webhookSecret: getEnv().stripeWebhookSecret,
    retryDelaysMs: [50],
  })
  setStripe(stripeForEmulator(emulator.port))
  return {
    emulator,
    holdWebhooks() {
      gate = new Promise<void>((resolve) => (open = resolve))
    },
    async releaseWebhooks() {
      open()
      await emulator.waitForWebhooks()
    },
    async stop() {
      open()
      await emulator.stop()
      receiver.closeAllConnections()
      await new Promise<void>((resolve) => receiver.close(() => resolve()))
    },
  }
}

const joinForm = completeJoinForm()

/** Rows of a raw query, whichever driver ran it. */
async function rows(db: Db, query: ReturnType<typeof sql>) {
  const result = (await db.execute(query)) as unknown
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[]
}

/** How many rows of a table mention the text anywhere, in any column. */
async function mentions(db: Db, table: 'users' | 'memberships' | 'outbox_recipients' | 'outbox_jobs' | 'audit_log', text: string) {
  const [row] = await rows(db, sql`select count(*)::int as n from ${sql.identifier(table)} t where t::text ilike ${`%${text}%`}`)
  return Number(row.n)
}

describe('exporting and deleting your data', () => {
  const t = useTestDb()
  let stripe: Awaited<ReturnType<typeof startGatedStripe>>
  beforeAll(async () => {
    stripe = await startGatedStripe()
  })
  afterAll(async () => {
    await stripe.stop()
  })

  it('exports the person’s account, membership, payments, email choices, emails and sessions, without secrets', async () => {
    const { user, membership } = await createMember(t.db)
    const other = await createMember(t.db)
    const session = await createSession(t.db, { userId: user.id, userAgent: 'Mozilla/5.0 (Android 14; Mobile)' })
    await createSession(t.db, { userId: other.user.id })
    await t.db.insert(payments).values({ membershipId: membership.id, stripeInvoiceId: 'in_test_export', amountPence: 18000, currency: 'gbp', paidAt: new Date('2025-04-01T09:00:00Z') })
    await setPreference(t.db, { userId: user.id, topic: 'newsletters', subscribed: false })
    await enqueueEmail(t.db, { template: 'verify-email', to: { email: user.email, name: user.name, userId: user.id }, data: { verifyUrl: 'https://chorus.test/verify-email?token=x' } })

    const res = await callRoute(exportRoute.loader, { path: '/account/export', cookie: await sessionCookieHeader(session.id) })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="chorus-data-\d{4}-\d{2}-\d{2}\.json"$/)
    expect(res.headers.get('cache-control')).toBe('no-store')

    const text = res.body as string
    const data = JSON.parse(text)
    expect(data.account).toMatchObject({ name: user.name, email: user.email, role: 'member' })
    expect(data.account.emailVerifiedAt).toMatch(/^\d{4}-/)
    expect(data.membership).toMatchObject({
      number: `CH-${String(membership.number).padStart(6, '0')}`,
      tier: 'Full',
      status: 'active',
      regulator: 'Social Work England',
      registrationNumber: membership.registrationNumber,
      nation: 'England',
      branch: 'London',
    })
    expect(data.membership.consentedTermsAt).toMatch(/^\d{4}-/)
    expect(data.payments).toEqual([{ amountPence: 18000, currency: 'gbp', paidAt: '2025-04-01T09:00:00.000Z', paidUntil: null, invoiceId: 'in_test_export' }])
    expect(data.emailPreferences).toMatchObject({ newsletters: false, ballots: true })
    expect(data.emails).toEqual([expect.objectContaining({ template: 'verify-email', topic: 'account', status: 'pending', sentAt: null })])
    expect(data.sessions).toEqual([expect.objectContaining({ userAgent: 'Mozilla/5.0 (Android 14; Mobile)' })])

    expect(text).not.toContain(session.id)
    expect(text).not.toContain(user.passwordHash)
    expect(text).not.toContain('$argon2')
    expect(text).not.toContain(other.user.email)
    expect(text).not.toContain(other.membership.registrationNumber!)
  })

  it('a member who joined and paid deletes their account: payments stop, personal details are erased, payment records stay', async () => {
    const joined = await callRoute(join.action, { path: '/join', form: joinForm })
    expect(joined.status).toBe(302)
    const cookie = joined.headers.get('set-cookie')!.split(';')[0]
    expect((await payOnCheckout(joined.headers.get('location')!)).status).toBe(303)
    const [user] = await t.db.select().from(users).where(eq(users.email, joinForm.email))
    const [before] = await t.db.select().from(memberships).where(eq(memberships.userId, user.id))
    expect(before.status).toBe('active')
    const subscriptionId = before.stripeSubscriptionId!
    const paymentsBefore = await t.db.select().from(payments).where(eq(payments.membershipId, before.id))
    expect(paymentsBefore).toHaveLength(1)
    // A second browser, to show every session goes.
    await createSession(t.db, { userId: user.id })

    const page = await callRoute(deletePage.loader, { path: '/account/delete', cookie })
    expect(page.body).toMatchObject({ email: joinForm.email, paying: true })

    stripe.holdWebhooks()
    const res = await callRoute(deletePage.action, { path: '/account/delete', cookie, form: { confirmEmail: '  Amira.Okafor@example.test ' } })
    // The home page says the account is gone, to a browser that is signed out.
    const flash = await flashOf(res)
    expect(flash).toMatchObject({ location: '/', message: 'Your account is deleted and your personal details are erased. Thank you for being part of Chorus.' })
    const home = await rootLoader({ request: new Request(`${ORIGIN}/`, { headers: { cookie: cookiesAfter(cookie, res) } }), params: {}, context: {} })
    expect(home.data).toMatchObject({ user: null, flash: { message: flash!.message } })
    expect(translate('cy', flash!.message)).toBe("Mae eich cyfrif wedi'i ddileu ac mae eich manylion personol wedi'u dileu. Diolch am fod yn rhan o Chorus.")
    // Stripe's "subscription deleted" webhook arrives after the deletion and changes nothing.
    await stripe.releaseWebhooks()
    expect(stripe.emulator.deliveredEvents().map((e) => e.type)).toContain('customer.subscription.deleted')

    expect((await getStripe().subscriptions.retrieve(subscriptionId)).status).toBe('canceled')

    const [after] = await t.db.select().from(memberships).where(eq(memberships.id, before.id))
    expect(after).toMatchObject({
      status: 'resigned',
      userId: null,
      number: before.number,
      tierId: 'full',
      stripeSubscriptionId: subscriptionId,
      regulator: null,
      registrationNumber: null,
      registrationVerifiedAt: null,
      registrationVerifiedBy: null,
      registrationRejectedReason: null,
      nation: null,
      branch: null,
      sector: null,
    })
    expect(after.endedAt).toBeInstanceOf(Date)
    expect(after.joinedAt).toEqual(before.joinedAt)
    expect(await t.db.select().from(payments).where(eq(payments.membershipId, before.id))).toEqual(paymentsBefore)

    expect(await t.db.$count(users, eq(users.id, user.id))).toBe(0)
    expect(await t.db.$count(sessions, eq(sessions.userId, user.id))).toBe(0)
    expect((await callRoute(account.loader, { path: '/account', cookie })).status).toBe(302)

    for (const table of ['users', 'memberships', 'outbox_recipients', 'outbox_jobs', 'audit_log'] as const) {
      expect(await mentions(t.db, table, joinForm.email), table).toBe(0)
      expect(await mentions(t.db, table, 'Amira'), table).toBe(0)
      expect(await mentions(t.db, table, 'SW123456'), table).toBe(0)
    }
    const mail = await t.db.select().from(outboxRecipients).where(eq(outboxRecipients.userId, user.id))
    expect(mail.length).toBeGreaterThanOrEqual(3)
    for (const r of mail) expect(r).toMatchObject({ email: 'erased@invalid', name: null, status: 'skipped', skipReason: 'account deleted' })

    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'account.delete'))
    expect(entry).toMatchObject({ actorId: null, subjectType: 'membership', subjectId: before.id, after: { membershipNumber: `CH-${String(before.number).padStart(6, '0')}` } })
  })

  it('a newcomer who never paid deletes their account: the checkout they left open can no longer be paid', async () => {
    const joined = await callRoute(join.action, { path: '/join', form: joinForm })
    const checkoutUrl = joined.headers.get('location')!
    const cookie = joined.headers.get('set-cookie')!.split(';')[0]
    const [user] = await t.db.select().from(users).where(eq(users.email, joinForm.email))
    const earlier = stripe.emulator.deliveredEvents().length

    const res = await callRoute(deletePage.action, { path: '/account/delete', cookie, form: { confirmEmail: joinForm.email } })
    expect(res.status).toBe(303)

    const paid = await payOnCheckout(checkoutUrl)
    expect(paid.status).toBe(410)
    expect(await paid.text()).toMatch(/expired/)
    await stripe.emulator.waitForWebhooks()
    const delivered = stripe.emulator
      .deliveredEvents()
      .slice(earlier)
      .map((e) => e.type)
    expect(delivered).toContain('checkout.session.expired')
    expect(delivered).not.toContain('customer.subscription.created')
    expect(await t.db.$count(users, eq(users.id, user.id))).toBe(0)
  })

  it('refuses a missing or wrong confirmation with a 400 and changes nothing', async () => {
    const { user, membership } = await createMember(t.db)
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: user.id })).id)
    for (const confirmEmail of ['', 'someone.else@example.test']) {
      const res = await callRoute(deletePage.action, { path: '/account/delete', cookie, form: { confirmEmail } })
      expect(res.status).toBe(400)
      expect((res.body as { error: Record<string, string[]> }).error.confirmEmail[0]).toMatch(/email address/)
    }
    expect(await t.db.$count(users, eq(users.id, user.id))).toBe(1)
    expect((await t.db.select().from(memberships).where(eq(memberships.id, membership.id)))[0]).toEqual(membership)
    expect((await callRoute(account.loader, { path: '/account', cookie })).status).toBe(200)
    expect(await t.db.$count(auditLog, eq(auditLog.action, 'account.delete'))).toBe(0)
  })

  it('sends anonymous visitors to sign in, and refuses a form sent from another website', async () => {
    for (const [handler, path] of [
      [deletePage.loader, '/account/delete'],
      [exportRoute.loader, '/account/export'],
    ] as const) {
      const res = await callRoute(handler, { path })
      expect(res.status).toBe(302)
      expect(res.headers.get('location')).toBe(`/login?redirectTo=${encodeURIComponent(path)}`)
    }
    expect((await callRoute(deletePage.action, { path: '/account/delete', form: { confirmEmail: 'x@example.test' } })).status).toBe(302)

    const { user } = await createMember(t.db)
    const cookie = await sessionCookieHeader((await createSession(t.db, { userId: user.id })).id)
    const forged = await callRoute(deletePage.action, { path: '/account/delete', cookie, origin: 'https://evil.example', form: { confirmEmail: user.email } })
    expect(forged.status).toBe(403)
    expect(await t.db.$count(users, eq(users.id, user.id))).toBe(1)
  })

  it('changes nothing when Stripe cannot be reached, and goes ahead when Stripe no longer has the subscription', async () => {
    const { user, membership } = await createMember(t.db, { stripeCustomerId: 'cus_test_gone' })
    await t.db.update(memberships).set({ stripeSubscriptionId: 'sub_test_gone' }).where(eq(memberships.id, membership.id))

    const unreachable = stripeForEmulator(1)
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    const error = await deleteAccount(t.db, unreachable, { userId: user.id }).catch((e: unknown) => e)
    quiet.mockRestore()
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject({ code: 'invalid_state', message: expect.stringMatching(/could not stop your membership payments.*nothing has been deleted/i) })
    expect(await t.db.$count(users, eq(users.id, user.id))).toBe(1)
    expect(await t.db.$count(memberships, and(eq(memberships.id, membership.id), eq(memberships.status, 'active')))).toBe(1)

    await deleteAccount(t.db, getStripe(), { userId: user.id })
    expect(await t.db.$count(users, eq(users.id, user.id))).toBe(0)
    expect((await t.db.select().from(memberships).where(eq(memberships.id, membership.id)))[0]).toMatchObject({ status: 'resigned', registrationNumber: null })
  })

  it('deletes an account with no membership, but not the only administrator', async () => {
    const journalist = await createUser(t.db, { role: 'journalist' })
    await deleteAccount(t.db, getStripe(), { userId: journalist.id })
    expect(await t.db.$count(users, eq(users.id, journalist.id))).toBe(0)
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'account.delete'))
    expect(entry).toMatchObject({ subjectId: null, after: { membershipNumber: null } })

    await t.db.update(users).set({ role: 'member' }).where(eq(users.role, 'admin'))
    const { user: admin } = await createMember(t.db, { role: 'admin' })
    await expect(deleteAccount(t.db, getStripe(), { userId: admin.id })).rejects.toMatchObject({ code: 'invalid_state', message: /only administrator/ })
    expect(await t.db.$count(users, eq(users.id, admin.id))).toBe(1)
    await createMember(t.db, { role: 'admin' })
    await deleteAccount(t.db, getStripe(), { userId: admin.id })
    expect(await t.db.$count(users, eq(users.id, admin.id))).toBe(0)
  })
})

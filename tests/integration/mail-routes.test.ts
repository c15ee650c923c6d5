import { eq } from 'drizzle-orm'
import { Webhook } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'
import { enqueueEmail } from '../../app/domain/outbox/enqueue.server.ts'
import { getPreferences } from '../../app/domain/outbox/preferences.server.ts'
import { signUnsubscribeToken } from '../../app/domain/outbox/unsubscribe-token.ts'
import { drainOutbox } from '../../app/domain/outbox/worker.server.ts'
import * as account from '../../app/routes/account._index.tsx'
import * as adminOutbox from '../../app/routes/admin.outbox.tsx'
import * as unsubscribe from '../../app/routes/unsubscribe.tsx'
import { replyProblems, type FormReply } from '../../app/components/forms.tsx'
import * as resendWebhook from '../../app/routes/webhooks.resend.ts'
import { getEnv } from '../../app/utils/env.server.ts'
import { auditLog, emailSuppressions, outboxJobs } from '../../db/schema/index.ts'
import { useTestDb } from '../helpers/db.ts'
import { workerOptions } from '../helpers/mail.ts'
import { callRoute, createUser, flashOf, ORIGIN, signedInAs } from '../helpers/routes.ts'

describe('unsubscribing', () => {
  const t = useTestDb()

  it('shows a page on GET that changes nothing, and unsubscribes on a one-click POST without a session', async () => {
    const user = await createUser(t.db)
    const token = signUnsubscribeToken(getEnv().sessionSecret, { userId: user.id, topic: 'press_alerts' })
    const page = await callRoute(unsubscribe.loader, { path: `/unsubscribe?token=${token}` })
    expect(page.body).toMatchObject({ label: 'Press alerts' })
    expect((await getPreferences(t.db, user.id)).press_alerts).toBe(true)

    // As a mail provider sends it (RFC 8058): no cookie, no Origin, the token in the URL.
    const res = await callRoute(unsubscribe.action, { path: `/unsubscribe?token=${token}`, form: { 'List-Unsubscribe': 'One-Click' }, origin: null })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ done: true, label: 'Press alerts' })
    expect(await getPreferences(t.db, user.id)).toMatchObject({ press_alerts: false, ballots: true })
  })

  it('refuses a bad or tampered token with a 400 and changes nothing', async () => {
    const user = await createUser(t.db)
    const token = signUnsubscribeToken(getEnv().sessionSecret, { userId: user.id, topic: 'ballots' })
    const tampered = token.replace(/.$/, token.endsWith('A') ? 'B' : 'A')
    for (const bad of [tampered, 'nonsense', '', 'x'.repeat(5000)]) {
      const res = await callRoute(unsubscribe.action, { path: `/unsubscribe?token=${encodeURIComponent(bad)}`, form: { 'List-Unsubscribe': 'One-Click' }, origin: null })
      expect(res.status).toBe(400)
      expect(replyProblems(res.body as FormReply)).toEqual([expect.stringMatching(/not valid/)])
    }
    expect((await getPreferences(t.db, user.id)).ballots).toBe(true)
    expect((await callRoute(unsubscribe.loader, { path: '/unsubscribe?token=nonsense' })).status).toBe(400)
  })

  it('saves preferences from the account page', async () => {
    const { user, cookie } = await signedInAs(t.db, 'journalist')
    const form = new URLSearchParams([
      ['intent', 'save-email-preferences'],
      ['topics', 'press_alerts'],
      ['topics', 'statements'],
      ['topics', 'not-a-topic'],
    ])
    const request = new Request(`${ORIGIN}/account`, { method: 'POST', body: form, headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' } })
    const result = await account.action({ request, params: {}, context: {} })
    expect(result).toBeInstanceOf(Response)
    expect((result as Response).status).toBe(303)
    expect(await getPreferences(t.db, user.id)).toEqual({ ballots: false, consultations: false, statements: true, press_alerts: true, newsletters: false })
  })
})

describe('Resend webhooks', () => {
  const t = useTestDb()
  const signer = new Webhook(process.env.RESEND_WEBHOOK_SECRET!)

  function post(body: object, options: { id?: string; sign?: boolean } = {}) {
    const payload = JSON.stringify(body)
    const id = options.id ?? `msg_${Math.random().toString(36).slice(2)}`
    const now = new Date()
    const signature = options.sign === false ? 'v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' : signer.sign(id, now, payload)
    const request = new Request(`${ORIGIN}/webhooks/resend`, {
      method: 'POST',
      body: payload,
      headers: { 'svix-id': id, 'svix-timestamp': String(Math.floor(now.getTime() / 1000)), 'svix-signature': signature },
    })
    return callRoute(() => resendWebhook.action({ request, params: {}, context: {} }))
  }
  const bounce = (to: string, type = 'Permanent') => ({ type: 'email.bounced', created_at: new Date().toISOString(), data: { email_id: 'e1', to: [to], bounce: { type } } })

  it('suppresses a hard-bounced or complaining address, once per delivery', async () => {
    const first = await post(bounce('Gone@Example.test'), { id: 'msg_1' })
    expect(first).toMatchObject({ status: 200, body: 'suppressed' })
    expect(await post(bounce('gone@example.test'), { id: 'msg_1' })).toMatchObject({ status: 200, body: 'duplicate' })
    await post({ type: 'email.complained', data: { to: ['angry@example.test'] } })
    expect(await post(bounce('soft@example.test', 'Transient'))).toMatchObject({ status: 200, body: 'ignored' })
    expect(await post({ type: 'email.delivered', data: { to: ['fine@example.test'] } })).toMatchObject({ status: 200, body: 'ignored' })
    const suppressed = await t.db.select().from(emailSuppressions)
    expect(suppressed.map((s) => `${s.email}:${s.reason}`).sort()).toEqual(['angry@example.test:complained', 'gone@example.test:bounced'])
  })

  it('rejects an unsigned or forged delivery with 400 and changes nothing', async () => {
    expect((await post(bounce('victim@example.test'), { sign: false })).status).toBe(400)
    const request = new Request(`${ORIGIN}/webhooks/resend`, { method: 'POST', body: '{}' })
    expect((await callRoute(() => resendWebhook.action({ request, params: {}, context: {} }))).status).toBe(400)
    expect(await t.db.$count(emailSuppressions)).toBe(0)
  })
})

describe('admin outbox page', () => {
  const t = useTestDb()

  it('shows failed emails with their error and retries one, with an audit record', async () => {
    const { user: admin, cookie } = await signedInAs(t.db, 'admin')
    await enqueueEmail(t.db, { template: 'verify-email', to: { email: 'x@example.test', name: 'X' }, data: { verifyUrl: 'https://x.test' } })
    const refusing = { send: async () => ({ ok: false as const, retryable: false, error: 'HTTP 422 validation_error: Invalid `to` field' }) }
    await drainOutbox(t.db, workerOptions({ transport: refusing }))
    const page = await callRoute(adminOutbox.loader, { path: '/admin/outbox', cookie })
    const body = page.body as Awaited<ReturnType<typeof adminOutbox.loader>>
    expect(body.summary.jobs.failed).toBe(1)
    expect(body.failed[0]).toMatchObject({ template: 'verify-email', firstRecipient: 'x@example.test', lastError: expect.stringContaining('Invalid `to`') })

    const retried = await callRoute(adminOutbox.action, { path: '/admin/outbox', cookie, form: { jobId: body.failed[0].id } })
    expect(await flashOf(retried)).toMatchObject({ tone: 'success' })
    const [job] = await t.db.select().from(outboxJobs)
    expect(job.status).toBe('pending')
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'outbox.retry'))
    expect(entry.actorId).toBe(admin.id)

    const again = await callRoute(adminOutbox.action, { path: '/admin/outbox', cookie, form: { jobId: body.failed[0].id } })
    expect(again.status).toBe(409)
    expect((await callRoute(adminOutbox.action, { path: '/admin/outbox', cookie, form: { jobId: 'nope' } })).status).toBe(400)
  })
})
